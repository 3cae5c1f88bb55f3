#include "config/configparser.h"

#include "base/logging.h"
#include "base/redaction.h"
#include "config/databaselocation.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cmath>

namespace arrscore {

namespace {

const QStringList kTopKeys = {QStringLiteral("database"),         QStringLiteral("instances"),
                              QStringLiteral("radarr"),           QStringLiteral("sonarr"),
                              QStringLiteral("retention"),        QStringLiteral("notifications"),
                              QStringLiteral("notify_after_sync")};
const QStringList kRetentionKeys = {QStringLiteral("keep_all_days"), QStringLiteral("keep_daily_days"),
                                    QStringLiteral("keep_weekly_weeks"), QStringLiteral("keep_monthly_months")};
const QStringList kInstanceKeys = {QStringLiteral("name"),
                                   QStringLiteral("type"),
                                   QStringLiteral("url"),
                                   QStringLiteral("api_key"),
                                   QStringLiteral("api_key_env"),
                                   QStringLiteral("api_key_keychain"),
                                   QStringLiteral("timeout"),
                                   QStringLiteral("sync_timeout"),
                                   QStringLiteral("max_concurrency"),
                                   QStringLiteral("requests_per_second"),
                                   QStringLiteral("verify_tls"),
                                   QStringLiteral("tls_fingerprint"),
                                   QStringLiteral("enabled"),
                                   QStringLiteral("release_lookups_per_hour"),
                                   QStringLiteral("searches_per_hour"),
                                   QStringLiteral("search_cooldown_days")};
constexpr double kMinRequestsPerSecond = 0.1;
constexpr double kMaxRequestsPerSecond = 1000;
const QStringList kLegacyKeys = {QStringLiteral("url"), QStringLiteral("api_key"), QStringLiteral("enabled")};

int editDistance(const QString &a, const QString &b)
{
    QList<int> row(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

QString fromYaml(const YAML::Node &node)
{
    return QString::fromStdString(node.Scalar());
}

} // namespace

QString ConfigParser::where(const YAML::Node &node, const QString &path) const
{
    const int line = node.IsDefined() ? node.Mark().line : -1;
    const QString prefix = line >= 0 ? label() + QLatin1Char(':') + QString::number(line + 1) : label();
    return path.isEmpty() ? prefix : prefix + QStringLiteral(": ") + path;
}

bool ConfigParser::fail(const YAML::Node &node, const QString &path, const QString &what)
{
    m_error = where(node, path) + QStringLiteral(": ") + what;
    return false;
}

bool ConfigParser::failEnv(const QString &variable, const QString &what)
{
    m_error = tr("environment variable %1: %2").arg(variable, what);
    return false;
}

QString ConfigParser::echo(const QString &value) const
{
    // A long token is more likely a pasted key than a typo; show it the way keys are shown.
    if (value.size() > 16)
        return QLatin1Char('"') + InstanceConfig::maskSecret(value) + QLatin1Char('"');
    return QLatin1Char('"') + Redaction::quoted(value) + QLatin1Char('"');
}

QString ConfigParser::scrub(QString text) const
{
    for (const QString &secret : m_secrets)
        text.replace(secret, InstanceConfig::maskSecret(secret));
    return text;
}

QStringList ConfigParser::warnings() const
{
    QStringList result;
    for (const QString &warning : m_warnings)
        result.append(scrub(warning));
    return result;
}

void ConfigParser::collectSecrets(const QByteArray &yaml)
{
    // Before parsing, so that even a syntax error cannot quote a key from a malformed line.
    static const QRegularExpression keyLine(
        QStringLiteral(R"((?:api[_-]?key|token|password)(?!_env|_keychain)\W*[\s:=]\s*["']?([^\s"'#]{4,}))"),
        QRegularExpression::CaseInsensitiveOption);
    auto it = keyLine.globalMatch(QString::fromUtf8(yaml));
    while (it.hasNext())
        m_secrets.append(it.next().captured(1));
    for (const QString &variable : m_env.keys()) {
        const QString value = m_env.value(variable);
        if (!variable.endsWith(QLatin1String("API_KEY")))
            continue;
        // As given and as read (trimmed): an error may quote either.
        if (value.size() >= 4)
            m_secrets.append(value);
        if (value.trimmed().size() >= 4 && value.trimmed() != value)
            m_secrets.append(value.trimmed());
    }
    sortSecrets();
}

void ConfigParser::sortSecrets()
{
    // Longest first, so that a key containing another is masked whole.
    std::sort(m_secrets.begin(), m_secrets.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

bool ConfigParser::readMap(const YAML::Node &node, const QString &path, const QStringList &known, Map &out)
{
    if (node.IsNull())
        return true;
    if (!node.IsMap())
        return fail(node, path, tr("expected a mapping of \"key: value\" lines"));
    for (const auto &entry : node) {
        if (!entry.first.IsScalar())
            return fail(entry.first, path, tr("expected a plain key name"));
        const QString key = fromYaml(entry.first);
        const QString keyPath = path.isEmpty() ? key : path + QLatin1Char('.') + key;
        if (out.contains(key))
            return fail(entry.first, keyPath, tr("given twice"));
        out.insert(key, entry.second);
        if (known.contains(key))
            continue;
        QString warning =
            where(entry.first, QString()) + QStringLiteral(": ") + tr("unknown key %1 ignored").arg(echo(key));
        for (const QString &candidate : known) {
            if (editDistance(key.toLower(), candidate) <= 2) {
                warning += QLatin1Char(' ') + tr("(did you mean \"%1\"?)").arg(candidate);
                break;
            }
        }
        m_warnings.append(warning);
    }
    return true;
}

bool ConfigParser::readString(const YAML::Node &node, const QString &path, QString &out)
{
    if (!node.IsScalar())
        return fail(node, path, tr("expected a text value"));
    out = fromYaml(node).trimmed();
    return true;
}

bool ConfigParser::readInt(const YAML::Node &node, const QString &path, int min, int max, int &out)
{
    int value = 0;
    if (!node.IsScalar() || !YAML::convert<int>::decode(node, value) || value < min || value > max)
        return fail(node, path,
                    tr("expected a whole number from %1 to %2, got %3")
                        .arg(min)
                        .arg(max)
                        .arg(node.IsScalar() ? echo(fromYaml(node)) : tr("a list or mapping")));
    out = value;
    return true;
}

bool ConfigParser::readBool(const YAML::Node &node, const QString &path, bool &out)
{
    if (!node.IsScalar() || !YAML::convert<bool>::decode(node, out))
        return fail(
            node, path,
            tr("expected true or false, got %1").arg(node.IsScalar() ? echo(fromYaml(node)) : tr("a list or mapping")));
    return true;
}

bool ConfigParser::readVariableName(const YAML::Node &node, const QString &path, QString &out)
{
    if (!readString(node, path, out))
        return false;
    static const QRegularExpression name(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (Redaction::looksLikeKey(out)) {
        // Masked in every later message too, and the advice says where a key goes instead.
        m_secrets.append(out);
        sortSecrets();
        return fail(node, path,
                    tr("expected the name of an environment variable that holds the key (e.g. RADARR_API_KEY), "
                       "but this looks like a key itself. Put the key in \"api_key\", or let the app keep it "
                       "in the keychain (\"api_key_keychain: true\", set in Settings › Instances), or put it in an "
                       "environment variable and name that variable here."));
    }
    if (!name.match(out).hasMatch())
        return fail(node, path,
                    tr("expected the name of an environment variable (letters, digits and '_', not starting with a "
                       "digit, e.g. RADARR_API_KEY), got %1")
                        .arg(echo(out)));
    return true;
}

bool ConfigParser::readUrl(const QString &text, const YAML::Node &node, const QString &path, const QString &variable,
                           QUrl &out)
{
    const QString problem = InstanceConfig::checkUrl(text, &out);
    if (!problem.isEmpty())
        return variable.isEmpty() ? fail(node, path, problem) : failEnv(variable, problem);
    return true;
}

QString ConfigParser::envOverride(const QString &name, const QString &suffix, QString *variable) const
{
    QStringList candidates = {QStringLiteral("ARRSCORE_") + InstanceConfig::envPrefix(name) + suffix};
    if (name == QLatin1String("radarr") || name == QLatin1String("sonarr"))
        candidates.append(name.toUpper() + suffix); // the older tool's RADARR_URL, SONARR_API_KEY, ...
    for (const QString &candidate : candidates) {
        const QString value = m_env.value(candidate).trimmed();
        if (!value.isEmpty()) {
            *variable = candidate;
            return value;
        }
    }
    return {};
}

bool ConfigParser::readKey(const YAML::Node &node, const Map &map, const QString &path, InstanceConfig &out)
{
    const QString keyPath = path + QStringLiteral(".api_key");
    if (map.contains(QStringLiteral("api_key")) && map.contains(QStringLiteral("api_key_env")))
        return fail(map.value(QStringLiteral("api_key_env")), path,
                    tr(R"(set either "api_key" or "api_key_env", not both)"));
    if (map.contains(QStringLiteral("api_key_keychain"))) {
        const YAML::Node flag = map.value(QStringLiteral("api_key_keychain"));
        if (!readBool(flag, path + QStringLiteral(".api_key_keychain"), out.apiKeyInKeychain))
            return false;
        if (out.apiKeyInKeychain
            && (map.contains(QStringLiteral("api_key")) || map.contains(QStringLiteral("api_key_env"))))
            return fail(flag, path, tr(R"(set only one of "api_key", "api_key_env" and "api_key_keychain")"));
    }
    QString variable;
    QString key = envOverride(out.name, QStringLiteral("_API_KEY"), &variable);
    if (map.contains(QStringLiteral("api_key_env"))
        && !readVariableName(map.value(QStringLiteral("api_key_env")), path + QStringLiteral(".api_key_env"),
                             out.apiKeyEnv))
        return false;
    if (key.isEmpty() && !out.apiKeyEnv.isEmpty()) {
        key = m_env.value(out.apiKeyEnv).trimmed();
        variable = out.apiKeyEnv;
        if (key.isEmpty() && out.enabled)
            return fail(map.value(QStringLiteral("api_key_env")), path + QStringLiteral(".api_key_env"),
                        tr("the environment variable %1 is not set").arg(out.apiKeyEnv));
    }
    if (key.isEmpty() && variable.isEmpty() && map.contains(QStringLiteral("api_key"))) {
        const YAML::Node value = map.value(QStringLiteral("api_key"));
        if (!value.IsNull() && !readString(value, keyPath, key))
            return false;
    }
    if (key.size() >= 4) {
        m_secrets.append(key);
        sortSecrets();
    }
    if (key.contains(QRegularExpression(QStringLiteral("[\\s\\x00-\\x1f]"))))
        return variable.isEmpty()
                   ? fail(map.value(QStringLiteral("api_key")), keyPath, tr("must not contain spaces or line breaks"))
                   : failEnv(variable, tr("must not contain spaces or line breaks"));
    if (key.isEmpty() && out.enabled && !out.apiKeyInKeychain)
        return fail(node, path,
                    tr(R"(missing "api_key" (or "api_key_env", or the variable ARRSCORE_%1_API_KEY))")
                        .arg(InstanceConfig::envPrefix(out.name)));
    out.apiKey = key;
    return true;
}

bool ConfigParser::readInstance(const YAML::Node &node, const QString &path, bool legacy, InstanceConfig &out)
{
    Map map;
    if (!readMap(node, path, legacy ? kLegacyKeys : kInstanceKeys, map))
        return false;
    out.origin = where(node, QString());
    const auto has = [&map](const char *key) { return map.contains(QLatin1String(key)); };
    const auto at = [&map](const char *key) { return map.value(QLatin1String(key)); };
    const auto sub = [&path](const char *key) -> QString { return path + QLatin1Char('.') + QLatin1String(key); };
    if (!legacy) {
        if (!has("name") || at("name").IsNull())
            return fail(node, path, tr("missing \"name\""));
        if (!readString(at("name"), sub("name"), out.name))
            return false;
        if (!InstanceConfig::isValidName(out.name))
            return fail(at("name"), sub("name"),
                        tr("expected lower-case letters, digits, '-' or '_', got %1").arg(echo(out.name)));
        if (!has("type") || at("type").IsNull())
            return fail(node, path, tr(R"(missing "type" ("radarr" or "sonarr"))"));
        QString typeName;
        if (!readString(at("type"), sub("type"), typeName))
            return false;
        const auto type = instanceTypeFromName(typeName);
        if (!type)
            return fail(at("type"), sub("type"), tr(R"(expected "radarr" or "sonarr", got %1)").arg(echo(typeName)));
        out.type = *type;
    }
    if (has("enabled") && !readBool(at("enabled"), sub("enabled"), out.enabled))
        return false;
    if (legacy && !out.enabled)
        return true; // the caller drops it, as the older tool did
    QString variable;
    QString urlText = envOverride(out.name, QStringLiteral("_URL"), &variable);
    if (urlText.isEmpty()) {
        if (!has("url") || at("url").IsNull())
            return fail(node, path, tr("missing \"url\" (e.g. http://localhost:7878)"));
        if (!readString(at("url"), sub("url"), urlText))
            return false;
    }
    if (!readUrl(urlText, at("url"), sub("url"), variable, out.url))
        return false;
    if (!readKey(node, map, path, out))
        return false;
    if (has("timeout") && !readInt(at("timeout"), sub("timeout"), 1, 3600, out.timeoutSeconds))
        return false;
    if (has("sync_timeout") && !readInt(at("sync_timeout"), sub("sync_timeout"), 10, 7 * 86400, out.syncTimeoutSeconds))
        return false;
    if (has("max_concurrency") && !readInt(at("max_concurrency"), sub("max_concurrency"), 1, 64, out.maxConcurrency))
        return false;
    if (has("requests_per_second")) {
        // Below one request every ten seconds a sync of any size would never end: such a value is a typo.
        const YAML::Node rps = at("requests_per_second");
        double value = 0;
        if (!rps.IsScalar() || !YAML::convert<double>::decode(rps, value) || !std::isfinite(value)
            || (value != 0 && (value < kMinRequestsPerSecond || value > kMaxRequestsPerSecond)))
            return fail(rps, sub("requests_per_second"),
                        tr("expected 0 (unlimited) or a number from %1 to %2, got %3")
                            .arg(kMinRequestsPerSecond)
                            .arg(kMaxRequestsPerSecond)
                            .arg(rps.IsScalar() ? echo(fromYaml(rps)) : tr("a list or mapping")));
        out.requestsPerSecond = value;
    }
    if (has("release_lookups_per_hour")
        && !readInt(at("release_lookups_per_hour"), sub("release_lookups_per_hour"), 0, 1000,
                    out.releaseLookupsPerHour))
        return false;
    if (has("searches_per_hour")
        && !readInt(at("searches_per_hour"), sub("searches_per_hour"), 0, 1000, out.searchesPerHour))
        return false;
    if (has("search_cooldown_days")
        && !readInt(at("search_cooldown_days"), sub("search_cooldown_days"), 0, 365, out.searchCooldownDays))
        return false;
    if (has("verify_tls") && !readBool(at("verify_tls"), sub("verify_tls"), out.verifyTls))
        return false;
    if (has("tls_fingerprint") && !at("tls_fingerprint").IsNull()) {
        QString text;
        if (!readString(at("tls_fingerprint"), sub("tls_fingerprint"), text))
            return false;
        const std::optional<QByteArray> fingerprint = InstanceConfig::parseFingerprint(text);
        if (!fingerprint)
            return fail(at("tls_fingerprint"), sub("tls_fingerprint"),
                        tr("expected a SHA-256 fingerprint: 64 hex digits, colons allowed, e.g. \"sha256:AB:CD:…\""));
        out.tlsFingerprint = *fingerprint;
    }
    return true;
}

bool ConfigParser::addEnvironmentInstances(AppConfig &config)
{
    const bool fileHasInstances = !config.instances.isEmpty();
    for (const InstanceType type : {InstanceType::Radarr, InstanceType::Sonarr}) {
        InstanceConfig instance;
        instance.type = type;
        instance.name = instanceTypeName(type);
        QString urlVariable;
        QString keyVariable;
        const QString url = envOverride(instance.name, QStringLiteral("_URL"), &urlVariable);
        const QString key = envOverride(instance.name, QStringLiteral("_API_KEY"), &keyVariable);
        if (url.isEmpty() && key.isEmpty())
            continue;
        if (config.instance(instance.name))
            continue; // already applied as overrides
        if (fileHasInstances) {
            m_warnings.append(tr("%1 is set, but the configuration file defines its own instances and none "
                                 "named \"%2\"; the variable is ignored")
                                  .arg(urlVariable.isEmpty() ? keyVariable : urlVariable, instance.name));
            continue;
        }
        const QString upper = instance.name.toUpper();
        if (url.isEmpty() || key.isEmpty()) {
            m_warnings.append(
                tr("%1 is set but %2 is not; no %3 instance is defined from the environment")
                    .arg(url.isEmpty() ? keyVariable : urlVariable,
                         url.isEmpty() ? upper + QStringLiteral("_URL") : upper + QStringLiteral("_API_KEY"),
                         instance.name));
            continue;
        }
        if (!readUrl(url, YAML::Node(), QString(), urlVariable, instance.url))
            return false;
        instance.apiKey = key;
        instance.origin = tr("environment (%1)").arg(urlVariable);
        config.instances.append(instance);
    }
    return true;
}

void ConfigParser::warnUnusedVariables(const AppConfig &config)
{
    QStringList used;
    for (const InstanceConfig &instance : config.instances) {
        const QString prefix = QStringLiteral("ARRSCORE_") + InstanceConfig::envPrefix(instance.name);
        used << prefix + QStringLiteral("_URL") << prefix + QStringLiteral("_API_KEY");
    }
    QStringList names = m_env.keys();
    names.sort();
    for (const QString &variable : names) {
        if (variable.startsWith(QLatin1String("ARRSCORE_")) && !used.contains(variable)
            && (variable.endsWith(QLatin1String("_URL")) || variable.endsWith(QLatin1String("_API_KEY"))))
            m_warnings.append(
                tr("environment variable %1 matches no configured instance; it is ignored").arg(variable));
    }
}

bool ConfigParser::readRetention(const YAML::Node &node, RetentionPolicy &out)
{
    if (!node.IsDefined() || node.IsNull())
        return true;
    const QString path = QStringLiteral("retention");
    Map map;
    if (!readMap(node, path, kRetentionKeys, map))
        return false;
    int *fields[] = {&out.keepAllDays, &out.keepDailyDays, &out.keepWeeklyWeeks, &out.keepMonthlyMonths};
    const int maxima[] = {36500, 36500, 5200, 1200}; // a hundred years of each
    for (qsizetype k = 0; k < kRetentionKeys.size(); ++k) {
        const QString &key = kRetentionKeys[k];
        if (map.contains(key) && !readInt(map.value(key), path + QLatin1Char('.') + key, 0, maxima[k], *fields[k]))
            return false;
    }
    if (!out.isSet())
        return fail(node, path,
                    tr("keeps nothing: set at least one of %1 above 0, or remove the section to keep every snapshot")
                        .arg(kRetentionKeys.join(QStringLiteral(", "))));
    return true;
}

bool ConfigParser::run(const QByteArray &yaml, AppConfig &config)
{
    collectSecrets(yaml);
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception &e) {
        m_error = (e.mark.is_null() ? label() : label() + QLatin1Char(':') + QString::number(e.mark.line + 1))
                  + QStringLiteral(": ") + tr("invalid YAML: %1").arg(QString::fromStdString(e.msg));
        return false;
    }
    Map top;
    if (!readMap(root, QString(), kTopKeys, top))
        return false;
    const QString baseDir = m_file.isEmpty() ? QDir::currentPath() : QFileInfo(m_file).absolutePath();
    QString database;
    if (top.contains(QStringLiteral("database")) && !top.value(QStringLiteral("database")).IsNull()
        && !readString(top.value(QStringLiteral("database")), QStringLiteral("database"), database))
        return false;
    const QString dbOverride = m_env.value(QStringLiteral("ARRSCORE_DB")).trimmed();
    const bool fromEnv = !dbOverride.isEmpty();
    if (fromEnv)
        database = dbOverride;
    config.database = DatabaseLocation::resolve(database, fromEnv ? QDir::currentPath() : baseDir);

    if (!readRetention(top.value(QStringLiteral("retention")), config.retention))
        return false;

    const YAML::Node list = top.value(QStringLiteral("instances"));
    if (list.IsDefined() && !list.IsNull() && !list.IsSequence())
        return fail(list, QStringLiteral("instances"), tr("expected a list of instances (lines starting with \"- \")"));
    QHash<QString, QString> seen; // name → where it was defined
    const auto add = [&](const YAML::Node &node, const QString &path, InstanceConfig &instance) {
        if (seen.contains(instance.name))
            return fail(node, path + QStringLiteral(".name"),
                        tr("\"%1\" is already used by %2").arg(instance.name, seen.value(instance.name)));
        seen.insert(instance.name, path + QStringLiteral(" (") + instance.origin + QLatin1Char(')'));
        config.instances.append(instance);
        return true;
    };
    if (list.IsSequence()) {
        for (std::size_t i = 0; i < list.size(); ++i) {
            const QString path = QStringLiteral("instances[%1]").arg(i);
            InstanceConfig instance;
            if (!readInstance(list[i], path, false, instance) || !add(list[i], path, instance))
                return false;
        }
    }
    for (const InstanceType type : {InstanceType::Radarr, InstanceType::Sonarr}) {
        const QString name = instanceTypeName(type);
        const YAML::Node section = top.value(name);
        if (!section.IsDefined() || section.IsNull())
            continue;
        InstanceConfig instance;
        instance.name = name;
        instance.type = type;
        if (!readInstance(section, name, true, instance))
            return false;
        if (!instance.enabled) {
            qCDebug(lcConfig) << "skipping the disabled legacy section" << name;
            continue;
        }
        if (!add(section, name, instance))
            return false;
    }
    if (!addEnvironmentInstances(config))
        return false;
    warnUnusedVariables(config);
    m_root = std::make_shared<const YAML::Node>(root);
    return true;
}

} // namespace arrscore
