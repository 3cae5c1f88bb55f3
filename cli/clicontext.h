#pragma once

#include "config/config.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <QProcessEnvironment>
#include <QTextStream>

#include <memory>

namespace arrscore {

class Database;

// Exit codes of arrscore, documented in README.md.
enum ExitCode {
    ExitOk = 0,
    ExitFailed = 1,
    ExitUsage = 2,   // bad arguments or configuration
    ExitPartial = 3, // some instances failed, others did not
    ExitCancelled = 130,
};

// What every command needs: the configuration, where to write, and whether a person is watching.
struct CliContext
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::CliContext)

public:
    // The configured database, for a command that reads what earlier syncs stored: unless mayCreate, a
    // missing SQLite file is "nothing stored yet", never a new empty database. Null after saying why on err.
    std::unique_ptr<Database> openDatabase(bool mayCreate = false) const;
    // Whether earlier syncs can have stored anything: a PostgreSQL URL, or a SQLite file that exists.
    bool hasDatabase() const;
    // Asks `question` on the terminal and reads a yes or no from stdin. When stdin is not a terminal no one can
    // answer: false after printing `withoutTerminal` (what was not done and how to do it anyway, e.g. --yes).
    bool confirm(const QString &question, const QString &withoutTerminal) const;
    // A command's --json answer on `out`: the object, indented.
    void writeJson(const QJsonObject &object) const;

    AppConfig config;
    QTextStream &out;
    QTextStream &err;
    bool interactive = false; // stderr is a terminal: draw progress bars
    bool quiet = false;
};

} // namespace arrscore
