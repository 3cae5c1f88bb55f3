#pragma once

#include "arr/apiparser.h"
#include "base/error.h"
#include "base/model.h"

#include <QObject>
#include <QSet>
#include <QUrlQuery>

#include <functional>

namespace arrscore {

class ArrClient;

// Fetches the whole library of one server: its profiles, custom formats and every file with its
// score, the files handed over in batches (filesFetched) as responses are parsed rather than kept.
// Subclasses pick the requests for their app and version. The first failure cancels the rest.
class LibraryFetcher : public QObject
{
    Q_OBJECT
public:
    LibraryFetcher(ArrClient *client, ServerStatus status, QObject *parent = nullptr);

    virtual void start() = 0;
    // How the files are fetched, in words, e.g. "/movie + batched moviefile?movieFileIds= (200 ids)".
    virtual QString strategy() const = 0;

    bool scoresAvailable() const { return m_scoresAvailable; }
    QList<QualityProfile> takeProfiles() { return std::move(m_profiles); }
    QList<CustomFormat> takeFormats() { return std::move(m_formats); }
    qint64 fileCount() const { return m_seen.size(); } // distinct file ids handed over
    QStringList warnings() const { return m_warnings; }
    const Error &error() const { return m_error; }

Q_SIGNALS:
    // `done` of `total` units (files for Radarr, series for Sonarr); total may grow once known.
    void progress(qint64 done, qint64 total);
    // How many requests the fetch has issued so far, once a response made it issue more: what a rate
    // limit's share of the sync's deadline is computed from.
    void requestsPlanned(int requests);
    // A batch of finished files (joined, scored). A file id can come again in a later batch when the server
    // lists a file twice: the receiver keeps one (FileStaging), and warnings() names them.
    void filesFetched(const QList<arrscore::MediaFile> &files);
    // The item list (/movie, /series) is in and parsed: the step every other library request waits on is done.
    // `files`: how many files it announces. SyncJob starts the history read then, so that it does not compete with
    // the list for the server, and tells it the library's size.
    void listed(qint64 files);
    void finished();

protected:
    using BodyHandler = std::function<void(const QByteArray &body, const QString &endpoint)>;

    using PeekHandler = std::function<void(QByteArrayView bodySoFar)>;

    // GET relative to /api/v3; the handler runs only while nothing has failed. `peek`, when given, sees the
    // body as it arrives (ArrClient::Progress), also only while nothing has failed.
    void request(const QString &resource, const QUrlQuery &query, BodyHandler handler, PeekHandler peek = {});
    void fail(const Error &error);
    // Called after each handler; finishes when no request is outstanding.
    void checkDone();
    // After the last response: the checks over the whole library (announced but not returned).
    virtual void assemble() = 0;
    void deliver(const QList<MediaFile> &files);
    // A warning about files the server announced (a movie's hasFile, an episode's episodeFileId) but did
    // not return, naming the first few of `missing` (titles); a failure when it returned none at all, so
    // that a server that lost its files for a moment does not make the stored library look deleted.
    // `announcement` words what announced them, e.g. "/movie lists 40 movies with a file".
    void checkReturned(qint64 announced, qint64 returned, const QStringList &missing, const QString &announcement);
    // "A, B, C and 4 more": the first few of a list of `total`, for a warning.
    static QString firstFew(const QStringList &items, qsizetype total);
    static QString quoted(const QString &title); // “title”

    // Unwraps a parse result, failing the fetch on error.
    template <typename T> bool take(Result<T> result, T &into)
    {
        if (!result) {
            fail(result.error());
            return false;
        }
        into = std::move(result).value();
        return true;
    }

    ArrClient *m_client;
    ServerStatus m_status;
    bool m_scoresAvailable = true;
    QList<QualityProfile> m_profiles;
    QList<CustomFormat> m_formats;
    QStringList m_warnings;
    Error m_error;

    QSet<qint64> m_seen; // file ids handed over

private:
    // Warns naming the file ids the server listed more than once.
    void warnOfDuplicates();

    QList<qint64> m_duplicated;
    QStringList m_duplicateNames;

    int m_outstanding = 0;
    int m_requested = 0;
    int m_reportedRequests = 0;
    bool m_finished = false;
};

} // namespace arrscore
