#pragma once

#include "notify/syncsummary.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace arrscore {

// An e-mail: subject and the two bodies; EmailFormat::mime() makes the multipart/alternative message.
struct EmailMessage
{
    QString subject;
    QString plainText;
    QString html;
};

// The e-mail of a summary: a plain-text part and an HTML part (every server text escaped), and the whole
// RFC 5322 message as multipart/alternative, UTF-8, for libcurl to send.
class EmailFormat
{
public:
    static EmailMessage message(const SyncSummary &summary);
    // The message with its headers; boundary and Message-ID are made unique per call.
    static QByteArray mime(const EmailMessage &message, const QString &from, const QStringList &to,
                           const QDateTime &date);
};

} // namespace arrscore
