#include "notify/emailformat.h"

#include "notify/summarytext.h"

#include <QLocale>
#include <QUuid>

#include <algorithm>

namespace arrscore {

namespace {

QString html(const QString &text)
{
    return text.toHtmlEscaped();
}

// RFC 2047: a header value outside ASCII as one or more UTF-8 encoded words.
QByteArray encodedWord(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    bool ascii = true;
    for (const char c : utf8) {
        if (static_cast<unsigned char>(c) >= 0x80 || c == '\r' || c == '\n')
            ascii = false;
    }
    if (ascii)
        return utf8;
    QByteArray out;
    // 39 bytes → 52 base64 characters: each line stays within 78 characters. Words end on whole characters.
    qsizetype start = 0;
    while (start < utf8.size()) {
        qsizetype end = std::min(start + 39, utf8.size());
        while (end < utf8.size() && (static_cast<unsigned char>(utf8[end]) & 0xc0) == 0x80)
            --end;
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + utf8.mid(start, end - start).toBase64() + "?=";
        start = end;
    }
    return out;
}

QByteArray base64Lines(const QString &text)
{
    const QByteArray encoded = text.toUtf8().toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        out += encoded.mid(i, 76) + "\r\n";
    return out;
}

} // namespace

EmailMessage EmailFormat::message(const SyncSummary &summary)
{
    EmailMessage mail;
    mail.subject = SummaryText::title(summary);
    mail.plainText = SummaryText::plain(summary);
    QString body = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title></head>"
                                  "<body style=\"font-family: sans-serif\">\n<h2>%1</h2>\n")
                       .arg(html(mail.subject));
    if (summary.sample)
        body += QStringLiteral("<p><em>%1</em></p>\n").arg(html(SummaryText::sampleNote()));
    body += QStringLiteral("<ul>\n");
    for (const InstanceSummary &instance : summary.instances) {
        body += QStringLiteral("<li><strong>%1</strong>: %2")
                    .arg(html(SummaryText::instanceName(instance)), html(SummaryText::status(instance)));
        if (!instance.rescoreCauses.isEmpty()) {
            body += QStringLiteral("<ul>");
            for (const RescoreCause &cause : instance.rescoreCauses)
                body += QStringLiteral("<li>%1</li>").arg(html(SummaryText::causeLine(cause)));
            body += QStringLiteral("</ul>");
        }
        body += QStringLiteral("</li>\n");
    }
    body += QStringLiteral("</ul>\n");
    const QList<UpgradeLine> upgrades = summary.biggestUpgrades();
    if (!upgrades.isEmpty()) {
        body +=
            QStringLiteral("<h3>%1</h3>\n<table cellpadding=\"4\">\n").arg(html(SummaryText::tr("Biggest upgrades")));
        for (const UpgradeLine &upgrade : upgrades) {
            const auto score = [](const std::optional<int> &s) {
                return s ? QLocale().toString(*s) : QStringLiteral("—");
            };
            body += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2 → %3</td></tr>\n")
                        .arg(html(upgrade.title), score(upgrade.before), score(upgrade.after));
        }
        body += QStringLiteral("</table>\n");
    }
    const QUrl report = SummaryText::reportUrl(summary);
    if (report.isValid())
        body += QStringLiteral("<p><a href=\"%1\">%2</a></p>\n")
                    .arg(html(report.toString(QUrl::FullyEncoded)), html(SummaryText::tr("Open the HTML report")));
    body += QStringLiteral("</body></html>\n");
    mail.html = body;
    return mail;
}

QByteArray EmailFormat::mime(const EmailMessage &message, const QString &from, const QStringList &to,
                             const QDateTime &date)
{
    const QByteArray boundary = "arrscore-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const QString domain = from.section(QLatin1Char('@'), 1);
    QByteArray out;
    out += "From: " + from.toUtf8() + "\r\n";
    out += "To: " + to.join(QStringLiteral(", ")).toUtf8() + "\r\n";
    out += "Subject: " + encodedWord(message.subject) + "\r\n";
    out += "Date: " + QLocale::c().toString(date.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")).toLatin1()
           + " +0000\r\n";
    out += "Message-ID: <" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + '@' + domain.toUtf8() + ">\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: multipart/alternative;\r\n boundary=\"" + boundary + "\"\r\n"; // folded: lines under 78
    out += "\r\n";
    const auto part = [&](const QByteArray &type, const QString &text) {
        out += "--" + boundary + "\r\n";
        out += "Content-Type: " + type + "; charset=utf-8\r\n";
        out += "Content-Transfer-Encoding: base64\r\n\r\n";
        out += base64Lines(text);
    };
    part("text/plain", message.plainText);
    part("text/html", message.html);
    out += "--" + boundary + "--\r\n";
    return out;
}

} // namespace arrscore
