#pragma once

// What a simulated server has seen since start or the last reset.

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace arrscore {

struct SimStats
{
    int total = 0;
    QMap<QString, int> perPath; // request path without the query
    QMap<int, int> perStatus;   // 0 = connection reset without a response
    int peakConcurrency = 0;
    int active = 0;
    int queued = 0;

    int status(int code) const { return perStatus.value(code); }
    int path(const QString &p) const { return perPath.value(p); }

    QJsonObject toJson() const
    {
        QJsonObject paths;
        for (auto it = perPath.cbegin(); it != perPath.cend(); ++it)
            paths.insert(it.key(), it.value());
        QJsonObject statuses;
        for (auto it = perStatus.cbegin(); it != perStatus.cend(); ++it)
            statuses.insert(QString::number(it.key()), it.value());
        return {{QStringLiteral("total"), total},       {QStringLiteral("paths"), paths},
                {QStringLiteral("statuses"), statuses}, {QStringLiteral("peakConcurrency"), peakConcurrency},
                {QStringLiteral("active"), active},     {QStringLiteral("queued"), queued}};
    }
};

} // namespace arrscore
