#include "upgrades/releasegrab.h"

#include "arr/arrclient.h"
#include "base/logging.h"
#include "storage/database.h"
#include "upgrades/lookuprunner.h"
#include "upgrades/lookupstore.h"
#include "upgrades/searchrecord.h"
#include "upgrades/searchstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <climits>

namespace arrscore {

namespace {

QString appName(InstanceType type)
{
    return type == InstanceType::Radarr ? QStringLiteral("Radarr") : QStringLiteral("Sonarr");
}

} // namespace

ReleaseGrab::ReleaseGrab(QNetworkAccessManager *nam, Database &db, QObject *parent)
    : QObject(parent), m_nam(nam), m_db(db), m_store(std::make_unique<SearchStore>(db))
{
}

ReleaseGrab::~ReleaseGrab() = default;

void ReleaseGrab::start(const Request &request)
{
    Q_ASSERT(!m_running);
    m_request = request;
    m_state = State::Failed;
    m_error = {};
    m_lookedUpAgain = false;
    m_deferredUntil = {};
    m_searchId = 0;
    m_running = true;
    QTimer::singleShot(0, this, &ReleaseGrab::begin);
}

void ReleaseGrab::cancel()
{
    if (!m_running)
        return;
    if (m_lookup)
        m_lookup->cancel();
    if (m_client)
        m_client->cancelAll();
}

void ReleaseGrab::begin()
{
    const ItemCheck &check = m_request.check;
    if (check.verdict != Verdict::Better) {
        finish(State::Failed, {ErrorKind::Config, tr("%1 has no better release to grab (its latest check says: %2). "
                                                     "Check it for better releases first.")
                                                      .arg(check.item.title, ReleaseVerdict::text(check.verdict))});
        return;
    }
    if (m_request.guid.isEmpty()) {
        if (!check.pick) {
            finish(State::Failed,
                   {ErrorKind::Config, tr("The latest check of %1 has no pick to grab.").arg(check.item.title)});
            return;
        }
        m_request.guid = check.pick->guid;
        m_request.indexerId = check.pick->indexerId;
        m_request.releaseTitle = check.pick->title;
    }
    if (m_request.indexerId <= 0 || m_request.releaseTitle.isEmpty()) {
        // A release chosen by guid: it must be one of the lookup's.
        Result<QList<ReleaseInfo>> releases = LookupStore(m_db).releases(check.lookupId);
        if (!releases) {
            finish(State::Failed, releases.error());
            return;
        }
        bool found = false;
        for (const ReleaseInfo &r : std::as_const(*releases)) {
            if (r.guid == m_request.guid && (m_request.indexerId <= 0 || r.indexerId == m_request.indexerId)) {
                m_request.indexerId = r.indexerId;
                m_request.releaseTitle = r.title;
                found = true;
                break;
            }
        }
        if (!found) {
            finish(
                State::Failed,
                {ErrorKind::Config,
                 tr("The latest lookup of %1 has no release with the guid %2.").arg(check.item.title, m_request.guid)});
            return;
        }
    }
    const qint64 age = check.checkedAt.isValid() ? check.checkedAt.msecsTo(QDateTime::currentDateTimeUtc()) : LLONG_MAX;
    if (age > kCacheTtlMs)
        lookUpAgain(); // the server has forgotten the releases of that lookup
    else
        post();
}

void ReleaseGrab::lookUpAgain()
{
    m_lookedUpAgain = true;
    const ItemCheck &check = m_request.check;
    // The same scope as before: a season pack is offered by a season lookup, not always by an episode's.
    std::optional<LookupRequest> request;
    Result<std::optional<LookupStore::Lookup>> stored = LookupStore(m_db).lookup(check.lookupId);
    const std::optional<LookupStore::Lookup> previous = stored ? stored.value() : std::nullopt;
    if (previous && previous->scope == LookupRequest::Scope::Season)
        request = LookupRequest::forSeason(check.item.seriesId, check.item.season, {check.item});
    else if (check.item.type == InstanceType::Radarr)
        request = LookupRequest::forMovie(check.item);
    else
        request = LookupRequest::forEpisode(check.item);
    if (!request) {
        finish(State::Failed,
               {ErrorKind::Config, tr("%1 cannot be looked up again: its ids are not known.").arg(check.item.title)});
        return;
    }
    Q_EMIT lookupStarted();
    m_lookup = new LookupRunner(m_nam, m_db, this);
    connect(m_lookup, &LookupRunner::finished, this, [this] {
        LookupRunner *runner = m_lookup;
        m_lookup = nullptr;
        runner->deleteLater();
        if (runner->checks().isEmpty()) {
            finish(State::Failed, {ErrorKind::Cancelled, tr("Cancelled.")});
            return;
        }
        const ItemCheck fresh = runner->checks().constFirst();
        if (fresh.verdict == Verdict::Deferred) {
            m_deferredUntil = fresh.deferredUntil;
            finish(State::Deferred);
            return;
        }
        if (fresh.verdict == Verdict::Failed) {
            finish(State::Failed, {ErrorKind::Server, fresh.error});
            return;
        }
        Result<QList<ReleaseInfo>> releases = LookupStore(m_db).releases(fresh.lookupId);
        if (!releases) {
            finish(State::Failed, releases.error());
            return;
        }
        for (const ReleaseInfo &r : std::as_const(*releases)) {
            if (r.guid == m_request.guid && r.indexerId == m_request.indexerId) {
                m_request.check = fresh;
                post();
                return;
            }
        }
        finish(State::NotOffered);
    });
    m_lookup->start({LookupRunner::Job{m_request.target, m_request.lookupsPerHour, {*request}}});
}

void ReleaseGrab::post()
{
    const ItemCheck &check = m_request.check;
    SearchRecord record;
    record.instance = m_request.target.name;
    record.type = m_request.target.type;
    record.kind = SearchRecord::Kind::Grab;
    record.releaseGuid = m_request.guid;
    record.indexerId = m_request.indexerId;
    record.releaseTitle = m_request.releaseTitle;
    SearchedItem item;
    item.itemId = check.item.itemId;
    item.fileId = check.item.fileId;
    item.score = check.item.currentScore;
    item.quality = check.item.quality;
    item.qualityId = check.item.qualityId;
    item.profileId = check.item.profileId;
    item.title = check.item.title;
    record.items.append(item);
    // A grab queries no indexer: it is recorded (and counts for the cooldown) but no cap holds it back.
    Result<std::optional<qint64>> reserved = m_store->reserve(record, INT_MAX, QDateTime::currentDateTimeUtc());
    const std::optional<qint64> slot = reserved ? reserved.value() : std::optional<qint64>();
    if (!slot) {
        finish(State::Failed, reserved.error());
        return;
    }
    m_searchId = *slot;
    if (m_client)
        m_client->deleteLater();
    m_client = new ArrClient(m_nam, m_request.target.client, this);
    QJsonObject body;
    body.insert(QStringLiteral("guid"), m_request.guid);
    body.insert(QStringLiteral("indexerId"), m_request.indexerId);
    qCInfo(lcNet) << m_request.target.name << "grab" << m_request.indexerId << "for item" << check.item.itemId;
    m_client->post(
        QStringLiteral("api/v3/release"), QJsonDocument(body).toJson(QJsonDocument::Compact),
        [this](const Result<QByteArray> &result) {
            if (result) {
                m_store->markSent(m_searchId, std::nullopt, QStringLiteral("grabbed"), m_request.releaseTitle);
                finish(State::Grabbed);
                return;
            }
            if (result.error().kind == ErrorKind::NotFound && !m_lookedUpAgain) {
                // "Couldn't find requested release in cache": the server restarted or the 30 minutes
                // passed sooner by its clock. Nothing was grabbed.
                m_store->markSent(m_searchId, std::nullopt, QStringLiteral("not-sent"),
                                  tr("The server no longer held the release; looked up again."));
                lookUpAgain();
                return;
            }
            const bool certain = result.error().kind == ErrorKind::NotFound || result.error().kind == ErrorKind::Auth;
            m_store->markSent(m_searchId, std::nullopt, certain ? QStringLiteral("not-sent") : QStringLiteral("failed"),
                              result.error().message);
            finish(State::Failed, result.error());
        });
}

void ReleaseGrab::finish(State state, const Error &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_state = state;
    m_error = error;
    qCInfo(lcNet) << m_request.target.name << "grab:" << summary();
    Q_EMIT finished();
}

QString ReleaseGrab::summary() const
{
    const QString who = tr("%1 \"%2\"").arg(appName(m_request.target.type), m_request.target.name);
    switch (m_state) {
    case State::Grabbed:
        return tr("Asked %1 to grab \"%2\" for %3.").arg(who, m_request.releaseTitle, m_request.check.item.title);
    case State::NotOffered:
        return tr("\"%1\" is no longer offered for %2 (looked up again); nothing was grabbed.")
            .arg(m_request.releaseTitle, m_request.check.item.title);
    case State::Deferred:
        return tr("The lookup of %1 is older than 30 minutes and must be repeated, but the hourly cap of release "
                  "lookups is reached; it may run from %2. Nothing was grabbed.")
            .arg(m_request.check.item.title, m_deferredUntil.toLocalTime().toString(Qt::ISODate));
    case State::Failed:
        return tr("Could not grab for %1: %2").arg(m_request.check.item.title, m_error.message);
    }
    return {};
}

} // namespace arrscore
