#pragma once

#include "arr/instancetarget.h"
#include "base/error.h"
#include "upgrades/itemcheck.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QNetworkAccessManager;

namespace arrscore {

class ArrClient;
class Database;
class LookupRunner;
class SearchStore;

// Grabs one release of an item: POST api/v3/release {guid, indexerId}, the pick of its latest check or
// a release the user chose from it. The server keeps looked-up releases 30 minutes: an older lookup,
// or a server answering 404 "Couldn't find requested release in cache", is looked up again first
// (counting against release_lookups_per_hour; when the cap is reached nothing is sent and the time it
// may run is said), and the same guid + indexerId grabbed if still offered. Recorded as a search of
// kind grab. Asking the user first stays with the caller.
class ReleaseGrab : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kCacheTtlMs = qint64(30) * 60 * 1000;

    enum class State {
        Grabbed,    // the server took it
        NotOffered, // the new lookup no longer offers the release
        Deferred,   // a new lookup was needed and the cap is reached: deferredUntil
        Failed,     // error says why
    };

    struct Request
    {
        InstanceTarget target;
        int lookupsPerHour = 20;
        ItemCheck check;      // the item's latest check (LookupStore::latestCheck)
        QString guid;         // empty: the check's pick
        int indexerId = 0;    // with guid; 0: the release of that guid in the check's lookup
        QString releaseTitle; // for the record; filled from the lookup when empty
    };

    ReleaseGrab(QNetworkAccessManager *nam, Database &db, QObject *parent = nullptr);
    ~ReleaseGrab() override;

    // finished() follows, always asynchronously.
    void start(const Request &request);
    void cancel();

    bool isRunning() const { return m_running; }
    State state() const { return m_state; }
    const Error &error() const { return m_error; }
    bool lookedUpAgain() const { return m_lookedUpAgain; }
    QDateTime deferredUntil() const { return m_deferredUntil; }
    qint64 searchId() const { return m_searchId; }
    // One line for people: 'Grabbed "…" from NZBgeek on Radarr "main".' or what happened instead.
    QString summary() const;

Q_SIGNALS:
    void lookupStarted(); // a new lookup is needed and runs (up to 180 s)
    void finished();

private:
    void begin();
    void lookUpAgain();
    void post();
    void finish(State state, const Error &error = {});

    QNetworkAccessManager *m_nam;
    Database &m_db;
    std::unique_ptr<SearchStore> m_store;
    QPointer<ArrClient> m_client;
    QPointer<LookupRunner> m_lookup;
    Request m_request;
    State m_state = State::Failed;
    Error m_error;
    bool m_running = false;
    bool m_lookedUpAgain = false;
    QDateTime m_deferredUntil;
    qint64 m_searchId = 0;
};

} // namespace arrscore
