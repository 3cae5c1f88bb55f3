#include "upgrades/releasegrab.h"

#include "arr/arrclient.h"
#include "storage/database.h"
#include "upgrades/lookuprunner.h"
#include "upgrades/searchstore.h"

namespace arrscore {

ReleaseGrab::ReleaseGrab(QNetworkAccessManager *nam, Database &db, QObject *parent)
    : QObject(parent), m_nam(nam), m_db(db), m_store(std::make_unique<SearchStore>(db))
{
}

ReleaseGrab::~ReleaseGrab() = default;

void ReleaseGrab::start(const Request &request)
{
    m_request = request;
}

void ReleaseGrab::cancel() {}

QString ReleaseGrab::summary() const
{
    return {};
}

void ReleaseGrab::begin() {}

void ReleaseGrab::lookUpAgain() {}

void ReleaseGrab::post() {}

void ReleaseGrab::finish(State state, const Error &error)
{
    m_state = state;
    m_error = error;
}

} // namespace arrscore
