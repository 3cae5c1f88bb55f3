#pragma once

#include "notify/notificationpayload.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace arrscore {

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
