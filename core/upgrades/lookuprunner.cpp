#include "upgrades/lookuprunner.h"

#include "arr/arrclient.h"
#include "storage/database.h"

namespace arrscore {

struct LookupRunner::Lane
{
    Job job;
};

LookupRunner::LookupRunner(QNetworkAccessManager *nam, Database &db, QObject *parent)
    : QObject(parent), m_nam(nam), m_db(db)
{
}

LookupRunner::~LookupRunner() = default;

InstanceTarget LookupRunner::lookupTarget(InstanceTarget target)
{
    target.client.timeoutMs = kTimeoutMs;
    target.client.retry.maxAttempts = 1;
    return target;
}

void LookupRunner::start(const QList<Job> &) {}

void LookupRunner::cancel() {}

void LookupRunner::next(Lane &) {}

void LookupRunner::complete(Lane &, const QList<ItemCheck> &) {}

void LookupRunner::laneDone() {}

} // namespace arrscore
