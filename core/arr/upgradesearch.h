#pragma once

#include "arr/instancetarget.h"
#include "base/error.h"
#include "base/filerow.h"
#include "base/model.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QNetworkAccessManager;

namespace arrscore {

class ArrClient;

// What to ask one instance to search for: movie ids for Radarr, episode ids for Sonarr.
struct SearchItems
{
    QString instance;
    InstanceType type = InstanceType::Radarr;
    QList<qint64> ids; // in the order the files were given, without duplicates
    int files = 0;     // files they came from (a multi-episode file gives several episode ids)
    int skipped = 0;   // files without a movie or episode id to search for
};

// Asks one Radarr or Sonarr to search its indexers for upgrades of some movies or episodes:
// POST api/v3/command {"name": "MoviesSearch", "movieIds": [...]} or {"name": "EpisodeSearch",
// "episodeIds": [...]}, in batches of at most kBatchSize ids, one batch after the other. The server
// queues each command and answers at once; the search itself runs later on the server.
// A POST is never sent twice when the server may have handled it (see ArrClient::post()).
class UpgradeSearch : public QObject
{
    Q_OBJECT
public:
    static constexpr int kBatchSize = 100; // keeps each command small; the servers take any number

    explicit UpgradeSearch(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~UpgradeSearch() override;

    // ids: movie ids (Radarr) or episode ids (Sonarr). Duplicates are dropped. finished() follows,
    // always asynchronously, also for an empty list (which posts nothing and succeeds).
    void start(const InstanceTarget &target, const QList<qint64> &ids);
    // Stops after the batch in flight: it may still have been queued on the server.
    void cancel();

    const InstanceTarget &target() const { return m_target; }
    bool isRunning() const { return m_running; }
    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && !m_error.isError(); }
    const Error &error() const { return m_error; }
    // The ids asked for, after dropping duplicates, and how many of them the server accepted.
    int idsRequested() const { return int(m_ids.size()); }
    int idsAccepted() const { return m_accepted; }
    // The server's ids of the queued commands, one per accepted batch, in order.
    QList<int> commandIds() const { return m_commandIds; }
    int requestCount() const;

    // "MoviesSearch" or "EpisodeSearch".
    static QString commandName(InstanceType type);
    // The JSON body of one command.
    static QByteArray commandBody(InstanceType type, const QList<qint64> &ids);
    // Per instance (in the order instances first appear), what to search for so that the given files
    // get upgraded: the movie's id for a movie file, every episode id of an episode file.
    static QList<SearchItems> itemsFor(const QList<FileRow> &rows);
    // One line for the user: 'Asked Radarr "main" to search for 10 movies (command 123).' or what failed.
    QString summary() const;

Q_SIGNALS:
    void finished();

private:
    void postNext();
    void finish(const Error &error = {});
    Error explain(const Error &error) const;

    QNetworkAccessManager *m_nam;
    QPointer<ArrClient> m_client;
    InstanceTarget m_target;
    QList<qint64> m_ids;
    int m_next = 0; // index of the first id of the next batch
    int m_accepted = 0;
    QList<int> m_commandIds;
    Error m_error;
    bool m_running = false;
    bool m_finished = false;
};

} // namespace arrscore
