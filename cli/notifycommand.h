#pragma once

#include <QCoreApplication>

#include "clicontext.h"
#include "sync/syncsession.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QStringList>

namespace arrscore {

struct DeliveryResult;
struct SyncSummary;

// `arrscore sync --notify --report PATH` after the snapshots are stored, and `arrscore notify --test [NAME]`:
// builds the summary, sends it to the configured targets and says per target what became of it.
class NotifyCommand
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::NotifyCommand)

public:
    explicit NotifyCommand(CliContext &context) : m_ctx(context) {}

    static QList<QCommandLineOption> options(); // --notify, --report PATH, --test

    // Before a sync: --notify without targets, or a --report whose folder does not exist, is a usage error
    // said before any server is asked. ExitOk when the sync may start.
    int checkBeforeSync(const QCommandLineParser &parser) const;
    // After a sync that ended with exitCode: writes the report and notifies as asked. A failed report or
    // delivery turns ExitOk into ExitPartial (the snapshots are stored); other codes stay.
    int afterSync(const QCommandLineParser &parser, const QList<SyncSession::Outcome> &outcomes, int exitCode);
    // `arrscore notify --test [NAME...]`: a sample message to every (or the named) target.
    int run(const QCommandLineParser &parser, const QStringList &names);

private:
    bool wantsNotify(const QCommandLineParser &parser) const;
    // Sends and prints per target; false when any delivery failed.
    bool deliver(QList<NotificationTarget> targets, const SyncSummary &summary, bool force, bool listAll);

    CliContext &m_ctx;
    bool m_failedAll = false; // the last deliver() sent nothing at all
};

} // namespace arrscore
