#pragma once

#include <QCoreApplication>

#include "clicontext.h"
#include "storage/database.h"

#include <QCommandLineOption>
#include <QList>
#include <QStringList>

#include <memory>

class QCommandLineParser;

namespace arrscore {

// `arrscore history`, `diff`, `snapshots` and `prune`: what the stored syncs say about the library
// over time, as readable tables or (history, diff, snapshots) JSON.
class HistoryCommands
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::HistoryCommands)

public:
    explicit HistoryCommands(CliContext &context) : m_ctx(context) {}

    // The options these commands read (--item, --title, --from, --to, --keep, --older-than); --instance
    // and --json are the shared ones.
    static QList<QCommandLineOption> options();
    static bool handles(const QString &command);
    int run(const QString &command, const QCommandLineParser &parser, const QStringList &positional);

private:
    int history(const QString &instance, const QString &item, const QString &title, bool json);
    int diff(const QString &instance, const QString &from, const QString &to, bool json);
    int snapshots(const QString &instance, bool json);
    int prune(const QString &instance, const QString &keep, const QString &olderThan);
    // Opens the database (never creating one) and checks that `instance`, when set, has snapshots in it:
    // ExitOk, or the exit code after saying why not.
    int openFor(const QString &instance);

    CliContext &m_ctx;
    std::unique_ptr<Database> m_db;
};

} // namespace arrscore
