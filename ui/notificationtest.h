#pragma once

#include "config/notificationconfig.h"

#include <QObject>
#include <QString>

class QNetworkAccessManager;

namespace arrscore {

class Notifier;
class SecretStore;
struct DeliveryResult;

// The Test button of a notification target, in Settings › Notifications and in the target's dialog: reads the
// target's secrets from the keychain when they are kept there, sends the sample summary (marked as a test in
// the message) once, and says in one sentence how it went. The target's `on:` and `min_changes` do not apply.
class NotificationTest : public QObject
{
    Q_OBJECT
public:
    // secrets is not owned.
    explicit NotificationTest(SecretStore *secrets, QObject *parent = nullptr);
    ~NotificationTest() override;

    bool isRunning() const { return m_running; }
    void start(const NotificationTarget &target);

    // "discord (Discord): the test message was delivered." or why not, never naming a secret.
    static QString describe(const DeliveryResult &result);

Q_SIGNALS:
    void finished(const QString &text, bool ok);

private:
    void send(const NotificationTarget &target);

    SecretStore *m_secrets;
    QNetworkAccessManager *m_network;
    Notifier *m_notifier;
    bool m_running = false;
};

} // namespace arrscore
