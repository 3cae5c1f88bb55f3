// Help ▸ About, opened from the real main window: the app's name, version, commit and licence, and each
// library with its licence and the version in use.

#include "aboutdialog.h"
#include "base/buildinfo.h"
#include "mainwindow.h"
#include "problemreportdialog.h"

#include <QAction>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QtTest>

#include <sqlite3.h>

using namespace arrscore;

class tst_AboutDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void aboutNamesTheAppAndEveryLicence();
    void problemReportHasVersionsAndNoSecrets();
};

void tst_AboutDialog::aboutNamesTheAppAndEveryLicence()
{
    AppConfig config;
    MainWindow window(config);
    window.show();
    auto *about = window.findChild<QAction *>(QStringLiteral("aboutAction"));
    QVERIFY(about);
    about->trigger();
    AboutDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<AboutDialog *>()) != nullptr && dialog->isVisible());

    const QString summary = dialog->summaryText();
    QVERIFY2(summary.contains(QLatin1String("Arr Score Exporter")), qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral(ARRSCORE_VERSION)));
    QVERIFY(summary.contains(QLatin1String("Commit ") + BuildInfo::gitCommit()));
    QVERIFY(summary.contains(QLatin1String("GPL-3.0-or-later")));
    QVERIFY(summary.contains(QString::fromLatin1(qVersion())));
    QVERIFY2(summary.contains(QLatin1String("href=\"" ARRSCORE_HOMEPAGE_URL "\"")), qPrintable(summary));
    const auto *icon = dialog->findChild<QLabel *>(QStringLiteral("aboutIcon"));
    QVERIFY(icon && !icon->pixmap().isNull());

    const QString components = dialog->componentsText();
    for (const char *expected : {"Qt", "LGPL-3.0", "yaml-cpp", "MIT", "QtKeychain", "BSD-3-Clause", "SQLite",
                                 "Public domain", "libpq", "PostgreSQL License"})
        QVERIFY2(components.contains(QLatin1String(expected)),
                 qPrintable(QLatin1String(expected) + QStringLiteral(" missing in:\n") + components));
    // The runtime versions, where the library tells them.
    QVERIFY(components.contains(QString::fromLatin1(sqlite3_libversion())));
    QVERIFY(components.contains(QString::fromLatin1(qVersion())));

    // The licence's full text.
    auto *licence = dialog->findChild<QPlainTextEdit *>(QStringLiteral("licenceText"));
    QVERIFY(licence);
    QVERIFY(licence->toPlainText().contains(QLatin1String("GNU GENERAL PUBLIC LICENSE")));
    QVERIFY(licence->toPlainText().contains(QLatin1String("Version 3, 29 June 2007")));

    // Asking again brings the open one forward instead of a second box.
    about->trigger();
    QCOMPARE(window.findChildren<AboutDialog *>().size(), 1);
}

void tst_AboutDialog::problemReportHasVersionsAndNoSecrets()
{
    LibrarySnapshot radarr;
    radarr.instance = {QStringLiteral("nas-movies"), InstanceType::Radarr,
                       QStringLiteral("http://nas.home.example:7878/radarr"), QStringLiteral("Radarr"),
                       QStringLiteral("5.14.0.9383")};
    radarr.files.resize(3);
    LibrarySnapshot sonarr;
    sonarr.instance = {QStringLiteral("shows"), InstanceType::Sonarr, QStringLiteral("https://tv.example.org"),
                       QStringLiteral("Sonarr"), QStringLiteral("4.0.9.2244")};
    const QString text = ProblemReportDialog::reportText(
        QStringLiteral("postgresql://alice:s3cret@db.example.org/arrscore"), {radarr, sonarr});
    QVERIFY(text.contains(QLatin1String("Radarr 5.14.0.9383, 3 files")));
    QVERIFY(text.contains(QLatin1String("Sonarr 4.0.9.2244")));
    QVERIFY(text.contains(QLatin1String("PostgreSQL")));
    QVERIFY(text.contains(QStringLiteral(ARRSCORE_VERSION)));
    QVERIFY(text.contains(QString::fromLatin1(qVersion())));
    for (const char *secret : {"nas-movies", "nas.home", "7878", "tv.example", "alice", "s3cret", "db.example"})
        QVERIFY2(!text.contains(QLatin1String(secret)), secret);
    QVERIFY(!ProblemReportDialog::reportText(QStringLiteral("/home/alice/arrscore.db"), {})
                 .contains(QLatin1String("alice")));

    // The address for the browser carries exactly that text.
    const QUrl url = ProblemReportDialog::newIssueUrl(text);
    QVERIFY2(url.toString().startsWith(QLatin1String(ARRSCORE_HOMEPAGE_URL "/issues/new?body=")),
             qPrintable(url.toString()));
    QCOMPARE(
        QUrl::fromPercentEncoding(QUrlQuery(url).queryItemValue(QStringLiteral("body"), QUrl::FullyEncoded).toUtf8()),
        text);
}

QTEST_MAIN(tst_AboutDialog)
#include "tst_aboutdialog.moc"
