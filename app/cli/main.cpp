#include "base/translations.h"
#include "cliapplication.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // English plural forms ("1 file"); the command line's output stays English, for scripts.
    arrscore::Translations::install(QStringLiteral("en"));
    return arrscore::CliApplication().run(app.arguments());
}
