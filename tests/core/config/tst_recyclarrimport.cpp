#include "config/configloader.h"
#include "config/instancestore.h"
#include "config/recyclarrimport.h"
#include "config/secretstore.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace arrscore;
using arrscore::test::fileBytes;
using arrscore::test::writeFileBytes;

namespace {

const QString kRadarrKey = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString kSonarrKey = QStringLiteral("fedcba9876543210fedcba9876543210");

InstanceConfig configured(const QString &name, const QString &url)
{
    InstanceConfig i;
    i.name = name;
    i.url = QUrl(url);
    i.apiKey = QStringLiteral("EXISTINGKEY0123456789");
    return i;
}

const RecyclarrInstance *named(const RecyclarrImport::Found &found, const QString &recyclarrName)
{
    for (const RecyclarrInstance &i : found.instances) {
        if (i.recyclarrName == recyclarrName)
            return &i;
    }
    return nullptr;
}

// Every message of found, for checks that no key or secret value is quoted.
QString allText(const RecyclarrImport::Found &found)
{
    QStringList text;
    for (const RecyclarrInstance &i : found.instances)
        text << i.note << i.instance.origin << i.instance.name << i.instance.displayUrl();
    return text.join(QLatin1Char('\n'));
}

} // namespace

// Reading Recyclarr's recyclarr.yml, configs/*.yml and secrets.yml from real files.
class tst_RecyclarrImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString file(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).removeRecursively();
        QVERIFY(QDir().mkpath(m_dir.path()));
    }

    void secretsEnvironmentAndDefaults()
    {
        writeFileBytes(file(QStringLiteral("secrets.yml")),
                       "radarr_url: http://nas:7878/radarr/\nradarr_key: " + kRadarrKey.toUtf8() + "\n");
        writeFileBytes(file(QStringLiteral("recyclarr.yml")),
                       "radarr:\n"
                       "  Movies_4K:\n"
                       "    base_url: !secret radarr_url\n"
                       "    api_key: !secret radarr_key\n"
                       "    quality_definition:\n      type: movie\n"
                       "sonarr:\n"
                       "  series:\n"
                       "    base_url: !env_var SONARR_URL http://localhost:8989\n"
                       "    api_key: !env_var SONARR_KEY\n");
        QProcessEnvironment env;
        env.insert(QStringLiteral("SONARR_KEY"), kSonarrKey);
        const Result<RecyclarrImport::Found> found = RecyclarrImport::read(m_dir.path(), {}, env);
        QVERIFY2(found, qPrintable(found.error().message));
        QCOMPARE(found->files, QStringList{file(QStringLiteral("recyclarr.yml"))});
        QCOMPARE(found->instances.size(), 2);

        const RecyclarrInstance &movies = found->instances[0];
        QCOMPARE(movies.recyclarrName, QStringLiteral("Movies_4K"));
        QCOMPARE(movies.state, RecyclarrInstance::State::Ready);
        QCOMPARE(movies.instance.name, QStringLiteral("movies_4k")); // arrscore names are lower case
        QCOMPARE(movies.instance.type, InstanceType::Radarr);
        QCOMPARE(movies.instance.url, QUrl(QStringLiteral("http://nas:7878/radarr")));
        QCOMPARE(movies.instance.apiKey, kRadarrKey);
        QCOMPARE(movies.instance.origin, QStringLiteral("recyclarr.yml:2"));

        const RecyclarrInstance &series = found->instances[1];
        QCOMPARE(series.state, RecyclarrInstance::State::Ready);
        QCOMPARE(series.instance.type, InstanceType::Sonarr);
        // The default after the variable's name, since SONARR_URL is not set.
        QCOMPARE(series.instance.url, QUrl(QStringLiteral("http://localhost:8989")));
        QCOMPARE(series.instance.apiKey, kSonarrKey);

        // A set variable wins over the default.
        env.insert(QStringLiteral("SONARR_URL"), QStringLiteral("https://sonarr.example"));
        const Result<RecyclarrImport::Found> again = RecyclarrImport::read(m_dir.path(), {}, env);
        QVERIFY(again);
        QCOMPARE(again->instances[1].instance.url, QUrl(QStringLiteral("https://sonarr.example")));
        QCOMPARE(RecyclarrImport::ready(*again).size(), 2);
    }

    void implicitSecretsFileTagAndConfigsDirectory()
    {
        // <instance>_base_url / <instance>_api_key stand in for absent keys; !file reads a key file.
        writeFileBytes(file(QStringLiteral("secrets.yml")),
                       "anime_base_url: http://anime:8989\nanime_api_key: " + kSonarrKey.toUtf8() + "\n");
        writeFileBytes(file(QStringLiteral("radarr.key")), kRadarrKey.toUtf8() + "\n");
        writeFileBytes(file(QStringLiteral("recyclarr.yml")), "radarr:\n  movies:\n    base_url: http://radarr:7878\n"
                                                              "    api_key: !file radarr.key\n");
        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("configs")));
        writeFileBytes(file(QStringLiteral("configs/anime.yml")),
                       "sonarr:\n  anime:\n    delete_old_custom_formats: true\n");

        // Given any file of the layout, or the directory, the whole layout is read.
        for (const QString &path : {m_dir.path(), file(QStringLiteral("recyclarr.yml"))}) {
            const Result<RecyclarrImport::Found> found = RecyclarrImport::read(path, {}, {});
            QVERIFY2(found, qPrintable(found.error().message));
            QCOMPARE(found->files.size(), 2);
            QCOMPARE(found->instances.size(), 2);
            QCOMPARE(found->instances[0].instance.apiKey, kRadarrKey);
            const RecyclarrInstance *anime = named(*found, QStringLiteral("anime"));
            QVERIFY(anime);
            QCOMPARE(anime->state, RecyclarrInstance::State::Ready);
            QCOMPARE(anime->instance.url, QUrl(QStringLiteral("http://anime:8989")));
            QCOMPARE(anime->instance.apiKey, kSonarrKey);
            QCOMPARE(anime->instance.origin, QStringLiteral("anime.yml:2"));
        }
        // A file of configs/ alone is read with the secrets of the directory above it.
        const Result<RecyclarrImport::Found> one =
            RecyclarrImport::read(file(QStringLiteral("configs/anime.yml")), {}, {});
        QVERIFY2(one, qPrintable(one.error().message));
        QCOMPARE(one->instances.size(), 1);
        QCOMPARE(one->instances[0].instance.apiKey, kSonarrKey);
    }

    void missingValuesKeepOnlyThatInstanceOut()
    {
        writeFileBytes(file(QStringLiteral("secrets.yml")), "known: " + kRadarrKey.toUtf8() + "\n");
        writeFileBytes(file(QStringLiteral("recyclarr.yml")),
                       "radarr:\n"
                       "  nosecret:\n    base_url: http://a:7878\n    api_key: !secret radarr_apikey\n"
                       "  noenv:\n    base_url: http://b:7878\n    api_key: !env_var RADARR_KEY_UNSET\n"
                       "  nokey:\n    base_url: http://c:7878\n"
                       "  badurl:\n    base_url: ftp://d\n    api_key: !secret known\n"
                       "  oddtag:\n    base_url: http://e:7878\n    api_key: !vault x\n"
                       "  good:\n    base_url: http://f:7878\n    api_key: !secret known\n");
        const Result<RecyclarrImport::Found> found = RecyclarrImport::read(m_dir.path(), {}, {});
        QVERIFY2(found, qPrintable(found.error().message));
        QCOMPARE(found->instances.size(), 6);
        const auto problem = [&found](const QString &name) {
            const RecyclarrInstance *i = named(*found, name);
            return i && i->state == RecyclarrInstance::State::Problem ? i->note : QString();
        };
        // The secret is named, with the file it is missing from; no value is quoted.
        QVERIFY2(problem(QStringLiteral("nosecret")).contains(QStringLiteral("\"radarr_apikey\"")),
                 qPrintable(problem(QStringLiteral("nosecret"))));
        QVERIFY(problem(QStringLiteral("nosecret")).contains(file(QStringLiteral("secrets.yml"))));
        QVERIFY(problem(QStringLiteral("noenv")).contains(QStringLiteral("RADARR_KEY_UNSET")));
        QCOMPARE(problem(QStringLiteral("nokey")), QStringLiteral("api_key is missing"));
        QVERIFY(problem(QStringLiteral("badurl")).startsWith(QStringLiteral("base_url: expected an http")));
        QVERIFY(problem(QStringLiteral("oddtag")).contains(QStringLiteral("!vault")));
        QCOMPARE(named(*found, QStringLiteral("good"))->state, RecyclarrInstance::State::Ready);
        QCOMPARE(RecyclarrImport::ready(*found).size(), 1);
        QVERIFY(!allText(*found).contains(kRadarrKey));
    }

    void secretWithoutSecretsFile()
    {
        writeFileBytes(file(QStringLiteral("recyclarr.yml")),
                       "sonarr:\n  tv:\n    base_url: http://tv:8989\n    api_key: !secret tv_key\n");
        const Result<RecyclarrImport::Found> found = RecyclarrImport::read(m_dir.path(), {}, {});
        QVERIFY(found);
        QCOMPARE(found->instances[0].state, RecyclarrInstance::State::Problem);
        QVERIFY2(found->instances[0].note.contains(QStringLiteral("\"tv_key\""))
                     && found->instances[0].note.contains(QStringLiteral("no secrets.yml")),
                 qPrintable(found->instances[0].note));
    }

    void malformedFilesAreErrors_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("expected");
        QTest::newRow("syntax") << QStringLiteral("recyclarr.yml")
                                << QByteArray("radarr:\n  movies:\n    base_url: [http://a\n    api_key: "
                                              + kRadarrKey.toUtf8() + "\n")
                                << QStringLiteral("invalid YAML");
        QTest::newRow("not a map") << QStringLiteral("recyclarr.yml") << QByteArray("- radarr\n- sonarr\n")
                                   << QStringLiteral("recyclarr.yml:1: expected the sections radarr: and sonarr:");
        QTest::newRow("section a list") << QStringLiteral("recyclarr.yml") << QByteArray("radarr:\n  - movies\n")
                                        << QStringLiteral("recyclarr.yml:2: radarr: expected instance names");
        QTest::newRow("secrets") << QStringLiteral("secrets.yml")
                                 << QByteArray("key: " + kRadarrKey.toUtf8() + "\nother: [unclosed\n")
                                 << QStringLiteral("secrets.yml");
    }

    void malformedFilesAreErrors()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, yaml);
        QFETCH(QString, expected);
        if (name != QLatin1String("recyclarr.yml"))
            writeFileBytes(file(QStringLiteral("recyclarr.yml")),
                           "radarr:\n  movies:\n    base_url: http://a:7878\n    api_key: !secret key\n");
        writeFileBytes(file(name), yaml);
        const Result<RecyclarrImport::Found> found = RecyclarrImport::read(m_dir.path(), {}, {});
        QVERIFY(!found);
        QCOMPARE(found.error().kind, ErrorKind::Config);
        QVERIFY2(found.error().message.contains(expected), qPrintable(found.error().message));
        QVERIFY(found.error().message.contains(file(name)));
        QVERIFY(!found.error().message.contains(kRadarrKey));
    }

    void missingPathsAreErrors()
    {
        const Result<RecyclarrImport::Found> none = RecyclarrImport::read(file(QStringLiteral("nope.yml")), {}, {});
        QVERIFY(!none);
        QVERIFY2(none.error().message.contains(QStringLiteral("does not exist")), qPrintable(none.error().message));
        const Result<RecyclarrImport::Found> empty = RecyclarrImport::read(m_dir.path(), {}, {});
        QVERIFY(!empty);
        QVERIFY2(empty.error().message.contains(QStringLiteral("no recyclarr.yml")), qPrintable(empty.error().message));
    }

    void takenNamesAndKnownServers()
    {
        writeFileBytes(file(QStringLiteral("recyclarr.yml")),
                       "radarr:\n"
                       "  radarr:\n    base_url: http://new:7878\n    api_key: "
                           + kRadarrKey.toUtf8()
                           + "\n"
                             "  movies:\n    base_url: HTTP://Nas:80/radarr/\n    api_key: "
                           + kRadarrKey.toUtf8()
                           + "\n"
                             "  again:\n    base_url: http://new:7878\n    api_key: "
                           + kRadarrKey.toUtf8()
                           + "\n"
                             "sonarr:\n"
                             "  radarr_2:\n    base_url: http://tv:8989\n    api_key: "
                           + kSonarrKey.toUtf8()
                           + "\n"
                             "  RADARR:\n    base_url: http://tv2:8989\n    api_key: "
                           + kSonarrKey.toUtf8() + "\n");
        const QList<InstanceConfig> existing = {configured(QStringLiteral("radarr"), QStringLiteral("http://old:7878")),
                                                configured(QStringLiteral("nas"), QStringLiteral("http://nas/radarr"))};
        const Result<RecyclarrImport::Found> found = RecyclarrImport::read(m_dir.path(), existing, {});
        QVERIFY2(found, qPrintable(found.error().message));
        QCOMPARE(found->instances.size(), 5);

        // A taken name gets a suffix and says so.
        const RecyclarrInstance &first = found->instances[0];
        QCOMPARE(first.state, RecyclarrInstance::State::Ready);
        QCOMPARE(first.instance.name, QStringLiteral("radarr-2"));
        QCOMPARE(first.note, QStringLiteral("added as \"radarr-2\": \"radarr\" is taken"));
        // The same server (scheme and host in any case, the default port, a trailing slash) is skipped.
        QCOMPARE(found->instances[1].state, RecyclarrInstance::State::AlreadyConfigured);
        QCOMPARE(found->instances[1].note, QStringLiteral("already configured as \"nas\""));
        // Found twice in Recyclarr's files: the first one is added.
        QCOMPARE(found->instances[2].state, RecyclarrInstance::State::AlreadyConfigured);
        QVERIFY2(found->instances[2].note.contains(QStringLiteral("\"radarr\" (recyclarr.yml:2)")),
                 qPrintable(found->instances[2].note));
        // Names stay unique among those added too.
        QCOMPARE(found->instances[3].instance.name, QStringLiteral("radarr_2"));
        QCOMPARE(found->instances[4].instance.name, QStringLiteral("radarr-3"));
        QCOMPARE(RecyclarrImport::ready(*found).size(), 3);
    }

    void sameServer()
    {
        const auto same = [](const char *a, const char *b) {
            return RecyclarrImport::sameServer(QUrl(QString::fromLatin1(a)), QUrl(QString::fromLatin1(b)));
        };
        QVERIFY(same("https://a", "https://A:443/"));
        QVERIFY(!same("http://a:7878", "https://a:7878"));
        QVERIFY(!same("http://a:7878/radarr", "http://a:7878"));
        QVERIFY(!same("http://a:7878", "http://a:7879"));
    }

    void defaultPathPrefersRecyclarrsOwnVariable()
    {
        QTemporaryDir other;
        writeFileBytes(other.filePath(QStringLiteral("recyclarr.yaml")), "radarr:\n");
        QProcessEnvironment env;
        env.insert(QStringLiteral("RECYCLARR_CONFIG_DIR"), other.path());
        QCOMPARE(RecyclarrImport::defaultPath(env), other.filePath(QStringLiteral("recyclarr.yaml")));
        // Without one anywhere: where Recyclarr would keep it in the platform's configuration directory.
        QVERIFY(RecyclarrImport::defaultPath({}).endsWith(QStringLiteral("recyclarr/recyclarr.yml")));
    }

    void addedInstancesAreSavedOneAfterTheOther()
    {
        // Names of this run only, since a keychain on this machine holds them until they are removed.
        const QString movies = QStringLiteral("tst_recyclarr_%1_movies").arg(QCoreApplication::applicationPid());
        const QString tv = QStringLiteral("tst_recyclarr_%1_tv").arg(QCoreApplication::applicationPid());
        writeFileBytes(file(QStringLiteral("recyclarr.yml")),
                       QStringLiteral("radarr:\n  %1:\n    base_url: http://m:7878\n    api_key: %2\n"
                                      "sonarr:\n  %3:\n    base_url: http://t:8989\n    api_key: %4\n")
                           .arg(movies, kRadarrKey, tv, kSonarrKey)
                           .toUtf8());
        const QString configPath = file(QStringLiteral("arrscore.yaml"));
        writeFileBytes(configPath, "database: " + file(QStringLiteral("a.db")).toUtf8() + "\ninstances: []\n");
        Result<AppConfig> config = ConfigLoader::load(configPath);
        QVERIFY2(config, qPrintable(config.error().message));
        const Result<RecyclarrImport::Found> found = RecyclarrImport::read(m_dir.path(), config->instances, {});
        QVERIFY(found);

        SecretStore secrets;
        std::optional<QList<InstanceStore::Saved>> saved;
        InstanceStore(configPath, &secrets)
            .addAll(RecyclarrImport::ready(*found), *config,
                    [&saved](const QList<InstanceStore::Saved> &all) { saved = all; });
        QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), 60000);
        QCOMPARE(saved->size(), 2);
        QVERIFY2(saved->last().written && saved->last().reloaded, qPrintable(saved->last().written.error().message));
        const AppConfig &now = saved->last().config;
        QCOMPARE(now.instances.size(), 2);
        QCOMPARE(now.instance(movies)->apiKey, kRadarrKey);
        QCOMPARE(now.instance(tv)->apiKey, kSonarrKey);
        QCOMPARE(now.instance(tv)->type, InstanceType::Sonarr);
        QCOMPARE(now.instance(tv)->url, QUrl(QStringLiteral("http://t:8989")));
        // Read again from the file: both are there, their keys in the keychain or, without one, the file.
        const Result<AppConfig> reread = ConfigLoader::load(configPath);
        QVERIFY(reread);
        QCOMPARE(reread->instances.size(), 2);
        const bool keychain = !saved->first().keyInFile.isError();
        QCOMPARE(fileBytes(configPath).contains(kRadarrKey.toUtf8()), !keychain);
        if (keychain) {
            int removed = 0;
            for (const QString &name : {movies, tv})
                secrets.removeKey(name, [&removed](const Status &) { ++removed; });
            QTRY_COMPARE(removed, 2);
        }
    }

    void addingNothingAnswersAtOnce()
    {
        bool done = false;
        InstanceStore(file(QStringLiteral("arrscore.yaml")), nullptr)
            .addAll({}, {}, [&done](const QList<InstanceStore::Saved> &all) { done = all.isEmpty(); });
        QVERIFY(done);
        QVERIFY(!QFileInfo::exists(file(QStringLiteral("arrscore.yaml"))));
    }
};

QTEST_GUILESS_MAIN(tst_RecyclarrImport)
#include "tst_recyclarrimport.moc"
