#include "clicontext.h"

#include "storage/database.h"

#include <QFileInfo>
#include <QJsonDocument>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace arrscore {

bool CliContext::hasDatabase() const
{
    return config.databaseIsPostgres() || QFileInfo::exists(config.database);
}

std::unique_ptr<Database> CliContext::openDatabase(bool mayCreate) const
{
    if (!mayCreate && !hasDatabase()) {
        err << tr("Nothing is stored yet: %1 does not exist. Run \"arrscore sync\" first.")
                   .arg(config.displayDatabase())
            << '\n';
        return nullptr;
    }
    Result<std::unique_ptr<Database>> db = Database::open(config.database);
    if (!db) {
        err << db.error().message << '\n';
        return nullptr;
    }
    return std::move(db).value();
}

void CliContext::writeJson(const QJsonObject &object) const
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

bool CliContext::confirm(const QString &question, const QString &withoutTerminal) const
{
#ifdef Q_OS_UNIX
    const bool stdinIsTerminal = ::isatty(fileno(stdin)) == 1;
#else
    const bool stdinIsTerminal = false;
#endif
    if (!stdinIsTerminal) {
        err << withoutTerminal << '\n';
        err.flush();
        return false;
    }
    err << question << QStringLiteral(" [y/N] ");
    err.flush();
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    // The translated "yes" counts as well as the English one.
    return answer == QLatin1String("y") || answer == QLatin1String("yes") || answer == tr("y") || answer == tr("yes");
}

} // namespace arrscore
