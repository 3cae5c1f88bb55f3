#pragma once

// A request as the simulator sees it (copied out of QHttpServerRequest, which cannot be kept
// past the handler) and the response it decides to send.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace arrscore {

struct SimRequest
{
    QByteArray method;
    QString path; // without the URL base
    QUrlQuery query;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
};

struct SimResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType; // empty = no Content-Type header
    QList<QPair<QByteArray, QByteArray>> headers;

    static SimResponse json(QByteArray body, int status = 200)
    {
        return {status, std::move(body), QByteArrayLiteral("application/json; charset=utf-8"), {}};
    }
    // The servers' error shape: {"message": "..."}.
    static SimResponse message(int status, const QString &text)
    {
        QByteArray escaped = text.toUtf8();
        escaped.replace('\\', "\\\\").replace('"', "\\\"");
        return json("{\n  \"message\": \"" + escaped + "\"\n}", status);
    }
    static SimResponse empty(int status) { return {status, {}, {}, {}}; }
};

} // namespace arrscore
