#include "config/secretstore.h"

#include "base/logging.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <optional>

namespace arrscore {

namespace {

Error keychainError(QKeychain::Error code, const QString &detail, const QString &instance, bool reading)
{
    switch (code) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return {ErrorKind::Config,
                SecretStore::tr("The keychain holds no API key for \"%1\". Enter it again in the app's Settings, or "
                                "set api_key or api_key_env for this instance in the configuration.")
                    .arg(instance)};
    case QKeychain::NoBackendAvailable:
        return {ErrorKind::Config,
                SecretStore::tr("No keychain is available on this system (%1), so the API key of \"%2\" cannot be "
                                "%3 there. Put it in the configuration file instead (api_key or api_key_env).")
                    .arg(detail, instance, reading ? SecretStore::tr("read from") : SecretStore::tr("stored"))};
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return {ErrorKind::Config, SecretStore::tr("The keychain refused access to the API key of \"%1\" (%2). "
                                                   "Unlock the keychain and try again.")
                                       .arg(instance, detail)};
    default:
        return {ErrorKind::Config,
                SecretStore::tr("The keychain failed for \"%1\": %2. Unlock or start it, or put the key in the "
                                "configuration file instead (api_key or api_key_env).")
                    .arg(instance, detail)};
    }
}

// The same advice for a notification target's secret; `what` is "the url of notification \"discord\"".
Error notificationError(QKeychain::Error code, const QString &detail, const QString &what, bool reading)
{
    switch (code) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return {ErrorKind::Config, SecretStore::tr("The keychain holds no %1. Enter it again in the app's Settings "
                                                   "› Notifications, or set it in the configuration file.")
                                       .arg(what)};
    case QKeychain::NoBackendAvailable:
        return {ErrorKind::Config,
                SecretStore::tr("No keychain is available on this system (%1), so the %2 cannot be %3 there. Put "
                                "it in the configuration file instead (or name an environment variable with *_env).")
                    .arg(detail, what, reading ? SecretStore::tr("read from") : SecretStore::tr("stored"))};
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return {ErrorKind::Config,
                SecretStore::tr("The keychain refused access to the %1 (%2). Unlock the keychain and try again.")
                    .arg(what, detail)};
    default:
        return {ErrorKind::Config, SecretStore::tr("The keychain failed for the %1: %2. Unlock or start it, or put "
                                                   "the secret in the configuration file instead.")
                                       .arg(what, detail)};
    }
}

QString secretLabel(const QString &target, const QString &field)
{
    return SecretStore::tr("%1 of notification \"%2\"").arg(field, target);
}

} // namespace

SecretStore::SecretStore(QObject *parent) : QObject(parent) {}

QString SecretStore::serviceName()
{
    return QStringLiteral("arrscore");
}

QString SecretStore::entryName(const QString &instance)
{
    return QStringLiteral("instance/%1/api_key").arg(instance);
}

void SecretStore::readKey(const QString &instance, std::function<void(Result<QString>)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entryName(instance));
    connect(job, &QKeychain::Job::finished, this, [job, instance, done = std::move(done)] {
        if (job->error() != QKeychain::NoError) {
            qCInfo(lcConfig) << "keychain read failed for" << instance << job->errorString();
            done(keychainError(job->error(), job->errorString(), instance, true));
            return;
        }
        done(job->textData());
    });
    job->start();
}

void SecretStore::writeKey(const QString &instance, const QString &key, std::function<void(Status)> done)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entryName(instance));
    job->setTextData(key);
    connect(job, &QKeychain::Job::finished, this, [job, instance, done = std::move(done)] {
        if (job->error() != QKeychain::NoError) {
            done(keychainError(job->error(), job->errorString(), instance, false));
            return;
        }
        done(Status::success());
    });
    job->start();
}

void SecretStore::removeKey(const QString &instance, std::function<void(Status)> done)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entryName(instance));
    connect(job, &QKeychain::Job::finished, this, [job, instance, done = std::move(done)] {
        if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound) {
            done(keychainError(job->error(), job->errorString(), instance, false));
            return;
        }
        done(Status::success());
    });
    job->start();
}

