#pragma once

#include "config/config.h"
#include "base/error.h"

#include <QObject>
#include <QString>

#include <functional>

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

    // Fills in the key of every enabled instance whose configuration says api_key_keychain: true.
    Status resolve(QList<InstanceConfig> &instances);

    static QString serviceName();
    static QString entryName(const QString &instance);
};

} // namespace arrscore
