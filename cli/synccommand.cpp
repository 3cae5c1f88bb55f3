#include "synccommand.h"

#include "interrupthandler.h"
#include "progressprinter.h"
#include "snapshotwriter.h"
#include "syncjob.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLocale>
#include <QNetworkAccessManager>

#include <memory>
#include <vector>

namespace arrscore {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("arrscore::SyncCommand", text, nullptr, n);
}

QString seconds(qint64 ms)
{
    return QLocale().toString(ms / 1000.0, 'f', 1) + QStringLiteral(" s");
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
        auto job = std::make_unique<SyncJob>(InstanceTarget::fromConfig(instance), &nam);
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
            m_ctx.out << tr("%1: OK — %2 %3 at %4, %5 ms").arg(name, job->serverStatus().appName,
                                                               job->serverStatus().version,
                                                               job->target().client.baseUrl.toDisplayString())
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
    QNetworkAccessManager nam;
    QEventLoop loop;
    InterruptHandler interrupt;
    SnapshotWriter writer(m_ctx.config.database);
    ProgressPrinter progress(m_ctx.err, m_ctx.interactive && !m_ctx.quiet);
    QElapsedTimer clock;
    clock.start();

    struct Run
    {
        std::unique_ptr<SyncJob> job;
        int row = 0;
        bool done = false;
        qint64 snapshotId = 0;
        int files = 0;
        Error error;
        QStringList warnings;
    };
    std::vector<Run> runs(instances.size());
    int open = int(instances.size());
    int requests = 0;
    const auto finishOne = [&](Run &run) {
        run.done = true;
        progress.setStatus(run.row, run.error.isError()
                                        ? tr("failed: %1").arg(run.error.message)
                                        : tr("%1 files, snapshot %2").arg(QLocale().toString(run.files))
                                              .arg(run.snapshotId));
        if (!m_ctx.interactive && !m_ctx.quiet) {
            if (run.error.isError())
                m_ctx.err << tr("%1: failed (%2): %3").arg(run.job->target().name, errorKindName(run.error.kind),
                                                           run.error.message)
                          << '\n';
            else
                m_ctx.err << tr("%1: %2 files in %3, %4 requests, %5 warnings — snapshot %6")
                                 .arg(run.job->target().name, QLocale().toString(run.files),
                                      seconds(run.job->elapsedMs()))
                                 .arg(run.job->requestCount())
                                 .arg(run.warnings.size())
                                 .arg(run.snapshotId)
                          << '\n';
            m_ctx.err.flush();
        }
        if (--open == 0)
            loop.quit();
    };

    for (qsizetype i = 0; i < instances.size(); ++i) {
        Run &run = runs[i];
        const InstanceConfig &instance = instances[i];
        run.job = std::make_unique<SyncJob>(InstanceTarget::fromConfig(instance), &nam);
        run.row = progress.addRow(instance.name, instance.type == InstanceType::Radarr ? tr("files") : tr("series"));
        SyncJob *job = run.job.get();
        QObject::connect(job, &SyncJob::progress, &loop,
                         [&progress, &run](qint64 done, qint64 total) { progress.update(run.row, done, total); });
        QObject::connect(job, &SyncJob::finished, &loop, [&, job] {
            requests += job->requestCount();
            if (!job->succeeded()) {
                run.error = job->error();
                finishOne(run);
                return;
            }
            LibrarySnapshot snapshot = job->takeSnapshot();
            run.warnings = snapshot.warnings;
            run.files = int(snapshot.files.size());
            progress.setStatus(run.row, tr("storing %1 files…").arg(QLocale().toString(run.files)));
            writer.save(std::move(snapshot));
        });
        job->start(SyncJob::Mode::Sync);
    }
    QObject::connect(&writer, &SnapshotWriter::saved, &loop,
                     [&](const QString &name, qint64 id, int, qint64, const Error &error) {
        for (Run &run : runs) {
            if (run.job->target().name == name && !run.done) {
                run.snapshotId = id;
                run.error = error;
                finishOne(run);
                break;
            }
        }
    });
    QObject::connect(&interrupt, &InterruptHandler::interruptRequested, &loop, [&] {
        writer.cancel();
        for (Run &run : runs)
            run.job->cancel();
    });

    if (open > 0)
        loop.exec();
    writer.waitForDone();
    progress.finish();

    if (interrupt.interrupted()) {
        int stored = 0;
        for (const Run &run : runs)
            stored += run.snapshotId > 0 ? 1 : 0;
        m_ctx.err << tr("Cancelled. %n instance(s) had already been stored; for the others the previous snapshot "
                        "remains the current one.",
                        stored)
                  << '\n';
        m_ctx.err.flush();
        return ExitCancelled;
    }

    int failed = 0;
    int files = 0;
    int warnings = 0;
    for (const Run &run : runs) {
        if (run.error.isError()) {
            ++failed;
            if (m_ctx.interactive || m_ctx.quiet)
                m_ctx.err << tr("%1: failed (%2): %3").arg(run.job->target().name, errorKindName(run.error.kind),
                                                           run.error.message)
                          << '\n';
            continue;
        }
        files += run.files;
        warnings += int(run.warnings.size());
        constexpr int shown = 5;
        for (int w = 0; w < std::min<int>(shown, int(run.warnings.size())); ++w)
            m_ctx.err << tr("%1: warning: %2").arg(run.job->target().name, run.warnings[w]) << '\n';
        if (run.warnings.size() > shown)
            m_ctx.err << tr("%1: … and %2 more warnings").arg(run.job->target().name).arg(run.warnings.size() - shown)
                      << '\n';
    }
    if (!m_ctx.quiet)
        m_ctx.err << tr("Synced %1 of %2 instances: %3 files in %4, %5 requests, %6 warnings.")
                         .arg(int(runs.size()) - failed)
                         .arg(runs.size())
                         .arg(QLocale().toString(files), seconds(clock.elapsed()))
                         .arg(requests)
                         .arg(warnings)
                  << '\n';
    m_ctx.err.flush();
    return exitCodeFor(failed, int(runs.size()));
}

} // namespace arrscore
