// The real arrscore binary's `instances import recyclarr` against simulators in this process: Recyclarr's
// recyclarr.yml with a secret and an environment variable, the confirmation, --dry-run, and the instances
// added then syncing.
#include "clitestfixture.h"
#include "config/config.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace arrscore;
using namespace arrscore::test;

class tst_CliInstances : public CliTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void importFromRecyclarr();
    void importErrors();

private:
    // No session bus: the keychain is refused at once and the key goes to the file, wherever this runs.
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = m_cli->home.environment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=") + m_cli->home.file(QStringLiteral("no-bus")));
        return env;
    }
    CliResult run(const QStringList &arguments) { return m_cli->run(arguments, environment()); }
};

void tst_CliInstances::importFromRecyclarr()
{
    auto radarr = startSim(radarrLibrary(QStringLiteral("5.14.0.9383"), 12));
    auto sonarr = startSim(sonarrLibrary(QStringLiteral("4.0.9.2244"), 3, 2));
    m_cli->writeConfig(instanceYaml(QStringLiteral("movies"), QStringLiteral("radarr"),
                                    QStringLiteral("http://127.0.0.1:%1").arg(unusedPort())));
    // Recyclarr's directory lies outside the home, whose files are searched for the key.
    QTemporaryDir recyclarr;
    writeFileBytes(recyclarr.filePath(QStringLiteral("secrets.yml")), "radarr_key: " + secretKey().toUtf8() + "\n");
    writeFileBytes(recyclarr.filePath(QStringLiteral("recyclarr.yml")),
                   QStringLiteral("radarr:\n"
                                  "  movies:\n    base_url: %1\n    api_key: !secret radarr_key\n"
                                  "sonarr:\n"
                                  "  series:\n    base_url: !env_var TST_SONARR_URL %2\n"
                                  "    api_key: !env_var TST_SONARR_KEY\n"
                                  "  broken:\n    base_url: http://127.0.0.1:1\n    api_key: !secret nowhere\n")
                       .arg(radarr->baseUrl().toString(), sonarr->baseUrl().toString())
                       .toUtf8());
    const QStringList import = {QStringLiteral("instances"), QStringLiteral("import"), QStringLiteral("recyclarr"),
                                recyclarr.filePath(QStringLiteral("recyclarr.yml"))};
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("TST_SONARR_KEY"), secretKey());

    // --dry-run lists what would be added, the key masked, and writes nothing.
    const QByteArray before = fileBytes(m_cli->home.configPath());
    CliResult r = m_cli->run(import + QStringList{QStringLiteral("--dry-run")}, env);
    CHECK_EXIT(r, 3); // "broken" cannot be added
    QVERIFY2(r.out.contains(QStringLiteral("  movies-2  radarr  ") + radarr->baseUrl().toString()), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("added as \"movies-2\": \"movies\" is taken")));
    QVERIFY(r.out.contains(QStringLiteral("  series  sonarr  ") + sonarr->baseUrl().toString()));
    QVERIFY(r.out.contains(QStringLiteral("api key: ") + InstanceConfig::maskSecret(secretKey())));
    QVERIFY2(r.out.contains(QStringLiteral("cannot be added: api_key: the secret \"nowhere\" is not in ")),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("--dry-run: 2 instances would be added to ")));
    QCOMPARE(fileBytes(m_cli->home.configPath()), before);

    // Without a terminal to ask and without --yes, nothing is added.
    r = m_cli->run(import, env);
    CHECK_EXIT(r, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Nothing was added: run it again with --yes")), qPrintable(r.err));
    QCOMPARE(fileBytes(m_cli->home.configPath()), before);

    r = m_cli->run(import + QStringList{QStringLiteral("--yes")}, env);
    CHECK_EXIT(r, 3);
    QVERIFY2(r.out.contains(QStringLiteral("Added \"movies-2\"; its key is in ")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("Added \"series\"; its key is in ")));

    // They are configured and answer: the test reaches both simulators with the imported keys.
    r = run({QStringLiteral("test"), QStringLiteral("movies-2"), QStringLiteral("series")});
    CHECK_EXIT(r, 0);
    QVERIFY2(lineOf(r.out, QStringLiteral("movies-2")).startsWith(QStringLiteral("movies-2: OK — Radarr")),
             qPrintable(r.out));
    QVERIFY(lineOf(r.out, QStringLiteral("series")).startsWith(QStringLiteral("series: OK — Sonarr")));

    // Importing again adds nothing: every server is configured already.
    r = m_cli->run(import + QStringList{QStringLiteral("--yes")}, env);
    CHECK_EXIT(r, 1); // nothing to add, and "broken" still cannot be
    QVERIFY2(r.out.contains(QStringLiteral("skipped: already configured as \"movies-2\"")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("skipped: already configured as \"series\"")));
    QVERIFY(r.out.contains(QStringLiteral("Nothing to add.")));
}

void tst_CliInstances::importErrors()
{
    m_cli->writeConfig(QString());
    const QByteArray before = fileBytes(m_cli->home.configPath());
    QTemporaryDir recyclarr;
    const QString path = recyclarr.filePath(QStringLiteral("recyclarr.yml"));
    writeFileBytes(path, "radarr:\n  movies:\n    base_url: [http://a\n    api_key: " + secretKey().toUtf8() + "\n");
    CliResult r = run({QStringLiteral("instances"), QStringLiteral("import"), QStringLiteral("recyclarr"), path,
                       QStringLiteral("--yes")});
    CHECK_EXIT(r, 2);
    QVERIFY2(r.err.contains(path + QStringLiteral(":4: invalid YAML")), qPrintable(r.err));
    QCOMPARE(fileBytes(m_cli->home.configPath()), before);

    r = run({QStringLiteral("instances"), QStringLiteral("import"), QStringLiteral("recyclarr"),
             recyclarr.filePath(QStringLiteral("missing.yml"))});
    CHECK_EXIT(r, 2);
    QVERIFY(r.err.contains(QStringLiteral("missing.yml does not exist")));

    r = run({QStringLiteral("instances"), QStringLiteral("import"), QStringLiteral("sonarr")});
    CHECK_EXIT(r, 2);
    QVERIFY(r.err.contains(QStringLiteral("Usage: arrscore instances [import recyclarr")));
}

QTEST_MAIN(tst_CliInstances)
#include "tst_cli_instances.moc"
