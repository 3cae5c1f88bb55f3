#include "base/buildinfo.h"
#include "base/translations.h"
#include "config/configloader.h"
#include "mainwindow.h"
#include "theme.h"

#include <QApplication>
#include <QByteArray>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QSize>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace {

// The command line of the app; built the same way whether a window follows or only text is printed.
struct CommandLine
{
    QCommandLineParser parser;
    const QCommandLineOption version{{QStringLiteral("v"), QStringLiteral("version")},
                                     QApplication::translate("main", "Displays version information.")};
    const QCommandLineOption config{QStringLiteral("config"),
                                    QApplication::translate("main", "The configuration file."), QStringLiteral("FILE")};
    const QCommandLineOption demo{QStringLiteral("demo"),
                                  QApplication::translate("main", "Start with the demo library.")};

    CommandLine()
    {
        parser.setApplicationDescription(
            QApplication::translate("main", "Custom format scores of your Radarr and Sonarr libraries."));
        parser.addHelpOption();
        parser.addOptions({version, config, demo});
    }
};

// Name and organisation before any application object, so QSettings finds the language setting in both paths.
void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("arrscore"));
    QCoreApplication::setOrganizationName(QStringLiteral("arrscore"));
    QCoreApplication::setApplicationVersion(arrscore::BuildInfo::version());
}

// The icon compiled in, one file per size: each is drawn on whole pixels (packaging/render-icons.sh).
QIcon builtInIcon()
{
    QIcon icon;
    for (const int size : {16, 32, 48, 64, 128, 256, 512})
        icon.addFile(QStringLiteral(":/icons/arrscore-%1.png").arg(size), QSize(size, size));
    return icon;
}

void installLanguage()
{
    arrscore::Translations::install(QSettings().value(arrscore::Translations::settingsKey()).toString());
}

// --help and --version only print, so they are answered without a display: over SSH, and when the build runs
// help2man for the man page. QApplication would abort there for want of a platform.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--")
            return false;
        if (argument == "--config") {
            ++i; // its value, even one spelled like an option
            continue;
        }
        if (argument == "-h" || argument == "--help" || argument == "--help-all" || argument == "-v"
            || argument == "--version")
            return true;
    }
    return false;
}

int printInformation(int argc, char *argv[])
{
    const QCoreApplication app(argc, argv);
    installLanguage();
    CommandLine commandLine;
    commandLine.parser.process(app); // prints the help or a usage error, and exits
    if (!commandLine.parser.isSet(commandLine.version))
        commandLine.parser.showHelp(0);
    QTextStream(stdout) << arrscore::BuildInfo::versionText(QStringLiteral("arrscore-gui"));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    setIdentity();
    if (onlyPrints(argc, argv))
        return printInformation(argc, argv);

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Arr Score Exporter"));
    // Desktop environments match the window to its .desktop file (and so its icon and name) by this id.
    QApplication::setDesktopFileName(arrscore::BuildInfo::applicationId());
    // The installed icon theme's when there is one (it follows the theme), else the one built in.
    QApplication::setWindowIcon(QIcon::fromTheme(arrscore::BuildInfo::applicationId(), builtInIcon()));
    // Before any widget exists: the language is read once per start, the theme can change later too.
    installLanguage();
    arrscore::Theme::apply(arrscore::Theme::fromSettings());

    CommandLine commandLine;
    commandLine.parser.process(app);

    arrscore::Result<arrscore::AppConfig> config =
        arrscore::ConfigLoader::load(commandLine.parser.value(commandLine.config));
    if (!config) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Configuration error"), config.error().message);
        return 2;
    }
    arrscore::MainWindow window(config.value());
    window.showAtStart();
    if (commandLine.parser.isSet(commandLine.demo))
        QTimer::singleShot(0, &window, &arrscore::MainWindow::startDemo);
    return QApplication::exec();
}
