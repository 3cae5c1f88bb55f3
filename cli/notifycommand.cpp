#include "notifycommand.h"

#include "config/secretstore.h"
#include "exportcommand.h"
#include "notify/notifier.h"
#include "notify/syncsummarybuilder.h"
#include "storage/database.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>

namespace arrscore {

namespace {

const QString kNotify = QStringLiteral("notify");
const QString kReport = QStringLiteral("report");
const QString kTest = QStringLiteral("test");

} // namespace

QList<QCommandLineOption> NotifyCommand::options()
{
    return {
        QCommandLineOption(kNotify, tr("sync: send the summary to the configured notification targets.")),
        QCommandLineOption(kReport, tr("sync: write the HTML report to PATH in the same run."), QStringLiteral("PATH")),
        QCommandLineOption(kTest, tr("notify: send a sample message."))};
}

bool NotifyCommand::wantsNotify(const QCommandLineParser &parser) const
{
    return parser.isSet(kNotify) || m_ctx.config.notifyAfterSync;
}

int NotifyCommand::checkBeforeSync(const QCommandLineParser &parser) const
{
    if (parser.isSet(kNotify) && m_ctx.config.notifications.isEmpty()) {
        m_ctx.err << tr("--notify: %1 configures no notification target. Add a \"notifications:\" list (see "
                        "docs/NOTIFICATIONS.md).")
                         .arg(m_ctx.config.sourcePath.isEmpty() ? tr("the configuration") : m_ctx.config.sourcePath)
                  << '\n';
        return ExitUsage;
    }
    if (parser.isSet(kReport)) {
        const QFileInfo report(parser.value(kReport));
        if (parser.value(kReport).isEmpty() || report.isDir() || !report.absoluteDir().exists()) {
            m_ctx.err << tr("--report: %1 is not a file in an existing folder.").arg(report.absoluteFilePath()) << '\n';
            return ExitUsage;
        }
    }
    return ExitOk;
}

int NotifyCommand::afterSync(const QCommandLineParser &parser, const QList<SyncSession::Outcome> &outcomes,
                             int exitCode)
{
    if (exitCode == ExitCancelled || exitCode == ExitUsage)
        return exitCode;
    bool problems = false;
    QString reportPath;
    if (parser.isSet(kReport)) {
        reportPath = QFileInfo(parser.value(kReport)).absoluteFilePath();
        if (ExportCommand(m_ctx).run(QStringLiteral("html"), QStringLiteral("files"), {}, reportPath, false)
            != ExitOk) {
            m_ctx.err << tr("The report was not written; the snapshots are stored.") << '\n';
            reportPath.clear();
            problems = true;
        }
    }
    if (!wantsNotify(parser) || m_ctx.config.notifications.isEmpty())
        return problems && exitCode == ExitOk ? int(ExitPartial) : exitCode;

    const std::unique_ptr<Database> db = m_ctx.openDatabase();
    if (!db) {
        m_ctx.err << tr("No notification was sent: the database cannot be read.") << '\n';
        return exitCode == ExitOk ? int(ExitPartial) : exitCode;
    }
    SyncSummaryBuilder builder(*db);
    for (const SyncSession::Outcome &outcome : outcomes) {
        if (outcome.error.isError()) {
            builder.addFailed(outcome.name, outcome.type, outcome.error.message);
        } else if (outcome.snapshotId > 0) {
            if (const Status added = builder.addSynced(outcome.name, outcome.snapshotId); !added) {
                m_ctx.err << tr("%1: what changed cannot be read (%2); it is left out of the notification.")
                                 .arg(outcome.name, added.error().message)
                          << '\n';
                problems = true;
            }
        }
    }
    builder.setReportPath(reportPath);
    SyncSummary summary = builder.summary();
    summary.finishedAt = QDateTime::currentDateTimeUtc();
    if (summary.isQuiet()) {
        if (!m_ctx.quiet)
            m_ctx.err << tr("Nothing changed and nothing failed: no notification sent.") << '\n';
    } else if (!deliver(m_ctx.config.notifications, summary, false, false)) {
        problems = true;
    }
    m_ctx.err.flush();
    return problems && exitCode == ExitOk ? int(ExitPartial) : exitCode;
}

int NotifyCommand::run(const QCommandLineParser &parser, const QStringList &names)
{
    if (!parser.isSet(kTest)) {
        m_ctx.err << tr("notify sends a sample message with --test: arrscore notify --test [NAME...]. After a "
                        "sync, use arrscore sync --notify.")
                  << '\n';
        return ExitUsage;
    }
    QList<NotificationTarget> targets;
    if (names.isEmpty()) {
        targets = m_ctx.config.notifications;
    } else {
        for (const QString &name : names) {
            const NotificationTarget *target = m_ctx.config.notification(name);
            if (!target) {
                QStringList known;
                for (const NotificationTarget &t : std::as_const(m_ctx.config.notifications))
                    known << t.name;
                m_ctx.err << tr("No notification target named \"%1\". Configured: %2.")
                                 .arg(name, known.isEmpty() ? tr("none") : known.join(QStringLiteral(", ")))
                          << '\n';
                return ExitUsage;
            }
            targets.append(*target);
        }
    }
    if (targets.isEmpty()) {
        m_ctx.err << tr("No notification target is configured. Add a \"notifications:\" list (see "
                        "docs/NOTIFICATIONS.md).")
                  << '\n';
        return ExitUsage;
    }
    if (deliver(targets, SyncSummaryBuilder::sample(), true, true))
        return ExitOk;
    return m_failedAll ? ExitFailed : ExitPartial;
}

bool NotifyCommand::deliver(QList<NotificationTarget> targets, const SyncSummary &summary, bool force, bool listAll)
{
    // Secrets the app put in the keychain (*_keychain: true) are read only now, when needed.
    if (const Status secrets = SecretStore().resolveNotificationsBlocking(targets); !secrets) {
        m_ctx.err << tr("No notification was sent: %1").arg(secrets.error().message) << '\n';
        m_failedAll = true;
        return false;
    }
    QNetworkAccessManager network;
    Notifier notifier(&network);
    const QList<DeliveryResult> results = notifier.sendBlocking(targets, summary, force);
    int failed = 0;
    int sent = 0;
    for (const DeliveryResult &result : results) {
        if (result.failed()) {
            ++failed;
            m_ctx.err << tr("Notification failed: %1").arg(result.error.message) << '\n';
        } else if (result.sent) {
            ++sent;
            if (listAll)
                m_ctx.out << tr("%1: sent").arg(result.label) << '\n';
            else if (!m_ctx.quiet)
                m_ctx.err << tr("Notified %1.").arg(result.label) << '\n';
        } else if (listAll || !m_ctx.quiet) {
            (listAll ? m_ctx.out : m_ctx.err) << tr("%1: not sent: %2").arg(result.label, result.skipReason) << '\n';
        }
    }
    m_ctx.out.flush();
    m_ctx.err.flush();
    m_failedAll = failed > 0 && sent == 0;
    return failed == 0;
}

} // namespace arrscore
