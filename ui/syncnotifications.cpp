#include "syncnotifications.h"

#include "base/handoff.h"
#include "config/secretstore.h"
#include "notify/notifier.h"
#include "notify/summarytext.h"
#include "notify/syncsummarybuilder.h"
#include "storage/database.h"

#include <QNetworkAccessManager>
#include <QPointer>

namespace arrscore {

namespace {

// The targets that want this summary: enabled, and their `on:` and `min_changes` agree.
QList<NotificationTarget> wanting(const QList<NotificationTarget> &targets, const SyncSummary &summary)
{
    QList<NotificationTarget> wanted;
    for (const NotificationTarget &t : targets) {
        if (Notifier::wants(t, summary))
            wanted << t;
    }
    return wanted;
}

} // namespace

SyncNotifications::SyncNotifications(SecretStore *secrets, QObject *parent)
    : QObject(parent), m_secrets(secrets), m_network(new QNetworkAccessManager(this)),
      m_notifier(new Notifier(m_network, this))
{
    connect(m_notifier, &Notifier::finished, this, [this](const QList<DeliveryResult> &results) {
        QStringList failures;
        int sent = 0;
        for (const DeliveryResult &r : results) {
            if (r.sent)
                ++sent;
            else if (r.failed())
                failures << r.error.message;
        }
        const QString status = failures.isEmpty()
                                   ? tr("Notification sent to %n targets.", nullptr, sent)
                                   : tr("%1 of %Ln notifications could not be delivered.", nullptr, int(results.size()))
                                         .arg(failures.size());
        Q_EMIT delivered(status, failures);
    });
}

SyncNotifications::~SyncNotifications() = default;

bool SyncNotifications::isSending() const
{
    return m_notifier->isBusy();
}

void SyncNotifications::afterSync(const QList<SyncSession::Outcome> &outcomes, const QString &database,
                                  const AppConfig &config, bool wantSummary)
{
    const bool toTargets = config.notifyAfterSync && !config.notifications.isEmpty();
    if (!toTargets && !wantSummary)
        return;
    // The summary compares each new snapshot with the one before it: reading both is work for a pool thread,
    // on a connection of its own.
    whenFinished(this, runInBackground([outcomes, database]() -> Result<SyncSummary> {
                     Result<std::unique_ptr<Database>> db = Database::open(database);
                     if (!db)
                         return db.error();
                     SyncSummaryBuilder builder(*db.value());
                     for (const SyncSession::Outcome &o : outcomes) {
                         if (o.error.isError() && o.error.kind != ErrorKind::Cancelled) {
                             builder.addFailed(o.name, o.type, o.error.message);
                         } else if (!o.error.isError() && o.snapshotId > 0) {
                             if (const Status added = builder.addSynced(o.name, o.snapshotId); !added)
                                 return added.error();
                         }
                     }
                     return builder.summary();
                 }),
                 [this, targets = config.notifications, toTargets](const Result<SyncSummary> &summary) {
                     if (!summary) {
                         Q_EMIT problem(tr("What the sync changed could not be read, so no notification was sent"),
                                        summary.error().message);
                         return;
                     }
                     Q_EMIT summaryReady(summary.value());
                     if (toTargets)
                         send(targets, summary.value());
                 });
}

void SyncNotifications::send(const QList<NotificationTarget> &targets, const SyncSummary &summary)
{
    const QList<NotificationTarget> wanted = wanting(targets, summary);
    if (wanted.isEmpty())
        return;
    m_secrets->resolveNotifications(
        wanted, [self = QPointer<SyncNotifications>(this), this, summary](Result<QList<NotificationTarget>> resolved) {
            if (!self)
                return;
            if (!resolved) {
                Q_EMIT delivered(tr("No notification was sent."), {resolved.error().message});
                return;
            }
            m_notifier->send(resolved.value(), summary);
        });
}

QString SyncNotifications::desktopText(const SyncSummary &summary, int lines)
{
    QStringList text;
    for (const InstanceSummary &instance : summary.instances) {
        if (instance.failed || instance.changeCount() > 0 || instance.isFirstSync())
            text << SummaryText::instanceLine(instance);
    }
    for (const UpgradeLine &upgrade : summary.biggestUpgrades())
        text << SummaryText::upgradeLine(upgrade);
    if (text.size() > lines) {
        const qsizetype more = text.size() - (lines - 1);
        text = text.mid(0, lines - 1);
        text << tr("…and %n more", nullptr, int(more));
    }
    return text.join(QLatin1Char('\n'));
}

} // namespace arrscore
