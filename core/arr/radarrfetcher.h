#pragma once

#include "arr/idscanner.h"
#include "arr/libraryfetcher.h"

#include <QHash>
#include <QSet>
#include <QVersionNumber>

namespace arrscore {

// Radarr: one /movie call, then the files with their custom formats and scores from /moviefile —
// in batches of movieFileIds on 5.0.2 and later, one call per movie before that. Where the server sends
// no score (4.7.4 and older) the score is computed from the file's profile. With batches, the first ones go
// out while /movie is still arriving (its movieFileIds found by IdScanner); the rest once it is parsed.
class RadarrFetcher : public LibraryFetcher
{
    Q_OBJECT
public:
    RadarrFetcher(ArrClient *client, ServerStatus status, QObject *parent = nullptr);

    void start() override;
    QString strategy() const override;

    static bool supportsBatches(const QVersionNumber &version); // >= 5.0.2
    static bool sendsScores(const QVersionNumber &version);     // >= 4.7.5
    // /movie's embedded movieFile carries a score never computed (always 0): 4.7.5 to 5.22.3 (Radarr#9568).
    static bool embedsUncomputedScores(const QVersionNumber &version);
    // How many ids fit in one request line of at most `maxLineLength` characters.
    static int batchSize(int basePathLength, qint64 largestId, int maxLineLength = 4000);

private:
    // A peek at /movie as it arrives: batches of the file ids seen so far, as soon as one is full.
    void onMoviesArriving(QByteArrayView bodySoFar);
    // Asks for the files of `ids` (none asked for before) in batches that fit a request line; unless
    // `partialLast`, a last batch that is not full is not sent but returned, for the next peek to add to.
    QList<qint64> requestBatches(QList<qint64> ids, bool partialLast);
    void requestFiles(const QUrlQuery &query); // GET moviefile, answered by onFiles()
    void onMovies(const QByteArray &body, const QString &endpoint);
    void onFiles(const QByteArray &body, const QString &endpoint);
    // Joins files onto their movies, scores them where the server does not, and hands them over.
    void completeFiles(QList<MediaFile> files);
    void assemble() override;

    // Hands over the files that waited, once the profiles and the movies are both known.
    void completeWaiting();

    QHash<qint64, MovieInfo> m_movies; // by movie id
    QList<MediaFile> m_waiting;        // files that came before the profiles or the movies
    QSet<qint64> m_returned;           // file ids the server returned
    IdScanner m_scanner{QByteArrayLiteral("movieFileId")};
    QList<qint64> m_scanned;  // ids seen in /movie as it arrived, not yet asked for
    QSet<qint64> m_requested; // file ids asked for
    QSet<qint64> m_listed;    // file ids /movie lists (its parse): a file asked for early but not listed is dropped
    bool m_profilesKnown = false;
    bool m_moviesKnown = false;
    qint64 m_fetchedCount = 0;
    int m_orphans = 0;
    qint64 m_expectedFiles = 0;
    int m_batchSize = 0;
};

} // namespace arrscore
