#include "upgradesearcher.h"

#include "arr/searchrunner.h"

#include <QPushButton>

#include <QLocale>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QWidget>

namespace arrscore {

UpgradeSearcher::UpgradeSearcher(QWidget *window)
    : QObject(window), m_window(window), m_runner(new SearchRunner(new QNetworkAccessManager(this), this))
{
    connect(m_runner, &SearchRunner::searchFinished, this, [this](int index) {
        const UpgradeSearch &search = *m_runner->searches().at(std::size_t(index));
        (search.succeeded() ? m_summaries : m_failures) << search.summary();
    });
    connect(m_runner, &SearchRunner::finished, this, [this] { Q_EMIT finished(m_summaries, m_failures); });
}

bool UpgradeSearcher::isRunning() const
{
    return m_runner->isRunning();
}

void UpgradeSearcher::search(const QList<FileRow> &rows, const QList<InstanceTarget> &targets, bool confirm)
{
    if (isRunning() || rows.isEmpty())
        return;
    const QList<SearchItems> items = UpgradeSearch::itemsFor(rows);
    QStringList plan;
    QStringList failures;
    QList<SearchRunner::Job> work;
    for (const SearchItems &item : items) {
        const auto target = std::find_if(targets.cbegin(), targets.cend(),
                                         [&item](const InstanceTarget &t) { return t.name == item.instance; });
        if (target == targets.cend()) {
            failures
                << tr("%1: this instance is no longer configured, so it cannot be asked to search.").arg(item.instance);
            continue;
        }
        if (item.ids.isEmpty())
            continue;
        plan << (item.type == InstanceType::Radarr
                     ? tr("Radarr \"%1\": %Ln movies", nullptr, int(item.ids.size())).arg(item.instance)
                     : tr("Sonarr \"%1\": %Ln episodes", nullptr, int(item.ids.size())).arg(item.instance));
        work.append({*target, item.ids});
    }
    if (work.isEmpty()) {
        Q_EMIT finished({}, failures.isEmpty() ? QStringList{tr("The selected files have nothing to search for.")}
                                               : failures);
        return;
    }
    if (confirm) {
        QMessageBox box(QMessageBox::Question, tr("Search for upgrades"),
                        tr("Ask the servers to search their indexers for better releases of the %Ln selected files?",
                           nullptr, int(rows.size())),
                        QMessageBox::Cancel, m_window);
        box.setInformativeText(plan.join(QLatin1Char('\n'))
                               + tr("\n\nEach server queues the search and grabs what its quality profile "
                                    "prefers; this may use your indexers' API limits."));
        QPushButton *go = box.addButton(tr("Search"), QMessageBox::AcceptRole);
        box.setDefaultButton(go);
        box.exec();
        if (box.clickedButton() != go)
            return;
    }
    m_summaries.clear();
    m_failures = failures;
    m_runner->start(work);
}

} // namespace arrscore
