#include "upgradesearcher.h"

#include "storage/database.h"
#include "upgrades/recordedsearch.h"
#include "upgrades/searchplanner.h"
#include "upgrades/searchstore.h"
#include "upgrades/upgradeitem.h"

#include <QHash>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QWidget>

namespace arrscore {

UpgradeSearcher::UpgradeSearcher(QWidget *window)
    : QObject(window), m_window(window), m_nam(new QNetworkAccessManager(this))
{
}

UpgradeSearcher::~UpgradeSearcher()
{
    for (const std::unique_ptr<Run> &run : m_runs)
        delete run->search; // before the connection it uses
}

bool UpgradeSearcher::isRunning() const
{
    return std::any_of(m_runs.cbegin(), m_runs.cend(), [](const std::unique_ptr<Run> &r) { return r->sending; });
}

bool UpgradeSearcher::confirmLoops(const QStringList &loops) const
{
    if (loops.isEmpty())
        return true;
    constexpr int kNamed = 5; // a question, not a report: the Audit view lists them all
    QStringList named = loops.mid(0, kNamed);
    if (loops.size() > kNamed)
        named << tr("…and %Ln more (see the Audit view).", nullptr, int(loops.size() - kNamed));
    QMessageBox box(QMessageBox::Warning, tr("Search for upgrades"),
                    tr("%Ln of the selected items are in an upgrade loop: their server grabbed the same release "
                       "again and again without a better file. Search anyway?",
                       nullptr, int(loops.size())),
                    QMessageBox::Cancel, m_window);
    box.setObjectName(QStringLiteral("loopQuestion"));
    box.setInformativeText(named.join(QStringLiteral("\n\n"))
                           + tr("\n\nA search will most likely grab the same release once more. Usually a custom "
                                "format matches the release's name but not the renamed file: the Audit view shows "
                                "each grab and import with its score."));
    QPushButton *go = box.addButton(tr("Search Anyway"), QMessageBox::AcceptRole);
    go->setObjectName(QStringLiteral("searchLoopAnywayButton"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == go;
}

int UpgradeSearcher::ask(const SearchPlan &plan, int files) const
{
    // Every instance asked about, even one that will get nothing: its limit's room is part of the answer.
    QHash<QString, int> chosen;
    QHash<QString, InstanceType> types;
    QStringList order;
    const auto note = [&order, &types](const UpgradeItem &item) {
        if (!types.contains(item.instance)) {
            order << item.instance;
            types.insert(item.instance, item.type);
        }
    };
    for (const UpgradeItem &item : plan.chosen) {
        note(item);
        chosen[item.instance] += 1;
    }
    for (const SearchPlan::Skipped &skipped : plan.inCooldown)
        note(skipped.item);
    for (const UpgradeItem &item : plan.overCap)
        note(item);
    QStringList lines;
    for (const QString &name : std::as_const(order)) {
        lines << (types.value(name) == InstanceType::Radarr
                      ? tr("Radarr \"%1\": %Ln movies", nullptr, chosen.value(name))
                      : tr("Sonarr \"%1\": %Ln episodes", nullptr, chosen.value(name)))
                         .arg(name)
                     + tr(" (hourly limit: %1)").arg(plan.caps.value(name).text());
    }
    if (!plan.inCooldown.isEmpty())
        lines << tr("Skipped: %Ln items searched within their cooldown", nullptr, int(plan.inCooldown.size()));
    if (!plan.forcedOver.isEmpty())
        lines << tr("Searched again despite the cooldown: %Ln items", nullptr, int(plan.forcedOver.size()));
    if (!plan.overCap.isEmpty())
        lines << tr("Not sent: %Ln items beyond the hourly limit", nullptr, int(plan.overCap.size()));

    QMessageBox box(QMessageBox::Question, tr("Search for upgrades"),
                    plan.chosen.isEmpty()
                        ? tr("Nothing of the %Ln selected files can be searched now.", nullptr, files)
                        : tr("Ask the servers to search their indexers for better releases of %Ln items?", nullptr,
                             int(plan.chosen.size())),
                    QMessageBox::Cancel, m_window);
    box.setObjectName(QStringLiteral("searchQuestion"));
    box.setInformativeText(lines.join(QLatin1Char('\n'))
                           + tr("\n\nEach server queues the search and grabs what its quality profile prefers; "
                                "this uses your indexers' API limits. Every search is recorded in the Searches "
                                "view."));
    QPushButton *go = nullptr;
    if (!plan.chosen.isEmpty()) {
        go = box.addButton(tr("Search"), QMessageBox::AcceptRole);
        box.setDefaultButton(go);
    }
    QPushButton *anyway = nullptr;
    if (!plan.inCooldown.isEmpty()) {
        anyway = box.addButton(tr("Search anyway (ignore cooldown)"), QMessageBox::AcceptRole);
        anyway->setObjectName(QStringLiteral("searchAnywayButton"));
    }
    box.exec();
    if (go && box.clickedButton() == go)
        return 1;
    if (anyway && box.clickedButton() == anyway)
        return 2;
    return 0;
}

void UpgradeSearcher::search(const QList<FileRow> &rows, const QList<InstanceConfig> &instances,
                             const QString &database, bool confirm, bool force)
{
    // Another search may still be sending: each run reserves its own room under the hourly limit.
    if (rows.isEmpty())
        return;
    QStringList failures;
    QList<UpgradeItem> items;
    QList<InstanceConfig> involved;
    for (const UpgradeItem &item : UpgradeItem::fromFileRows(rows)) {
        const auto config = std::find_if(instances.cbegin(), instances.cend(),
                                         [&item](const InstanceConfig &i) { return i.name == item.instance; });
        if (config == instances.cend()) {
            const QString problem =
                tr("%1: this instance is no longer configured, so it cannot be asked to search.").arg(item.instance);
            if (!failures.contains(problem))
                failures << problem;
            continue;
        }
        if (!std::any_of(involved.cbegin(), involved.cend(),
                         [&item](const InstanceConfig &i) { return i.name == item.instance; }))
            involved << *config;
        items << item;
    }
    if (items.isEmpty()) {
        Q_EMIT finished({}, failures.isEmpty() ? QStringList{tr("The selected files have nothing to search for.")}
                                               : failures);
        return;
    }
    Result<std::unique_ptr<Database>> db = Database::open(database);
    if (!db) {
        Q_EMIT finished({}, failures << db.error().message);
        return;
    }
    SearchStore store(*db.value());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Result<QHash<QString, SearchAllowance>> allowances = SearchPlanner::allowances(store, involved, now);
    if (!allowances) {
        Q_EMIT finished({}, failures << allowances.error().message);
        return;
    }
    SearchPlan plan = SearchPlanner::plan(items, 0, allowances.value(), force, now);
    if (confirm) {
        const int choice = ask(plan, int(rows.size()));
        if (choice == 0)
            return;
        if (choice == 2)
            plan = SearchPlanner::plan(items, 0, allowances.value(), true, now);
    }
    if (plan.chosen.isEmpty()) {
        Q_EMIT finished({}, failures << SearchPlanner::summary(plan));
        return;
    }
    QList<RecordedSearch::Job> jobs;
    for (const InstanceConfig &config : std::as_const(involved)) {
        RecordedSearch::Job job{InstanceTarget::fromConfig(config), {}, config.searchesPerHour, plan.forced};
        for (const UpgradeItem &item : std::as_const(plan.chosen)) {
            if (item.instance == config.name)
                job.items << item;
        }
        if (!job.items.isEmpty())
            jobs << job;
    }

    auto run = std::make_unique<Run>();
    run->db = std::move(db).value();
    run->search = new RecordedSearch(m_nam, *run->db, this);
    Run *raw = run.get();
    RecordedSearch *recorded = run->search;
    connect(recorded, &RecordedSearch::searchRecorded, this, &UpgradeSearcher::recordChanged);
    connect(recorded, &RecordedSearch::stateChanged, this, &UpgradeSearcher::recordChanged);
    connect(recorded, &RecordedSearch::sent, this, [this, raw, recorded, failures, plan] {
        raw->sending = false;
        QStringList summaries;
        QStringList problems = failures;
        for (const RecordedSearch::Outcome &o : recorded->outcomes()) {
            (o.error.isError() ? problems : summaries) << o.summary;
            QList<qint64> ids;
            for (const UpgradeItem &item : plan.chosen) {
                const bool refused = std::any_of(o.overCap.cbegin(), o.overCap.cend(),
                                                 [&item](const UpgradeItem &i) { return i.itemId == item.itemId; });
                if (item.instance == o.instance && !refused)
                    ids << item.itemId;
            }
            if (o.sent > 0)
                Q_EMIT searched(o.instance, ids);
        }
        if (!plan.inCooldown.isEmpty() || !plan.overCap.isEmpty())
            summaries << SearchPlanner::summary(plan);
        Q_EMIT finished(summaries, problems);
        Q_EMIT recordChanged();
    });
    connect(recorded, &RecordedSearch::finished, this, [this, raw] {
        raw->sending = false;
        Q_EMIT recordChanged();
        // Later, not inside the search's own signal.
        QMetaObject::invokeMethod(
            this,
            [this, raw] {
                const auto it = std::find_if(m_runs.begin(), m_runs.end(),
                                             [raw](const std::unique_ptr<Run> &r) { return r.get() == raw; });
                if (it != m_runs.end()) {
                    delete (*it)->search;
                    m_runs.erase(it);
                }
            },
            Qt::QueuedConnection);
    });
    m_runs.push_back(std::move(run));
    recorded->start(jobs);
}

} // namespace arrscore
