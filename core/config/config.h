#pragma once

#include "base/model.h"
#include "base/retentionpolicy.h"
#include "config/notificationconfig.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace arrscore {

// One Radarr/Sonarr server to sync, as the configuration file and the environment define it.
struct InstanceConfig
{
    QString name; // unique, [a-z0-9_-]+
    InstanceType type = InstanceType::Radarr;
    QUrl url;                      // http(s), URL base included, no trailing slash
    QString apiKey;                // resolved: from api_key, api_key_env or ARRSCORE_<NAME>_API_KEY
    QString apiKeyEnv;             // the variable api_key_env named, empty when none
    bool apiKeyInKeychain = false; // api_key_keychain: true — the key is read from the OS keychain
    int timeoutSeconds = 30;
    int syncTimeoutSeconds = 0; // sync_timeout: a whole sync's bound; 0 = automatic (SyncJob::automaticDeadlineMs)
    int maxConcurrency = 8;
    double requestsPerSecond = 0; // 0 = unlimited
    bool verifyTls = true;
    QByteArray tlsFingerprint; // raw 32-byte SHA-256 of the server certificate, empty = no pin
    bool enabled = true;
    // Acting on the server (issue 11): release lookups and searches are capped per hour, counted in the
    // database across CLI and app runs; an item searched within the cooldown is not searched again.
    int releaseLookupsPerHour = 20; // release_lookups_per_hour: 0 = lookups off, at most 1000
    int searchesPerHour = 25;       // searches_per_hour: items searched per hour, at most 1000
    int searchCooldownDays = 7;     // search_cooldown_days: 0 = none, at most 365
    QString origin;                 // where it was defined, e.g. "arrscore.yaml:4" or "environment (RADARR_URL)"

    // "abcd…wxyz" for a long key, "****" for a short one, "(not set)" for none. Safe to show and log.
    QString maskedApiKey() const;
    // The URL without user name, password, query or fragment.
    QString displayUrl() const;

    static QString maskSecret(const QString &secret);

    // Field checks shared by the loader and any settings editor.
    static bool isValidName(const QString &name); // [a-z0-9_-], 1 to 64 characters
    // Empty when text is an http(s) base URL (then *normalised gets it without a trailing slash),
    // else what is expected, translated. Never echoes a user name, password or query.
    static QString checkUrl(const QString &text, QUrl *normalised);
    // "sha256:AB:CD:…" or plain hex → 32 raw bytes; nullopt when it is not 64 hex digits.
    static std::optional<QByteArray> parseFingerprint(const QString &text);
    // The NAME of ARRSCORE_<NAME>_URL / _API_KEY for an instance name: upper-cased, '-' → '_'.
    static QString envPrefix(const QString &instanceName);
};

// The whole configuration, resolved: file, environment and defaults applied.
struct AppConfig
{
    QString sourcePath; // the file read, empty when none
    QString database;   // a file path or a postgresql:// URL
    QList<InstanceConfig> instances;
    QList<NotificationTarget> notifications; // notifications: where sync summaries go (docs/NOTIFICATIONS.md)
    bool notifyAfterSync = false;            // notify_after_sync: every `arrscore sync` notifies, as --notify
    RetentionPolicy retention;               // retention: applied after each sync; not set: snapshots are kept
    QStringList warnings;                    // "file:line: …" for unknown keys and ignored variables; never fatal

    const InstanceConfig *instance(const QString &name) const; // null when there is none by that name
    QList<InstanceConfig> enabledInstances() const;
    const NotificationTarget *notification(const QString &name) const; // null when there is none by that name
    // DatabaseLocation's rules, for this configuration's database.
    bool databaseIsPostgres() const;
    // The database without a password, for messages and logs.
    QString displayDatabase() const;
};

} // namespace arrscore
