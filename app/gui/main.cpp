#include "base/translations.h"
#include "config/configloader.h"
#include "mainwindow.h"
#include "theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("arrscore"));
    QApplication::setApplicationDisplayName(QStringLiteral("Arr Score Exporter"));
    QApplication::setApplicationVersion(QStringLiteral(ARRSCORE_VERSION));
    QApplication::setOrganizationName(QStringLiteral("arrscore"));
    QApplication::setDesktopFileName(QStringLiteral("arrscore-gui"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/arrscore.png")));
    // Before any widget exists: the language is read once per start, the theme can change later too.
    arrscore::Translations::install(QSettings().value(arrscore::Translations::settingsKey()).toString());
    arrscore::Theme::apply(arrscore::Theme::fromSettings());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Custom format scores of your Radarr and Sonarr libraries."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOption(
        QStringLiteral("config"), QApplication::translate("main", "The configuration file."), QStringLiteral("FILE"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QApplication::translate("main", "Start with the demo library."));
    parser.addOptions({configOption, demoOption});
    parser.process(app);

    arrscore::Result<arrscore::AppConfig> config = arrscore::ConfigLoader::load(parser.value(configOption));
    if (!config) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Configuration error"), config.error().message);
        return 2;
    }
    arrscore::MainWindow window(config.value());
    window.show();
    if (parser.isSet(demoOption))
        QTimer::singleShot(0, &window, &arrscore::MainWindow::startDemo);
    return QApplication::exec();
}
