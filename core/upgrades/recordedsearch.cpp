#include "upgrades/recordedsearch.h"

#include "arr/upgradesearch.h"
#include "storage/database.h"
#include "upgrades/commandfollower.h"
#include "upgrades/searchstore.h"

namespace arrscore {

struct RecordedSearch::Lane
{
    Job job;
};

RecordedSearch::RecordedSearch(QNetworkAccessManager *nam, Database &db, QObject *parent)
    : QObject(parent), m_nam(nam), m_db(db), m_store(std::make_unique<SearchStore>(db)),
      m_follower(new CommandFollower(nam, *m_store, this))
{
}

RecordedSearch::~RecordedSearch() = default;

void RecordedSearch::start(const QList<Job> &) {}

void RecordedSearch::cancel() {}

int RecordedSearch::failedCount() const
{
    return 0;
}

void RecordedSearch::next(Lane &) {}

void RecordedSearch::laneDone() {}

} // namespace arrscore
