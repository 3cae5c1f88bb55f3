#include "arr/searchrunner.h"

#include <QTimer>

namespace arrscore {

SearchRunner::SearchRunner(QNetworkAccessManager *nam, QObject *parent) : QObject(parent), m_nam(nam) {}

SearchRunner::~SearchRunner() = default;

void SearchRunner::start(const QList<Job> &jobs)
{
    if (isRunning())
        return;
    m_searches.clear();
    if (jobs.isEmpty()) {
        QTimer::singleShot(0, this, &SearchRunner::finished);
        return;
    }
    for (const Job &job : jobs) {
        auto search = std::make_unique<UpgradeSearch>(m_nam);
        const int index = int(m_searches.size());
        ++m_running;
        connect(search.get(), &UpgradeSearch::finished, this, [this, index] {
            Q_EMIT searchFinished(index);
            if (--m_running == 0)
                Q_EMIT finished();
        });
        search->start(job.target, job.ids);
        m_searches.push_back(std::move(search));
    }
}

void SearchRunner::cancel()
{
    for (const auto &search : m_searches)
        search->cancel();
}

int SearchRunner::failedCount() const
{
    return int(
        std::count_if(m_searches.cbegin(), m_searches.cend(), [](const auto &search) { return !search->succeeded(); }));
}

bool SearchRunner::wasCancelled() const
{
    return std::any_of(m_searches.cbegin(), m_searches.cend(),
                       [](const auto &search) { return search->error().kind == ErrorKind::Cancelled; });
}

} // namespace arrscore
