#include "releasechecker.h"

#include "storage/database.h"
#include "upgrades/lookupplanner.h"
#include "upgrades/lookuprunner.h"
#include "upgrades/lookupstore.h"
#include "upgrades/upgradeitem.h"

#include <QHash>
#include <QLocale>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QWidget>

namespace arrscore {

namespace {

const InstanceConfig *configOf(const QList<InstanceConfig> &instances, const QString &name)
{
    const auto it =
        std::find_if(instances.cbegin(), instances.cend(), [&name](const InstanceConfig &i) { return i.name == name; });
    return it == instances.cend() ? nullptr : &*it;
}

} // namespace

ReleaseChecker::ReleaseChecker(QWidget *window)
    : QObject(window), m_window(window), m_nam(new QNetworkAccessManager(this))
{
}

ReleaseChecker::~ReleaseChecker()
{
    delete m_runner; // before the connection it uses
}

bool ReleaseChecker::isRunning() const
{
    return m_runner && m_runner->isRunning();
}

QString ReleaseChecker::whyNot(const QList<FileRow> &candidates, const QList<InstanceConfig> &instances)
{
    if (candidates.isEmpty())
        return tr("Select upgrade candidates first: files at their cutoff have nothing better to look for.");
    bool anyOn = false;
    QStringList off;
    for (const FileRow &row : candidates) {
        const QString &name = row.snapshot->instance.name;
        const InstanceConfig *config = configOf(instances, name);
        if (config && config->releaseLookupsPerHour > 0)
            anyOn = true;
        else if (config && !off.contains(name))
            off << name;
    }
    if (!anyOn && !off.isEmpty())
        return tr("Release lookups are switched off for %1 (Settings › Instances › Release lookups per hour).")
            .arg(off.join(QStringLiteral(", ")));
    if (!anyOn)
        return tr("The selected files' instances are no longer configured.");
    return {};
}

bool ReleaseChecker::check(const QList<FileRow> &candidates, const QList<InstanceConfig> &instances,
                           const QString &database, bool confirm)
{
    if (isRunning())
        return false;
    if (const QString why = whyNot(candidates, instances); !why.isEmpty()) {
        Q_EMIT finished(why, {why});
        return false;
    }
    Result<std::unique_ptr<Database>> db = Database::open(database);
    if (!db) {
        Q_EMIT finished(db.error().message, {db.error().message});
        return false;
    }
    int skipped = 0;
    const QList<LookupRequest> requests = LookupPlanner::plan(UpgradeItem::fromFileRows(candidates), &skipped);
    QHash<QString, LookupRunner::Job> jobs;
    QStringList instanceOrder;
    for (const LookupRequest &request : requests) {
        const InstanceConfig *config = configOf(instances, request.instance());
        if (!config || config->releaseLookupsPerHour <= 0)
            continue;
        if (!jobs.contains(request.instance())) {
            instanceOrder << request.instance();
            jobs.insert(request.instance(),
                        LookupRunner::Job{InstanceTarget::fromConfig(*config), config->releaseLookupsPerHour, {}});
        }
        jobs[request.instance()].requests << request;
    }
    if (jobs.isEmpty()) {
        const QString why = tr("The selected files have no movie or episode to look up.");
        Q_EMIT finished(why, {why});
        return false;
    }
    int total = 0;
    for (const LookupRunner::Job &job : std::as_const(jobs))
        total += int(job.requests.size());

    if (confirm) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        LookupStore store(*db.value());
        QStringList plan;
        for (const QString &name : std::as_const(instanceOrder)) {
            const LookupRunner::Job &job = jobs[name];
            const Result<CapState> cap = store.cap(name, job.lookupsPerHour, now);
            QString line = tr("%1: %Ln lookups", nullptr, int(job.requests.size())).arg(name);
            if (cap) {
                line += tr("; hourly limit: %1").arg(cap->text());
                const int deferred = int(job.requests.size()) - cap->remaining();
                if (deferred > 0)
                    line += tr(" — %Ln will be deferred", nullptr, deferred);
            }
            plan << line;
        }
        QMessageBox box(QMessageBox::Question, tr("Check for better releases"),
                        tr("Ask the servers which releases their indexers offer now for %Ln upgrade candidates?",
                           nullptr, int(candidates.size())),
                        QMessageBox::Cancel, m_window);
        box.setObjectName(QStringLiteral("checkReleasesQuestion"));
        box.setInformativeText(
            plan.join(QLatin1Char('\n'))
            + tr("\n\nEach lookup queries every indexer enabled on the server and takes 10–120 seconds; "
                 "indexers that time out may be backed off, also for the server's own searches. The items' "
                 "last search time on the server changes. Lookups run one at a time per instance; those beyond "
                 "the hourly limit are deferred and say when they may run. Nothing is downloaded."));
        QPushButton *go = box.addButton(tr("Check"), QMessageBox::AcceptRole);
        box.setDefaultButton(go);
        box.exec();
        if (box.clickedButton() != go)
            return false;
    }

    delete m_runner;
    m_db = std::move(db).value();
    m_runner = new LookupRunner(m_nam, *m_db, this);
    connect(m_runner, &LookupRunner::lookupStarted, this, &ReleaseChecker::lookupStarted);
    connect(m_runner, &LookupRunner::lookupFinished, this, &ReleaseChecker::checked);
    connect(m_runner, &LookupRunner::progress, this, &ReleaseChecker::progress);
    connect(m_runner, &LookupRunner::finished, this,
            [this] { Q_EMIT finished(finishedSummary(), m_runner->errors()); });
    QList<LookupRunner::Job> work;
    for (const QString &name : std::as_const(instanceOrder))
        work << jobs.value(name);
    Q_EMIT started(total);
    m_runner->start(work);
    return true;
}

void ReleaseChecker::cancel()
{
    if (isRunning())
        m_runner->cancel();
}

QString ReleaseChecker::finishedSummary() const
{
    int better = 0;
    int deferred = 0;
    int failed = 0;
    QDateTime until;
    for (const ItemCheck &c : m_runner->checks()) {
        better += c.verdict == Verdict::Better;
        failed += c.verdict == Verdict::Failed;
        if (c.verdict == Verdict::Deferred) {
            ++deferred;
            if (!until.isValid() || c.deferredUntil < until)
                until = c.deferredUntil;
        }
    }
    const int items = int(m_runner->checks().size());
    QString text = m_runner->wasCancelled() ? tr("Release check cancelled: %Ln items checked", nullptr, items)
                                            : tr("Checked %Ln items", nullptr, items);
    text += tr(": %Ln with a better release", nullptr, better);
    if (failed > 0)
        text += tr(", %Ln failed", nullptr, failed);
    if (deferred > 0)
        text += tr(", %Ln deferred until %1", nullptr, deferred)
                    .arg(QLocale().toString(until.toLocalTime().time(), QLocale::ShortFormat));
    return text + QLatin1Char('.');
}

} // namespace arrscore
