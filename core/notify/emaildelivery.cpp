#include "notify/emaildelivery.h"

#include "base/logging.h"

#include <QRandomGenerator>
#include <QThread>

#include <curl/curl.h>

#include <cstring>
#include <memory>
#include <mutex>

namespace arrscore {

namespace {

struct Upload
{
    const QByteArray *data = nullptr;
    qsizetype offset = 0;
};

size_t readUpload(char *buffer, size_t size, size_t count, void *user)
{
    auto *upload = static_cast<Upload *>(user);
    const qsizetype room = static_cast<qsizetype>(size) * static_cast<qsizetype>(count);
    const qsizetype n = std::min(room, upload->data->size() - upload->offset);
    std::memcpy(buffer, upload->data->constData() + upload->offset, size_t(n));
    upload->offset += n;
    return size_t(n);
}

struct CurlDeleter
{
    void operator()(CURL *curl) const { curl_easy_cleanup(curl); }
};
struct ListDeleter
{
    void operator()(curl_slist *list) const { curl_slist_free_all(list); }
};

struct Attempt
{
    CURLcode code = CURLE_OK;
    long reply = 0; // the server's last SMTP reply code
    QString detail; // libcurl's error text: host and port at most, never the password
};

Attempt sendOnce(const NotificationTarget &target, const QByteArray &mime, const DeliveryOptions &options)
{
    static std::once_flag initialised;
    std::call_once(initialised, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    const std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
    Attempt attempt;
    if (!curl) {
        attempt.code = CURLE_FAILED_INIT;
        return attempt;
    }
    CURL *h = curl.get();
    const QByteArray url = target.smtpUrl.toString(QUrl::FullyEncoded).toUtf8();
    const QByteArray from = '<' + target.from.toUtf8() + '>';
    const QByteArray user = target.username.toUtf8();
    const QByteArray password = target.password.value.toUtf8();
    const QByteArray caFile = (target.caFile.isEmpty() ? options.smtpCaFile : target.caFile).toLocal8Bit();
    std::unique_ptr<curl_slist, ListDeleter> recipients;
    for (const QString &to : target.to)
        recipients.reset(curl_slist_append(recipients.release(), QByteArray('<' + to.toUtf8() + '>').constData()));
    Upload upload{&mime, 0};
    char error[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(h, CURLOPT_URL, url.constData());
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, error);
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);
    if (target.startTls || target.smtpUrl.scheme() == QLatin1String("smtps"))
        curl_easy_setopt(h, CURLOPT_USE_SSL, long(CURLUSESSL_ALL)); // STARTTLS or nothing: never plain after all
    if (!caFile.isEmpty())
        curl_easy_setopt(h, CURLOPT_CAINFO, caFile.constData());
    if (!user.isEmpty()) {
        curl_easy_setopt(h, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(h, CURLOPT_PASSWORD, password.constData());
    }
    curl_easy_setopt(h, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(h, CURLOPT_MAIL_RCPT, recipients.get());
    curl_easy_setopt(h, CURLOPT_READFUNCTION, &readUpload);
    curl_easy_setopt(h, CURLOPT_READDATA, &upload);
    curl_easy_setopt(h, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, long(std::min(target.timeoutSeconds, 30)));
    curl_easy_setopt(h, CURLOPT_TIMEOUT, long(target.timeoutSeconds) * 4); // the whole conversation
    attempt.code = curl_easy_perform(h);
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &attempt.reply);
    attempt.detail = QString::fromUtf8(error).trimmed();
    if (!password.isEmpty())
        attempt.detail.replace(QString::fromUtf8(password), QStringLiteral("****"));
    return attempt;
}

bool isTransient(const Attempt &attempt)
{
    switch (attempt.code) {
    case CURLE_COULDNT_CONNECT:
    case CURLE_OPERATION_TIMEDOUT:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_COULDNT_RESOLVE_HOST:
        return true;
    default:
        // SMTP 4xx: "try again later" (greylisting, a busy server).
        return attempt.reply >= 400 && attempt.reply < 500;
    }
}

Error describe(const NotificationTarget &target, const Attempt &attempt)
{
    const QString label = target.label();
    const QString server =
        target.smtpUrl.host() + QLatin1Char(':')
        + QString::number(target.smtpUrl.port(target.smtpUrl.scheme() == QLatin1String("smtps") ? 465 : 25));
    switch (attempt.code) {
    case CURLE_LOGIN_DENIED:
        return {ErrorKind::Auth, EmailDelivery::tr("%1: %2 refused the user name or password (SMTP %3); check "
                                                   "\"username\" and \"password\"")
                                     .arg(label, server)
                                     .arg(attempt.reply)};
    case CURLE_USE_SSL_FAILED:
        return {ErrorKind::Tls, EmailDelivery::tr("%1: %2 does not offer STARTTLS; use smtps:// if it speaks TLS "
                                                  "from the start")
                                    .arg(label, server)};
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CACERT_BADFILE:
        return {ErrorKind::Tls, EmailDelivery::tr("%1: the TLS connection to %2 failed (%3); is its certificate "
                                                  "valid for this host name, and is the port right for %4?")
                                    .arg(label, server, attempt.detail, target.smtpUrl.scheme())};
    case CURLE_COULDNT_CONNECT:
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_OPERATION_TIMEDOUT:
        return {ErrorKind::Network, EmailDelivery::tr("%1: cannot reach %2 (%3)").arg(label, server, attempt.detail)};
    default:
        break;
    }
    if (attempt.reply >= 400)
        return {ErrorKind::Server, EmailDelivery::tr("%1: %2 refused the message (SMTP %3: %4)")
                                       .arg(label, server)
                                       .arg(attempt.reply)
                                       .arg(attempt.detail)};
    return {ErrorKind::Network,
            EmailDelivery::tr("%1: sending through %2 failed (%3)")
                .arg(label, server,
                     attempt.detail.isEmpty() ? QString::fromUtf8(curl_easy_strerror(attempt.code)) : attempt.detail)};
}

} // namespace

DeliveryResult EmailDelivery::send(const NotificationTarget &target, const QByteArray &mime,
                                   const DeliveryOptions &options)
{
    DeliveryResult result;
    result.target = target.name;
    result.label = target.label();
    QRandomGenerator rng = QRandomGenerator::securelySeeded();
    for (;;) {
        ++result.attempts;
        const Attempt attempt = sendOnce(target, mime, options);
        if (attempt.code == CURLE_OK) {
            result.sent = true;
            qCInfo(lcNet).noquote() << "notification" << result.label << "delivered after" << result.attempts
                                    << "attempt(s)";
            return result;
        }
        result.error = describe(target, attempt);
        if (!isTransient(attempt) || result.attempts >= options.retry.maxAttempts)
            break;
        const int delay = options.retry.backoffMs(result.attempts - 1, rng);
        qCInfo(lcNet).noquote() << "notification" << result.label << "attempt" << result.attempts
                                << "failed:" << result.error.message << "- trying again in" << delay << "ms";
        QThread::msleep(ulong(delay));
    }
    if (result.attempts > 1)
        result.error.message = tr("%1 (after %n attempt(s))", nullptr, result.attempts).arg(result.error.message);
    qCInfo(lcNet).noquote() << "notification" << result.label << "failed:" << result.error.message;
    return result;
}

} // namespace arrscore
