#include "arr/radarrfetcher.h"

#include "arr/arrclient.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>
#include <utility>

namespace arrscore {

RadarrFetcher::RadarrFetcher(ArrClient *client, ServerStatus status, QObject *parent)
    : LibraryFetcher(client, std::move(status), parent)
{
}

bool RadarrFetcher::supportsBatches(const QVersionNumber &version)
{
    return version >= QVersionNumber(5, 0, 2);
}

bool RadarrFetcher::embedsUncomputedScores(const QVersionNumber &version)
{
    return version >= QVersionNumber(4, 7, 5) && version < QVersionNumber(5, 22, 4);
}

bool RadarrFetcher::sendsScores(const QVersionNumber &version)
{
    return version >= QVersionNumber(4, 7, 5);
}

int RadarrFetcher::batchSize(int basePathLength, qint64 largestId, int maxLineLength)
{
    // "GET <base>/api/v3/moviefile?" then "movieFileIds=<id>&" per id, then " HTTP/1.1".
    const int fixed = 4 + basePathLength + int(sizeof("/api/v3/moviefile?") - 1) + 9;
    const int perId = int(sizeof("movieFileIds=&") - 1) + int(QString::number(std::max<qint64>(largestId, 1)).size());
    return std::clamp((maxLineLength - fixed) / perId, 1, 200);
}

QString RadarrFetcher::strategy() const
{
    if (supportsBatches(m_status.versionNumber))
        return QCoreApplication::translate("arrscore::RadarrFetcher",
                                           "/movie, then moviefile?movieFileIds= in batches of up to %1")
            .arg(m_batchSize > 0 ? m_batchSize : 200);
    if (sendsScores(m_status.versionNumber))
        return QCoreApplication::translate("arrscore::RadarrFetcher",
                                           "/movie, then one moviefile?movieId= per movie (Radarr < 5.0.2)");
    return QCoreApplication::translate("arrscore::RadarrFetcher",
                                       "/movie, then one moviefile?movieId= per movie; scores computed from the "
                                       "profiles (Radarr < 4.7.5 sends none)");
}

void RadarrFetcher::start()
{
    request(QStringLiteral("qualityprofile"), {}, [this](const QByteArray &body, const QString &endpoint) {
        if (!take(ApiParser::qualityProfiles(body, endpoint, &m_warnings), m_profiles))
            return;
        m_profilesKnown = true;
        completeWaiting();
    });
    request(QStringLiteral("customformat"), {}, [this](const QByteArray &body, const QString &endpoint) {
        take(ApiParser::customFormats(body, endpoint, &m_warnings), m_formats);
    });
    const auto onMoviesHandler = [this](const QByteArray &body, const QString &endpoint) { onMovies(body, endpoint); };
    if (!supportsBatches(m_status.versionNumber)) {
        request(QStringLiteral("movie"), {}, onMoviesHandler);
        return;
    }
    // The 30 MB of a large library's /movie take a while to arrive and parse: the batches of the first
    // file ids are on their way meanwhile.
    request(QStringLiteral("movie"), QUrlQuery{{QStringLiteral("excludeLocalCovers"), QStringLiteral("true")}},
            onMoviesHandler, [this](QByteArrayView bodySoFar) { onMoviesArriving(bodySoFar); });
}

void RadarrFetcher::onMoviesArriving(QByteArrayView bodySoFar)
{
    for (qint64 id : m_scanner.scan(bodySoFar)) {
        if (!m_requested.contains(id) && !m_scanned.contains(id))
            m_scanned.append(id);
    }
    m_scanned = requestBatches(std::move(m_scanned), false);
}

void RadarrFetcher::requestFiles(const QUrlQuery &query)
{
    request(QStringLiteral("moviefile"), query, [this](const QByteArray &b, const QString &e) { onFiles(b, e); });
}

QList<qint64> RadarrFetcher::requestBatches(QList<qint64> ids, bool partialLast)
{
    const int basePath = int(m_client->baseUrl().path().size());
    qsizetype first = 0;
    while (first < ids.size()) {
        // As many ids as fit in a request line, given the longest of them.
        qint64 largest = 0;
        qsizetype end = first;
        while (end < ids.size()) {
            const qint64 next = std::max(largest, ids[end]);
            if (end - first + 1 > batchSize(basePath, next))
                break;
            largest = next;
            ++end;
        }
        if (end == ids.size() && !partialLast && end - first < batchSize(basePath, largest))
            break; // not full yet: the next peek adds to it
        QUrlQuery batch;
        for (qsizetype j = first; j < end; ++j) {
            batch.addQueryItem(QStringLiteral("movieFileIds"), QString::number(ids[j]));
            m_requested.insert(ids[j]);
        }
        requestFiles(batch);
        first = end;
    }
    return ids.mid(first);
}

void RadarrFetcher::onMovies(const QByteArray &body, const QString &endpoint)
{
    QList<MovieInfo> movies;
    if (!take(ApiParser::movies(body, endpoint, &m_warnings), movies))
        return;
    QList<qint64> fileIds;
    QList<qint64> movieIds;
    qint64 largestId = 0;
    for (const MovieInfo &movie : std::as_const(movies)) {
        m_movies.insert(movie.id, movie);
        if (!movie.hasFile || movie.movieFileId <= 0)
            continue;
        m_listed.insert(movie.movieFileId);
        movieIds << movie.id;
        largestId = std::max(largestId, movie.movieFileId);
        if (!m_requested.contains(movie.movieFileId))
            fileIds << movie.movieFileId;
    }
    m_moviesKnown = true;
    m_scanned.clear();
    m_expectedFiles = m_listed.size();
    Q_EMIT progress(m_fetchedCount, std::max(m_expectedFiles, m_fetchedCount));

    if (supportsBatches(m_status.versionNumber)) {
        m_batchSize = batchSize(int(m_client->baseUrl().path().size()), largestId);
        std::sort(fileIds.begin(), fileIds.end());
        requestBatches(fileIds, true);
    } else {
        for (qint64 movieId : std::as_const(movieIds))
            requestFiles(QUrlQuery{{QStringLiteral("movieId"), QString::number(movieId)}});
    }
    completeWaiting();
    Q_EMIT listed(m_listed.size());
}

void RadarrFetcher::onFiles(const QByteArray &body, const QString &endpoint)
{
    QList<MediaFile> files;
    if (!take(ApiParser::movieFiles(body, endpoint, &m_warnings), files))
        return;
    m_fetchedCount += files.size();
    Q_EMIT progress(m_fetchedCount, std::max(m_expectedFiles, m_fetchedCount));
    // A score computed from the profile needs the profile, and every file needs its movie: files that came
    // first wait for them.
    if (!m_profilesKnown || !m_moviesKnown) {
        m_waiting.append(std::move(files));
        return;
    }
    completeFiles(std::move(files));
}

void RadarrFetcher::completeWaiting()
{
    if (m_profilesKnown && m_moviesKnown)
        completeFiles(std::exchange(m_waiting, {}));
}

void RadarrFetcher::completeFiles(QList<MediaFile> files)
{
    if (files.isEmpty())
        return;
    const bool serverScores = sendsScores(m_status.versionNumber);
    QList<MediaFile> complete;
    complete.reserve(files.size());
    for (MediaFile &file : files) {
        // Asked for early, from a key IdScanner found where the parse then found no movie's file: not the
        // library's. (Batches ask for listed ids only, otherwise.)
        if (supportsBatches(m_status.versionNumber) && !m_listed.contains(file.fileId))
            continue;
        m_returned.insert(file.fileId);
        const auto movie = m_movies.constFind(file.itemId);
        if (movie == m_movies.constEnd()) {
            ++m_orphans; // the movie was deleted between the two calls
            continue;
        }
        file.title = movie->title;
        file.year = movie->year;
        file.titleSlug = movie->titleSlug;
        file.qualityProfileId = movie->qualityProfileId;
        file.genres = movie->genres;
        file.collection = movie->collection;
        file.externalId = movie->externalId;
        // Only a disagreement is worth keeping, and a 0 these versions never computed is none.
        const std::optional<int> listed = movie->movieFileId == file.fileId ? movie->fileScore : std::nullopt;
        const int listedScore = listed.value_or(0);
        if (listed && file.customFormatScore.has_value() && listedScore != file.customFormatScore.value_or(0)
            && !(listedScore == 0 && embedsUncomputedScores(m_status.versionNumber)))
            file.itemListScore = listed;
        if (!serverScores || !file.customFormatScore) {
            // The server does not score files: sum the profile's scores of the matched formats.
            const auto profile = std::find_if(m_profiles.cbegin(), m_profiles.cend(),
                                              [&](const QualityProfile &p) { return p.id == file.qualityProfileId; });
            if (profile != m_profiles.cend()) {
                file.customFormatScore = ApiParser::computedScore(*profile, file, &m_warnings);
                file.scoreComputed = true;
            } else {
                file.customFormatScore.reset();
            }
        }
        complete.append(std::move(file));
    }
    deliver(complete);
}

void RadarrFetcher::assemble()
{
    QStringList missing;
    qint64 announced = 0;
    for (const MovieInfo &movie : std::as_const(m_movies)) {
        if (!movie.hasFile || movie.movieFileId <= 0)
            continue;
        ++announced;
        if (!m_returned.contains(movie.movieFileId))
            missing << quoted(movie.title);
    }
    missing.sort(); // m_movies is a hash: the examples named should not change from run to run
    checkReturned(announced, announced - missing.size(), missing,
                  QCoreApplication::translate("arrscore::RadarrFetcher", "/movie lists %n movie(s) with a file",
                                              nullptr, int(announced)));
    if (m_error.isError())
        return;
    if (m_orphans > 0)
        m_warnings << QCoreApplication::translate("arrscore::RadarrFetcher",
                                                  "Files of movies removed during the sync were skipped: %1.")
                          .arg(m_orphans);
}

} // namespace arrscore
