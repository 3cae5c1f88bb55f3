#pragma once

#include "config/notificationconfig.h"
#include "notify/delivery.h"
#include "notify/notificationpayload.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace arrscore {

// One HTTP notification, tried until it is accepted (2xx) or the retry policy gives up: 429 waits for its
// Retry-After (within the policy's bound), 5xx and network errors back off. Errors name the target's label,
// never the URL (a webhook URL is a secret) nor a token.
class HttpDelivery : public QObject
{
    Q_OBJECT
public:
    HttpDelivery(QNetworkAccessManager *network, NotificationTarget target, HttpPayload payload,
                 DeliveryOptions options, QObject *parent = nullptr);

    // Calls done once, with the result, from the event loop; the object may be deleted after that.
    void start(std::function<void(const DeliveryResult &)> done);

private:
    void attempt();
    void handle(QNetworkReply *reply);
    void retryOrFail(const Error &error, std::optional<qint64> retryAfterMs);
    void finish(bool sent, const Error &error);

    QNetworkAccessManager *m_network;
    NotificationTarget m_target;
    HttpPayload m_payload;
    DeliveryOptions m_options;
    std::function<void(const DeliveryResult &)> m_done;
    QElapsedTimer m_clock;
    QRandomGenerator m_rng;
    int m_attempts = 0;
};

} // namespace arrscore
