#include "clicontext.h"

#include "storage/database.h"

#include <QFileInfo>

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

} // namespace arrscore
