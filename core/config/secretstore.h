#pragma once

#include "base/error.h"
#include "config/config.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace arrscore {

// API keys in the operating system's keychain (Secret Service on Linux, Keychain on macOS, Credential
// Manager on Windows) through QtKeychain, under the service "arrscore" and the instance's name.
// Never falls back to plain text by itself: where there is no keychain the caller keeps the key in the
// configuration file, and says so.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    explicit SecretStore(QObject *parent = nullptr);

    void readKey(const QString &instance, std::function<void(Result<QString>)> done);
    void writeKey(const QString &instance, const QString &key, std::function<void(Status)> done);
    void removeKey(const QString &instance, std::function<void(Status)> done);

    // The same, waiting on a local event loop: for the command line.
    Result<QString> readKeyBlocking(const QString &instance);
    Status writeKeyBlocking(const QString &instance, const QString &key);

    // The one way keys are read for a run, in the app and on the command line: fills in the key of every
    // given instance whose configuration says api_key_keychain: true and that has none yet, one after the
    // other. done gets the instances with their keys, or the first error.
    void resolve(const QList<InstanceConfig> &instances, std::function<void(Result<QList<InstanceConfig>>)> done);
    // resolve(), waiting on a local event loop: for the command line. Gives up after 30 s without an answer.
    Status resolveBlocking(QList<InstanceConfig> &instances);

    static QString serviceName();
    static QString entryName(const QString &instance);

    // Notification secrets (a webhook URL, a Gotify token, an SMTP password) live under
    // "notification/<target>/<field>", with the same rules and messages as API keys.
    static QString notificationEntryName(const QString &target, const QString &field);
    void readNotificationSecret(const QString &target, const QString &field, std::function<void(Result<QString>)> done);
    Status writeNotificationSecretBlocking(const QString &target, const QString &field, const QString &value);
    void writeNotificationSecret(const QString &target, const QString &field, const QString &value,
                                 std::function<void(Status)> done);
    // Removes every secret of the target (missing ones are not an error).
    void removeNotificationSecrets(const QString &target, std::function<void(Status)> done);
    // Fills in every secret marked *_keychain: true that has no value yet, one after the other; done gets the
    // targets with their secrets, or the first error (naming the target, never a secret).
    void resolveNotifications(const QList<NotificationTarget> &targets,
                              std::function<void(Result<QList<NotificationTarget>>)> done);
    // resolveNotifications(), waiting on a local event loop (30 s per secret): for the command line.
    Status resolveNotificationsBlocking(QList<NotificationTarget> &targets);

private:
    struct Resolving;
    void readNext(const std::shared_ptr<Resolving> &state);
    struct RemovingNotification;
    void removeNextNotificationSecret(const std::shared_ptr<RemovingNotification> &state);
    struct ResolvingNotifications;
    void resolveNextNotificationSecret(const std::shared_ptr<ResolvingNotifications> &state);
};

} // namespace arrscore