Result<QString> SecretStore::readKeyBlocking(const QString &instance)
{
    std::optional<Result<QString>> result;
    QEventLoop loop;
    readKey(instance, [&](Result<QString> r) {
        result = std::move(r);
        loop.quit();
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit); // a keychain waiting for a password prompt
    if (!result)
        loop.exec();
    if (!result)
        return Error{ErrorKind::Config, tr("The keychain did not answer for \"%1\" within 30 s.").arg(instance)};
    return *result;
}

Status SecretStore::writeKeyBlocking(const QString &instance, const QString &key)
{
    std::optional<Status> result;
    QEventLoop loop;
    writeKey(instance, key, [&](const Status &s) {
        result = s;
        loop.quit();
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    if (!result)
        loop.exec();
    if (!result)
        return Error{ErrorKind::Config, tr("The keychain did not answer for \"%1\" within 30 s.").arg(instance)};
    return *result;
}

struct SecretStore::Resolving
{
    QList<InstanceConfig> instances;
    qsizetype next = 0; // the instance whose key is read now, or the first still to look at
    std::function<void(Result<QList<InstanceConfig>>)> done; // null once the caller stopped waiting
};

void SecretStore::resolve(const QList<InstanceConfig> &instances,
                          std::function<void(Result<QList<InstanceConfig>>)> done)
{
    auto state = std::make_shared<Resolving>();
    state->instances = instances;
    state->done = std::move(done);
    readNext(state);
}

void SecretStore::readNext(const std::shared_ptr<Resolving> &state)
{
    if (!state->done)
        return;
    QList<InstanceConfig> &instances = state->instances;
    while (state->next < instances.size()
           && (!instances[state->next].apiKeyInKeychain || !instances[state->next].apiKey.isEmpty()))
        ++state->next;
    if (state->next >= instances.size()) {
        state->done(instances);
        return;
    }
    readKey(instances[state->next].name, [this, state](Result<QString> key) {
        if (!state->done)
            return;
        if (!key) {
            state->done(key.error());
            return;
        }
        state->instances[state->next++].apiKey = key.value();
        readNext(state);
    });
}

Status SecretStore::resolveBlocking(QList<InstanceConfig> &instances)
{
    std::optional<Result<QList<InstanceConfig>>> result;
    QEventLoop loop;
    auto state = std::make_shared<Resolving>();
    state->instances = instances;
    state->done = [&](Result<QList<InstanceConfig>> r) {
        result = std::move(r);
        loop.quit();
    };
    readNext(state);
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    while (!result) {
        // 30 s for each key: a keychain may be waiting for its password prompt.
        const qsizetype waitingFor = state->next;
        timer.start(30000);
        loop.exec();
        if (!result && state->next == waitingFor) {
            state->done = nullptr; // a late answer must not reach this stack frame
            return Error{
                ErrorKind::Config,
                tr("The keychain did not answer for \"%1\" within 30 s.").arg(state->instances[waitingFor].name)};
        }
    }
    if (!*result)
        return result->error();
    instances = std::move(*result).value();
    return Status::success();
}

QString SecretStore::notificationEntryName(const QString &target, const QString &field)
{
    return QStringLiteral("notification/%1/%2").arg(target, field);
}

void SecretStore::readNotificationSecret(const QString &target, const QString &field,
                                         std::function<void(Result<QString>)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(notificationEntryName(target, field));
    connect(job, &QKeychain::Job::finished, this, [job, target, field, done = std::move(done)] {
        if (job->error() != QKeychain::NoError) {
            qCInfo(lcConfig) << "keychain read failed for notification" << target << field << job->errorString();
            done(notificationError(job->error(), job->errorString(), secretLabel(target, field), true));
            return;
        }
        done(job->textData());
    });
    job->start();
}

void SecretStore::writeNotificationSecret(const QString &target, const QString &field, const QString &value,
                                          std::function<void(Status)> done)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(notificationEntryName(target, field));
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, this, [job, target, field, done = std::move(done)] {
        if (job->error() != QKeychain::NoError) {
            done(notificationError(job->error(), job->errorString(), secretLabel(target, field), false));
            return;
        }
        done(Status::success());
    });
    job->start();
}

Status SecretStore::writeNotificationSecretBlocking(const QString &target, const QString &field, const QString &value)
{
    std::optional<Status> result;
    QEventLoop loop;
    writeNotificationSecret(target, field, value, [&](const Status &s) {
        result = s;
        loop.quit();
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    if (!result)
        loop.exec();
    if (!result)
        return Error{ErrorKind::Config,
                     tr("The keychain did not answer for the %1 within 30 s.").arg(secretLabel(target, field))};
    return *result;
}

// The chains below hold their state in a shared_ptr owned by the pending keychain job's callback, never by
// themselves: when the job finishes the next step takes the state over, and when the job is deleted unanswered
// (the store is destroyed first) the state goes with it. A std::function that captured itself would leak then.
struct SecretStore::RemovingNotification
{
    QString target;
    QStringList fields;
    std::function<void(Status)> done;
};

struct SecretStore::ResolvingNotifications
{
    QList<NotificationTarget> targets;
    QList<std::pair<qsizetype, QString>> todo; // (target index, field) still to read
    std::function<void(Result<QList<NotificationTarget>>)> done;
};

void SecretStore::removeNextNotificationSecret(const std::shared_ptr<RemovingNotification> &state)
{
    if (state->fields.isEmpty()) {
        state->done(Status::success());
        return;
    }
    const QString field = state->fields.takeFirst();
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(notificationEntryName(state->target, field));
    connect(job, &QKeychain::Job::finished, this, [this, job, state, field] {
        if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound) {
            state->done(notificationError(job->error(), job->errorString(), secretLabel(state->target, field), false));
            return;
        }
        removeNextNotificationSecret(state);
    });
    job->start();
}

void SecretStore::removeNotificationSecrets(const QString &target, std::function<void(Status)> done)
{
    // Every field any type uses: the target's type may have changed since the secrets were written.
    auto state = std::make_shared<RemovingNotification>(RemovingNotification{
        target, QStringList{QStringLiteral("url"), QStringLiteral("token"), QStringLiteral("password")},
        std::move(done)});
    removeNextNotificationSecret(state);
}

void SecretStore::resolveNextNotificationSecret(const std::shared_ptr<ResolvingNotifications> &state)
{
    if (state->todo.isEmpty()) {
        state->done(state->targets);
        return;
    }
    const std::pair<qsizetype, QString> next = state->todo.takeFirst();
    const qsizetype index = next.first;
    const QString field = next.second;
    readNotificationSecret(state->targets[index].name, field,
                           [this, state, index, field](const Result<QString> &value) {
                               if (!value) {
                                   state->done(value.error());
                                   return;
                               }
                               state->targets[index].secret(field)->value = value.value();
                               resolveNextNotificationSecret(state);
                           });
}

void SecretStore::resolveNotifications(const QList<NotificationTarget> &targets,
                                       std::function<void(Result<QList<NotificationTarget>>)> done)
{
    auto state = std::make_shared<ResolvingNotifications>();
    state->targets = targets;
    state->done = std::move(done);
    for (qsizetype i = 0; i < targets.size(); ++i) {
        for (const QString &field : targets[i].secretFields()) {
            const NotificationSecret *secret = targets[i].secret(field);
            if (secret && secret->inKeychain && !secret->isSet())
                state->todo.append({i, field});
        }
    }
    resolveNextNotificationSecret(state);
}

Status SecretStore::resolveNotificationsBlocking(QList<NotificationTarget> &targets)
{
    int secrets = 0;
    for (const NotificationTarget &target : targets) {
        for (const QString &field : target.secretFields())
            secrets += target.secret(field)->inKeychain && !target.secret(field)->isSet() ? 1 : 0;
    }
    if (secrets == 0)
        return Status::success();
    auto result = std::make_shared<std::optional<Result<QList<NotificationTarget>>>>();
    QEventLoop loop;
    auto waiting = std::make_shared<QEventLoop *>(&loop); // null once this frame is gone: a late answer is dropped
    resolveNotifications(targets, [result, waiting](Result<QList<NotificationTarget>> r) {
        *result = std::move(r);
        if (*waiting)
            (*waiting)->quit();
    });
    QTimer::singleShot(30000 * secrets, &loop, &QEventLoop::quit); // 30 s for each secret, as for API keys
    if (!*result)
        loop.exec();
    *waiting = nullptr;
    if (!*result)
        return Error{ErrorKind::Config, tr("The keychain did not answer in time for the notification secrets.")};
    if (!**result)
        return (*result)->error();
    targets = std::move(**result).value();
    return Status::success();
}

} // namespace arrscore
