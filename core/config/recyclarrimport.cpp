#include "config/recyclarrimport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QUrl>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <optional>

namespace arrscore {

namespace {

const QString kRadarr = QStringLiteral("radarr");
const QString kSonarr = QStringLiteral("sonarr");

QString fromYaml(const YAML::Node &node)
{
    return QString::fromStdString(node.Scalar());
}

// recyclarr.yml or recyclarr.yaml in dir, empty when neither exists.
QString mainFileIn(const QDir &dir)
{
    for (const QString &name : {QStringLiteral("recyclarr.yml"), QStringLiteral("recyclarr.yaml")}) {
        if (QFileInfo::exists(dir.filePath(name)))
            return dir.filePath(name);
    }
    return {};
}

// What a value of the file resolves to: the text, or why there is none (translated, naming no value).
struct Value
{
    QString text;
    QString problem;
    bool missing = false; // the key is absent: an implicit secret may stand in
};

// One run over Recyclarr's files. Recyclarr reads recyclarr.yml and every configs/*.yml of its application
// directory, with secrets.yml of that directory; a !secret the file lacks fails Recyclarr's whole run, but
// here it only keeps that instance out, so the others can still be added.
class Reader
{
public:
    Reader(QString appDir, const QProcessEnvironment &env) : m_appDir(std::move(appDir)), m_env(env) {}

    Status readSecrets()
    {
        const QStringList names = {QStringLiteral("secrets.yml"), QStringLiteral("secrets.yaml")};
        for (const QString &name : names) {
            const QString path = QDir(m_appDir).filePath(name);
            if (!QFileInfo::exists(path))
                continue;
            m_secretsFile = path;
            const Result<YAML::Node> root = loadMap(path, RecyclarrImport::tr("expected \"name: value\" lines"));
            if (!root)
                return root.error();
            for (const auto &entry : *root) {
                if (entry.second.IsScalar())
                    m_secrets.insert(fromYaml(entry.first), fromYaml(entry.second).trimmed());
            }
            return {};
        }
        return {};
    }

    Status readFile(const QString &path, QList<RecyclarrInstance> &found)
    {
        const Result<YAML::Node> root = loadMap(path, RecyclarrImport::tr("expected the sections radarr: and sonarr:"));
        if (!root)
            return root.error();
        if (root->IsNull())
            return {};
        for (const QString &section : {kRadarr, kSonarr}) {
            const YAML::Node instances = (*root)[section.toStdString()];
            if (!instances || instances.IsNull())
                continue;
            if (!instances.IsMap())
                return fail(
                    path, instances,
                    RecyclarrImport::tr("%1: expected instance names, each with base_url and api_key").arg(section));
            for (const auto &entry : instances) {
                RecyclarrInstance i;
                i.recyclarrName = fromYaml(entry.first);
                i.instance.type = section == kRadarr ? InstanceType::Radarr : InstanceType::Sonarr;
                i.instance.origin =
                    QFileInfo(path).fileName() + QLatin1Char(':') + QString::number(entry.first.Mark().line + 1);
                readInstance(entry.second, i);
                found.append(i);
            }
        }
        return {};
    }

private:
    static Error fail(const QString &path, const YAML::Node &node, const QString &what)
    {
        const QString where = node.Mark().is_null() ? QDir::toNativeSeparators(path)
                                                    : QDir::toNativeSeparators(path) + QLatin1Char(':')
                                                          + QString::number(node.Mark().line + 1);
        return {ErrorKind::Config, where + QStringLiteral(": ") + what};
    }

    // The file's top-level mapping, a null node when it is empty; expected says what else it should be.
    static Result<YAML::Node> loadMap(const QString &path, const QString &expected)
    {
        Result<YAML::Node> root = load(path);
        if (root && !root->IsNull() && !root->IsMap())
            return fail(path, *root, expected);
        return root;
    }

