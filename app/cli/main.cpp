#include "base/translations.h"
#include "cliapplication.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The system's language and formats (LANGUAGE, LC_ALL, LC_MESSAGES, LANG); scripts read --json or
    // CSV, which stay locale-free, or run it with LC_ALL=C for English text.
    arrscore::Translations::install(QString());
    return arrscore::CliApplication().run(app.arguments());
}
