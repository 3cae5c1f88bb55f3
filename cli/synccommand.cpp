#include "synccommand.h"

#include "base/logfields.h"
#include "interrupthandler.h"
#include "progressprinter.h"
#include "storage/database.h"
#include "sync/syncjob.h"
#include "sync/syncsession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLocale>
#include <QNetworkAccessManager>

#include <memory>
#include <vector>

namespace arrscore {

namespace {

QString seconds(qint64 ms)
{
    return QLocale().toString(ms / 1000.0, 'f', 1) + QStringLiteral(" s");
}

// One instance's line as fields of a JSON log (docs/LOGGING.md).
QVariantMap outcomeFields(const SyncSession::Outcome &o)
{
    QVariantMap fields{{QStringLiteral("instance"), o.name},
                       {QStringLiteral("requests"), o.requests},
                       {QStringLiteral("duration_ms"), o.elapsedMs}};
    if (o.error.isError()) {
        fields.insert(QStringLiteral("error"), errorKindName(o.error.kind));
    } else {
        fields.insert(QStringLiteral("files"), o.files);
        fields.insert(QStringLiteral("snapshot"), o.snapshotId);
    }
    return fields;
}

int exitCodeFor(int failed, int total)
{
    if (failed == 0)
        return ExitOk;
    return failed == total ? ExitFailed : ExitPartial;
}

} // namespace

int SyncCommand::test(const QList<InstanceConfig> &instances)
{
    QNetworkAccessManager nam;
    QEventLoop loop;
    std::vector<std::unique_ptr<SyncJob>> jobs;
    int running = 0;
    for (const InstanceConfig &instance : instances) {
        auto job = std::make_unique<SyncJob>(InstanceTarget::forConnectionTest(instance), &nam);
        ++running;
        QObject::connect(job.get(), &SyncJob::finished, &loop, [&] {
            if (--running == 0)
                loop.quit();
        });
        job->start(SyncJob::Mode::Test);
        jobs.push_back(std::move(job));
    }
    if (running > 0)
        loop.exec();

    int failed = 0;
    for (const auto &job : jobs) {
        const QString name = job->target().name;
        if (job->succeeded()) {
            m_ctx.out << tr("%1: OK — %2 %3 at %4, %L5 ms")
                             .arg(name, job->serverStatus().appName, job->serverStatus().version,
                                  job->target().client.baseUrl.toDisplayString(QUrl::RemoveUserInfo))
                             .arg(job->elapsedMs())
                      << '\n';
            m_ctx.out << QStringLiteral("    ") << tr("strategy: %1").arg(job->strategy()) << '\n';
        } else {
            ++failed;
            m_ctx.out << tr("%1: FAILED (%2) — %3").arg(name, errorKindName(job->error().kind), job->error().message)
                      << '\n';
        }
        for (const QString &notice : job->notices())
            m_ctx.out << QStringLiteral("    ") << tr("note: %1").arg(notice) << '\n';
    }
    m_ctx.out.flush();
    return exitCodeFor(failed, int(jobs.size()));
}

int SyncCommand::sync(const QList<InstanceConfig> &instances)
{
    // A database that can only be read is said before any server is asked, not after the whole fetch.
    if (m_ctx.hasDatabase()) {
        const std::unique_ptr<Database> db = m_ctx.openDatabase();
        if (!db)
            return ExitFailed;
        if (const Status writable = db->checkWritable(); !writable) {
            m_ctx.err << writable.error().message << '\n';
            return ExitFailed;
        }
    }
    QEventLoop loop;
    InterruptHandler interrupt;
    SyncSession session(m_ctx.config.database);
    session.setRetention(m_ctx.config.retention);
    ProgressPrinter progress(m_ctx.err, m_ctx.interactive && !m_ctx.quiet);
    QElapsedTimer clock;
    clock.start();

    QList<InstanceTarget> targets;
    for (const InstanceConfig &instance : instances) {
        targets.append(InstanceTarget::fromConfig(instance));
        progress.addRow(instance.name, instance.type == InstanceType::Radarr ? tr("files") : tr("series"));
    }
    const auto failureLine = [](const SyncSession::Outcome &o) {
        return o.error.kind == ErrorKind::Cancelled
                   ? tr("%1: cancelled").arg(o.name)
                   : tr("%1: failed (%2): %3").arg(o.name, errorKindName(o.error.kind), o.error.message);
    };
    QObject::connect(&session, &SyncSession::progress, &loop,
                     [&progress](int index, qint64 done, qint64 total) { progress.update(index, done, total); });
    QObject::connect(&session, &SyncSession::storing, &loop, [&progress](int index, int files) {
        progress.setStatus(index, tr("storing %Ln files…", nullptr, files));
    });
    QObject::connect(&session, &SyncSession::instanceFinished, &loop, [&](int index) {
        const SyncSession::Outcome &o = session.outcomes().at(index);
        progress.setStatus(index, o.error.isError() ? failureLine(o)
                                                    : tr("%Ln files, snapshot %1", nullptr, o.files).arg(o.snapshotId));
        if (m_ctx.interactive || m_ctx.quiet)
            return;
        const LogFields fields(outcomeFields(o));
        if (o.error.isError())
            m_ctx.err << failureLine(o) << '\n';
        else
            m_ctx.err << tr("%1: %2 in %3, %4, %5 — snapshot %6")
                             .arg(o.name, tr("%Ln files", nullptr, o.files), seconds(o.elapsedMs),
                                  tr("%Ln requests", nullptr, o.requests),
                                  tr("%Ln warnings", nullptr, int(o.warnings.size())), QString::number(o.snapshotId))
                      << '\n';
        m_ctx.err.flush();
    });
    QObject::connect(&session, &SyncSession::finished, &loop, &QEventLoop::quit);
    QObject::connect(&interrupt, &InterruptHandler::interruptRequested, &session, &SyncSession::cancel);

    session.start(targets);
    if (session.isRunning())
        loop.exec();
    progress.finish();
    m_outcomes = session.outcomes();

    if (session.wasCancelled()) {
        int stored = 0;
        for (const SyncSession::Outcome &o : session.outcomes())
            stored += o.snapshotId > 0 ? 1 : 0;
        m_ctx.err << (stored == 0 ? tr("Cancelled. Nothing was stored: for every instance the previous snapshot "
                                       "remains the current one.")
                                  : tr("Cancelled. Instances stored before the cancel: %1; for the others the "
                                       "previous snapshot remains the current one.")
                                        .arg(stored))
                  << '\n';
        m_ctx.err.flush();
        return ExitCancelled;
    }

    int files = 0;
    int warnings = 0;
    int requests = 0;
    for (const SyncSession::Outcome &o : session.outcomes()) {
        requests += o.requests;
        if (o.error.isError()) {
            if (m_ctx.interactive || m_ctx.quiet) {
                const LogFields fields(outcomeFields(o));
                m_ctx.err << failureLine(o) << '\n';
                m_ctx.err.flush();
            }
            continue;
        }
        files += o.files;
        warnings += int(o.warnings.size());
        constexpr int shown = 5;
        for (int w = 0; w < std::min<int>(shown, int(o.warnings.size())); ++w)
            m_ctx.err << tr("%1: warning: %2").arg(o.name, o.warnings[w]) << '\n';
        if (o.warnings.size() > shown)
            m_ctx.err << tr("%1: … and %Ln more warnings", nullptr, int(o.warnings.size() - shown)).arg(o.name) << '\n';
    }
    const int failed = session.failedCount();
    const int total = int(session.outcomes().size());
    const int pruned = session.prunedCount();
    if (!m_ctx.quiet) {
        // The run's summary: in a JSON log (docs/LOGGING.md) its numbers are fields of their own.
        const LogFields fields({{QStringLiteral("instances"), total},
                                {QStringLiteral("failed"), failed},
                                {QStringLiteral("files"), files},
                                {QStringLiteral("requests"), requests},
                                {QStringLiteral("warnings"), warnings},
                                {QStringLiteral("pruned"), pruned},
                                {QStringLiteral("duration_ms"), clock.elapsed()}});
        QString summary =
            tr("Synced %1 of %Ln instances: %2 in %3, %4, %5.", nullptr, total)
                .arg(QLocale().toString(total - failed), tr("%Ln files", nullptr, int(files)), seconds(clock.elapsed()),
                     tr("%Ln requests", nullptr, int(requests)), tr("%Ln warnings", nullptr, int(warnings)));
        if (pruned > 0)
            summary += QLatin1Char(' ')
                       + tr("Retention (%1) pruned %Ln old snapshots.", nullptr, pruned)
                             .arg(m_ctx.config.retention.describe());
        m_ctx.err << summary << '\n';
        m_ctx.err.flush();
    }
    m_ctx.err.flush();
    return exitCodeFor(failed, total);
}

} // namespace arrscore