    static Result<YAML::Node> load(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{
                ErrorKind::Config,
                RecyclarrImport::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
        try {
            return YAML::Load(file.readAll().toStdString());
        } catch (const YAML::Exception &e) {
            // yaml-cpp's messages describe the syntax, never quote the text: no key can leak through them.
            const QString where =
                e.mark.is_null() ? QDir::toNativeSeparators(path)
                                 : QDir::toNativeSeparators(path) + QLatin1Char(':') + QString::number(e.mark.line + 1);
            return Error{ErrorKind::Config,
                         where + QStringLiteral(": ")
                             + RecyclarrImport::tr("invalid YAML: %1").arg(QString::fromStdString(e.msg))};
        }
    }

    void readInstance(const YAML::Node &node, RecyclarrInstance &i) const
    {
        const auto problem = [&i](const QString &text) {
            i.state = RecyclarrInstance::State::Problem;
            i.note = text;
        };
        if (!node.IsNull() && !node.IsMap()) {
            problem(RecyclarrImport::tr("expected base_url and api_key lines"));
            return;
        }
        // Recyclarr's implicit secrets: <instance>_base_url and <instance>_api_key stand in for absent keys.
        const Value url = value(node, QStringLiteral("base_url"), i.recyclarrName);
        const Value key = value(node, QStringLiteral("api_key"), i.recyclarrName);
        for (const Value &v : {url, key}) {
            if (!v.problem.isEmpty()) {
                problem(v.problem);
                return;
            }
        }
        if (url.missing || key.missing) {
            problem(url.missing ? RecyclarrImport::tr("base_url is missing")
                                : RecyclarrImport::tr("api_key is missing"));
            return;
        }
        QUrl normalised;
        if (const QString bad = InstanceConfig::checkUrl(url.text, &normalised); !bad.isEmpty()) {
            problem(RecyclarrImport::tr("base_url: %1").arg(bad));
            return;
        }
        static const QRegularExpression blank(QStringLiteral("\\s"));
        if (key.text.contains(blank)) {
            problem(RecyclarrImport::tr("api_key must not contain spaces or line breaks"));
            return;
        }
        i.instance.url = normalised;
        i.instance.apiKey = key.text;
    }

    // The value of key in an instance's map, its tag resolved; absent, the implicit secret if there is one.
    Value value(const YAML::Node &node, const QString &key, const QString &instance) const
    {
        const YAML::Node v = node.IsMap() ? node[key.toStdString()] : YAML::Node();
        if (!v || v.IsNull()) {
            const auto implicit = m_secrets.constFind(instance + QLatin1Char('_') + key);
            if (implicit != m_secrets.cend())
                return {*implicit, {}, false};
            return {{}, {}, true};
        }
        if (!v.IsScalar())
            return {{}, RecyclarrImport::tr("%1: expected a single value").arg(key), false};
        const QString tag = QString::fromStdString(v.Tag());
        const QString text = fromYaml(v).trimmed();
        if (tag == QLatin1String("!secret")) {
            const auto secret = m_secrets.constFind(text);
            if (secret != m_secrets.cend())
                return {*secret, {}, false};
            return {{},
                    m_secretsFile.isEmpty()
                        ? RecyclarrImport::tr("%1: the secret \"%2\" is not defined: there is no secrets.yml in %3")
                              .arg(key, text, QDir::toNativeSeparators(m_appDir))
                        : RecyclarrImport::tr("%1: the secret \"%2\" is not in %3")
                              .arg(key, text, QDir::toNativeSeparators(m_secretsFile)),
                    false};
        }
        if (tag == QLatin1String("!env_var")) {
            // "!env_var NAME" or "!env_var NAME default value".
            const qsizetype space = text.indexOf(QRegularExpression(QStringLiteral("\\s")));
            const QString variable = space < 0 ? text : text.left(space);
            const std::optional<QString> fallback =
                space < 0 ? std::nullopt : std::optional<QString>(text.mid(space).trimmed());
            const QString set = m_env.value(variable).trimmed();
            if (!set.isEmpty())
                return {set, {}, false};
            if (fallback)
                return {*fallback, {}, false};
            return {{}, RecyclarrImport::tr("%1: the environment variable %2 is not set").arg(key, variable), false};
        }
        if (tag == QLatin1String("!file")) {
            QFile file(QDir(m_appDir).filePath(text));
            if (!file.open(QIODevice::ReadOnly))
                return {{},
                        RecyclarrImport::tr("%1: cannot read %2: %3")
                            .arg(key, QDir::toNativeSeparators(file.fileName()), file.errorString()),
                        false};
            return {QString::fromUtf8(file.readAll()).trimmed(), {}, false};
        }
        // "?" is a plain scalar, "!" a quoted one; YAML's own tags (!!str) keep the text as it is.
        if (tag.startsWith(QLatin1Char('!')) && tag.size() > 1 && !tag.startsWith(QLatin1String("!!")))
            return {{}, RecyclarrImport::tr("%1: unknown tag %2").arg(key, tag), false};
        return {text, {}, false};
    }

    QString m_appDir;
    QProcessEnvironment m_env;
    QString m_secretsFile;
    QHash<QString, QString> m_secrets;
};

// A name arrscore accepts ([a-z0-9_-], 1 to 64) from Recyclarr's (letters, digits and '_').
QString nameFor(const QString &recyclarrName, InstanceType type)
{
    QString name = recyclarrName.toLower();
    static const QRegularExpression other(QStringLiteral("[^a-z0-9_-]+"));
    name.replace(other, QStringLiteral("-"));
    name = name.left(60);
    return name.isEmpty() ? instanceTypeName(type) : name;
}

// Names a found instance, marks a server already configured (or found twice), and names what is ready
// uniquely: a taken name gets "-2", "-3"… and says why.
void settle(QList<RecyclarrInstance> &found, const QList<InstanceConfig> &existing)
{
    QSet<QString> taken;
    for (const InstanceConfig &e : existing)
        taken.insert(e.name);
    for (qsizetype n = 0; n < found.size(); ++n) {
        RecyclarrInstance &i = found[n];
        const QString wanted = nameFor(i.recyclarrName, i.instance.type);
        i.instance.name = wanted;
        if (i.state != RecyclarrInstance::State::Ready)
            continue;
        const auto same = std::find_if(existing.cbegin(), existing.cend(), [&i](const InstanceConfig &e) {
            return RecyclarrImport::sameServer(e.url, i.instance.url);
        });
        if (same != existing.cend()) {
            i.state = RecyclarrInstance::State::AlreadyConfigured;
            i.note = RecyclarrImport::tr("already configured as \"%1\"").arg(same->name);
            continue;
        }
        const auto earlier = std::find_if(found.cbegin(), found.cbegin() + n, [&i](const RecyclarrInstance &f) {
            return f.state == RecyclarrInstance::State::Ready
                   && RecyclarrImport::sameServer(f.instance.url, i.instance.url);
        });
        if (earlier != found.cbegin() + n) {
            i.state = RecyclarrInstance::State::AlreadyConfigured;
            i.note = RecyclarrImport::tr("the same server as \"%1\" (%2)")
                         .arg(earlier->recyclarrName, earlier->instance.origin);
            continue;
        }
        QString name = wanted;
        for (int suffix = 2; taken.contains(name); ++suffix)
            name = wanted + QLatin1Char('-') + QString::number(suffix);
        if (name != wanted)
            i.note = RecyclarrImport::tr(R"(added as "%1": "%2" is taken)").arg(name, wanted);
        i.instance.name = name;
        taken.insert(name);
    }
}

} // namespace

Result<RecyclarrImport::Found> RecyclarrImport::read(const QString &path, const QList<InstanceConfig> &existing,
                                                     const QProcessEnvironment &env)
{
    const QFileInfo given(path);
    if (!given.exists())
        return Error{ErrorKind::Config,
                     tr("%1 does not exist. Recyclarr keeps recyclarr.yml in its configuration directory, e.g. %2.")
                         .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(defaultPath(env)))};
    // The application directory: the one given, the one of recyclarr.yml, or above configs/.
    QDir appDir = given.isDir() ? QDir(given.absoluteFilePath()) : given.absoluteDir();
    if (!given.isDir() && appDir.dirName() == QLatin1String("configs") && mainFileIn(appDir).isEmpty()
        && !mainFileIn(QDir(appDir.absoluteFilePath(QStringLiteral("..")))).isEmpty())
        appDir.cdUp();
    Found found;
    if (given.isDir()) {
        const QString main = mainFileIn(appDir);
        if (!main.isEmpty())
            found.files << main;
    } else {
        found.files << given.absoluteFilePath();
    }
    // Recyclarr reads every configs/*.yml next to recyclarr.yml too, when it is given the usual layout.
    if (given.isDir() || QFileInfo(given.absoluteFilePath()).fileName().startsWith(QLatin1String("recyclarr."))) {
        const QDir configs(appDir.filePath(QStringLiteral("configs")));
        const QStringList more =
            configs.entryList({QStringLiteral("*.yml"), QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
        for (const QString &name : more)
            found.files << configs.filePath(name);
    }
    if (found.files.isEmpty())
        return Error{
            ErrorKind::Config,
            tr("%1 holds no recyclarr.yml and no configs/*.yml.").arg(QDir::toNativeSeparators(appDir.absolutePath()))};

    Reader reader(appDir.absolutePath(), env);
    if (const Status secrets = reader.readSecrets(); !secrets)
        return secrets.error();
    for (const QString &file : std::as_const(found.files)) {
        if (const Status read = reader.readFile(file, found.instances); !read)
            return read.error();
    }
    settle(found.instances, existing);
    return found;
}

QString RecyclarrImport::defaultPath(const QProcessEnvironment &env)
{
    QStringList dirs;
    if (const QString fromEnv = env.value(QStringLiteral("RECYCLARR_CONFIG_DIR")); !fromEnv.isEmpty())
        dirs << fromEnv;
    const QString platform =
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/recyclarr");
    dirs << platform;
#if defined(Q_OS_MACOS)
    dirs << QDir::homePath() + QStringLiteral("/Library/Application Support/recyclarr");
#elif defined(Q_OS_WIN)
    dirs << env.value(QStringLiteral("APPDATA")) + QStringLiteral("/recyclarr");
#else
    dirs << QStringLiteral("/config"); // Recyclarr's Docker image
#endif
    for (const QString &dir : std::as_const(dirs)) {
        if (const QString main = mainFileIn(QDir(dir)); !main.isEmpty())
            return main;
    }
    return QDir(platform).filePath(QStringLiteral("recyclarr.yml"));
}

QList<InstanceConfig> RecyclarrImport::ready(const Found &found)
{
    QList<InstanceConfig> result;
    for (const RecyclarrInstance &i : found.instances) {
        if (i.state == RecyclarrInstance::State::Ready)
            result << i.instance;
    }
    return result;
}

bool RecyclarrImport::sameServer(const QUrl &a, const QUrl &b)
{
    const auto port = [](const QUrl &u) { return u.port(u.scheme() == QLatin1String("https") ? 443 : 80); };
    const auto path = [](const QUrl &u) {
        QString p = u.path();
        while (p.endsWith(QLatin1Char('/')))
            p.chop(1);
        return p;
    };
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && port(a) == port(b)
           && path(a) == path(b);
}

} // namespace arrscore
