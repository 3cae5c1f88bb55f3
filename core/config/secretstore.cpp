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

} // namespace arrscore
