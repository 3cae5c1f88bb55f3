#include "simapi.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace arrscore {

namespace {

std::optional<int> toId(const QString &text)
{
    bool ok = false;
    const int id = text.toInt(&ok);
    return ok ? std::optional<int>(id) : std::nullopt;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("arrscore::SimApi", text);
}

QString isoDate(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

SimApi::SimApi(SimLibrary &library, const SimServerConfig &config, const SimClock &clock, SimStats &stats)
    : m_library(library), m_config(config), m_clock(clock), m_stats(stats), m_renderer(library),
      m_releases(library, clock), m_history(library, clock)
{
}

SimResponse SimApi::cached(const QString &key, const std::function<QByteArray()> &render)
{
    // Whole-library lists are rendered once per library revision: the benchmarks ask for
    // /movie of 10,000 movies and a real server would not re-serialise faster either.
    if (m_cacheRevision != m_library.revision()) {
        m_cache.clear();
        m_cacheRevision = m_library.revision();
    }
    auto it = m_cache.find(key);
    if (it == m_cache.end())
        it = m_cache.insert(key, render());
    return SimResponse::json(*it);
}

SimResponse SimApi::handle(const SimRequest &request, const QString &apiPath, const QString &urlBase)
{
    settle();
    const bool radarr = m_library.isRadarr();
    const QStringList parts = apiPath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QString resource = parts.value(0).toLower();
    const bool get = request.method == "GET";
    if (get && resource == QLatin1String("system") && parts.size() == 2 && parts.at(1) == QLatin1String("status"))
        return SimResponse::json(m_renderer.status(urlBase));
    if (get && resource == QLatin1String("history") && parts.size() <= 2)
        return m_history.handle(parts.value(1).toLower(), request.query);
    std::optional<int> id;
    if (parts.size() == 2) {
        id = toId(parts.at(1));
        if (!id)
            return SimResponse::empty(404);
    } else if (parts.size() > 2) {
        return SimResponse::empty(404);
    }
    if (resource == QLatin1String("command")) {
        if (request.method == "POST" && !id)
            return command(request, urlBase);
        if (get && !id) {
            QJsonArray all;
            for (const Command &c : m_commands)
                all.append(commandNow(c));
            return SimResponse::json(QJsonDocument(all).toJson());
        }
        if (get) {
            for (const Command &c : m_commands) {
                if (c.resource.value(QStringLiteral("id")).toInt() == *id)
                    return SimResponse::json(QJsonDocument(commandNow(c)).toJson());
            }
        }
        return SimResponse::empty(404);
    }
    if (resource == QLatin1String("release") && !id) {
        if (get)
            return releases(request);
        if (request.method == "POST")
            return grab(request);
    }
    if (!get)
        return SimResponse::empty(405);
    if (resource == QLatin1String("qualityprofile")) {
        if (!id)
            return SimResponse::json(m_renderer.profiles());
        return SimResponse::empty(404); // single profiles are not served; lists are what clients use
    }
    if (resource == QLatin1String("customformat")) {
        if (!m_library.hasCustomFormats() || id)
            return SimResponse::empty(404);
        return SimResponse::json(m_renderer.customFormats());
    }
    if (radarr && resource == QLatin1String("movie")) {
        const bool exclude =
            request.query.queryItemValue(QStringLiteral("excludeLocalCovers")) == QLatin1String("true");
        if (!id)
            return cached(QStringLiteral("movie:%1").arg(exclude), [&] { return m_renderer.movies(exclude); });
        const SimMovie *m = m_library.movie(*id);
        return m ? SimResponse::json(m_renderer.movie(*m, exclude)) : SimResponse::empty(404);
    }
    if (radarr && resource == QLatin1String("moviefile")) {
        if (!id)
            return movieFiles(request);
        const SimMovie *m = m_library.movieByFileId(*id);
        if (!m)
            return SimResponse::empty(404);
        SimRenderer::FileShape shape;
        shape.scoreField = m_library.versionAtLeast(4, 7, 5);
        QByteArray body = m_renderer.movieFiles({m}, shape);
        // A list of one, unwrapped: same bytes without the brackets and one indent level.
        body = body.mid(4, body.size() - 6).replace("\n  ", "\n");
        return SimResponse::json(body);
    }
    if (!radarr && resource == QLatin1String("series")) {
        if (!id)
            return cached(QStringLiteral("series"), [&] { return m_renderer.seriesList(); });
        const SimSeries *s = m_library.seriesById(*id);
        return s ? SimResponse::json(m_renderer.series(*s)) : SimResponse::empty(404);
    }
    if (!radarr && resource == QLatin1String("episodefile") && !id)
        return episodeFiles(request);
    if (!radarr && resource == QLatin1String("episode") && !id)
        return episodes(request);
    return SimResponse::empty(404);
}

SimResponse SimApi::movieFiles(const SimRequest &request)
{
    const QStringList fileIdTexts = request.query.allQueryItemValues(QStringLiteral("movieFileIds"));
    const QStringList movieIdTexts = request.query.allQueryItemValues(QStringLiteral("movieId"));
    SimRenderer::FileShape shape;
    QList<const SimMovie *> movies;
    if (!fileIdTexts.isEmpty()) {
        for (const QString &text : fileIdTexts) {
            // v4 moved to ASP.NET Core binding: one id per key, a comma list does not bind.
            const QStringList pieces = m_library.versionAtLeast(4) ? QStringList{text} : text.split(QLatin1Char(','));
            for (const QString &piece : pieces) {
                const std::optional<int> fileId = toId(piece);
                if (!fileId)
                    return SimResponse::message(400, tr("The value '%1' is not valid.").arg(text));
                if (const SimMovie *m = m_library.movieByFileId(*fileId))
                    movies.append(m);
            }
        }
        if (!m_library.versionAtLeast(4, 7, 5)) {
            shape.customFormats = false;
            shape.scoreField = false;
        } else if (!m_library.versionAtLeast(5, 0, 2)) {
            shape.customFormats = false;
            shape.fakeZeroScore = true;
        }
        return SimResponse::json(m_renderer.movieFiles(movies, shape));
    }
    if (!movieIdTexts.isEmpty()) {
        // Before 5.3.3 the parameter was a single int: the first value binds, the rest is ignored.
        const QStringList used = m_library.versionAtLeast(5, 3, 3) ? movieIdTexts : movieIdTexts.mid(0, 1);
        for (const QString &text : used) {
            const std::optional<int> movieId = toId(text);
            if (!movieId)
                return SimResponse::message(400, tr("The value '%1' is not valid.").arg(text));
            if (const SimMovie *m = m_library.movie(*movieId))
                movies.append(m);
        }
        shape.scoreField = m_library.versionAtLeast(4, 7, 5);
        return SimResponse::json(m_renderer.movieFiles(movies, shape));
    }
    return SimResponse::message(400, tr("movieId or movieFileIds must be provided"));
}

SimResponse SimApi::episodeFiles(const SimRequest &request)
{
    return perSeries(request, tr("seriesId or episodeFileIds must be provided"),
                     [this](const SimSeries &s) { return m_renderer.episodeFiles(s); });
}

SimResponse SimApi::episodes(const SimRequest &request)
{
    return perSeries(request, tr("seriesId or episodeIds must be provided"),
                     [this](const SimSeries &s) { return m_renderer.episodes(s); });
}

// Sonarr's episodefile and episode: ?seriesId= is required and validated like the servers do.
SimResponse SimApi::perSeries(const SimRequest &request, const QString &missingMessage,
                              const std::function<QByteArray(const SimSeries &)> &render)
{
    const QString seriesText = request.query.queryItemValue(QStringLiteral("seriesId"));
    if (seriesText.isEmpty())
        return SimResponse::message(400, missingMessage);
    const std::optional<int> seriesId = toId(seriesText);
    if (!seriesId)
        return SimResponse::message(400, tr("The value '%1' is not valid.").arg(seriesText));
    const SimSeries *s = m_library.seriesById(*seriesId);
    if (!s)
        return SimResponse::message(404, tr("Series with ID %1 does not exist").arg(*seriesId));
    return SimResponse::json(render(*s));
}

SimResponse SimApi::command(const SimRequest &request, const QString &urlBase)
{
    // What Radarr's/Sonarr's CommandController does: a blank name fails validation (400, FluentValidation's
    // list of failures); an unknown name throws in a LINQ Single() (500); the body is then deserialised into
    // the command's class, where ids of the wrong type throw (500). Ids are not checked on POST: the command
    // is queued (201) and fails when it runs if a movie or episode does not exist.
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return SimResponse::message(400, tr("A command needs a JSON body with a name"));
    const QString name = doc.object().value(QStringLiteral("name")).toString();
    if (name.trimmed().isEmpty()) {
        return SimResponse::json(
            "[\n  {\n    \"propertyName\": \"Name\",\n    \"errorMessage\": \"'Name' must not be "
            "empty.\",\n    \"severity\": \"error\",\n    \"errorCode\": \"NotEmptyValidator\"\n  }\n]",
            400);
    }
    const bool radarr = m_library.isRadarr();
    static const QStringList common{QStringLiteral("RssSync"), QStringLiteral("Backup"),
                                    QStringLiteral("ApplicationUpdate"), QStringLiteral("RefreshMonitoredDownloads")};
    static const QStringList radarrOnly{QStringLiteral("MoviesSearch"),
                                        QStringLiteral("RefreshMovie"),
                                        QStringLiteral("RescanMovie"),
                                        QStringLiteral("MissingMoviesSearch"),
                                        QStringLiteral("CutoffUnmetMoviesSearch"),
                                        QStringLiteral("RenameMovie")};
    static const QStringList sonarrOnly{QStringLiteral("EpisodeSearch"),
                                        QStringLiteral("SeriesSearch"),
                                        QStringLiteral("SeasonSearch"),
                                        QStringLiteral("RefreshSeries"),
                                        QStringLiteral("RescanSeries"),
                                        QStringLiteral("MissingEpisodeSearch"),
                                        QStringLiteral("CutoffUnmetEpisodeSearch")};
    const QStringList known = common + (radarr ? radarrOnly : sonarrOnly);
    const auto it = std::find_if(known.cbegin(), known.cend(),
                                 [&name](const QString &k) { return k.compare(name, Qt::CaseInsensitive) == 0; });
    if (it == known.cend()) {
        return SimResponse::json("{\n  \"message\": \"Sequence contains no matching element\",\n  \"description\": "
                                 "\"System.InvalidOperationException: Sequence contains no matching element\"\n}",
                                 500);
    }
    const QString &canonical = *it;

    // The id list a search command carries, and the state the command ends in once it ran.
    QString idsKey;
    if (canonical == QLatin1String("MoviesSearch"))
        idsKey = QStringLiteral("movieIds");
    else if (canonical == QLatin1String("EpisodeSearch"))
        idsKey = QStringLiteral("episodeIds");
    QString failure;
    if (!idsKey.isEmpty()) {
        const QJsonValue ids = doc.object().value(idsKey);
        const bool present = !ids.isUndefined() && !ids.isNull();
        bool wellTyped = !present || ids.isArray();
        for (const auto &v : ids.toArray())
            wellTyped = wellTyped && v.isDouble() && v.toDouble() == double(v.toInt());
        if (!wellTyped) {
            const QString text = QStringLiteral("The JSON value could not be converted to "
                                                "System.Collections.Generic.List`1[System.Int32]. Path: $.%1")
                                     .arg(idsKey);
            QJsonObject problem;
            problem.insert(QStringLiteral("message"), text);
            problem.insert(QStringLiteral("description"),
                           QString(QStringLiteral("System.Text.Json.JsonException: ") + text));
            return SimResponse::json(QJsonDocument(problem).toJson(), 500);
        }
        if (!present)
            failure = QStringLiteral("Object reference not set to an instance of an object.");
        for (const auto &v : ids.toArray()) {
            if (!failure.isEmpty())
                break;
            if (radarr && !m_library.movie(v.toInt()))
                failure = QStringLiteral("Movie with ID %1 does not exist").arg(v.toInt());
            else if (!radarr && !episodeExists(v.toInt()))
                failure = QStringLiteral("Episode with ID %1 does not exist").arg(v.toInt());
        }
    }

    QJsonObject body = doc.object();
    body.insert(QStringLiteral("sendUpdatesToClient"), true);
    body.insert(QStringLiteral("updateScheduledTask"), true);
    Command command;
    command.queuedMs = m_clock.nowMs();
    command.startMs = command.queuedMs + m_config.commandQueuedMs;
    command.endMs = command.startMs + m_config.commandRunMs;
    command.failure = failure;
    const QString now = isoDate(command.queuedMs);
    QString commandName = canonical;
    for (int i = int(commandName.size()) - 1; i > 0; --i) {
        if (commandName.at(i).isUpper())
            commandName.insert(i, QLatin1Char(' '));
    }
    command.resource = QJsonObject{
        {QStringLiteral("name"), canonical},
        {QStringLiteral("commandName"), commandName},
        {QStringLiteral("body"), body},
        {QStringLiteral("priority"), QStringLiteral("normal")},
        {QStringLiteral("status"), QStringLiteral("queued")},
        {QStringLiteral("result"), QStringLiteral("unknown")},
        {QStringLiteral("queued"), now},
        {QStringLiteral("trigger"), QStringLiteral("manual")},
        {QStringLiteral("stateChangeTime"), now},
        {QStringLiteral("sendUpdatesToClient"), true},
        {QStringLiteral("updateScheduledTask"), true},
        {QStringLiteral("id"), m_nextCommandId++},
    };
    const QByteArray accepted = QJsonDocument(command.resource).toJson();
    const int commandId = command.resource.value(QStringLiteral("id")).toInt();
    m_commands.append(command);
    SimResponse response = SimResponse::json(accepted, 201);
    response.headers.append(
        {"Location", (urlBase + QStringLiteral("/api/v3/command/")).toUtf8() + QByteArray::number(commandId)});
    return response;
}

QList<QJsonObject> SimApi::commands()
{
    settle();
    QList<QJsonObject> out;
    out.reserve(m_commands.size());
    for (const Command &c : m_commands)
        out.append(commandNow(c));
    return out;
}

void SimApi::settle()
{
    const qint64 now = m_clock.nowMs();
    for (Command &c : m_commands) {
        if (!c.ran && c.endMs <= now) {
            c.ran = true;
            if (c.failure.isEmpty())
                runSearch(c);
        }
    }
}

void SimApi::runSearch(Command &command)
{
    const QString name = command.resource.value(QStringLiteral("name")).toString();
    const bool movies = name == QLatin1String("MoviesSearch");
    if (!movies && name != QLatin1String("EpisodeSearch"))
        return;
    const QJsonArray ids = command.resource.value(QStringLiteral("body"))
                               .toObject()
                               .value(movies ? QStringLiteral("movieIds") : QStringLiteral("episodeIds"))
                               .toArray();
    int downloaded = 0;
    int lastDownloaded = 0;
    for (const auto &id : ids) {
        // The best approved release (lowest releaseWeight) is what the search grabs.
        const QList<SimRelease> found =
            movies ? m_releases.movieReleases(id.toInt()) : m_releases.episodeReleases(id.toInt());
        const auto best = std::find_if(found.cbegin(), found.cend(), [](const SimRelease &r) { return r.approved(); });
        lastDownloaded = best == found.cend() ? 0 : 1;
        downloaded += lastDownloaded;
        if (best != found.cend()) {
            ++m_stats.searchGrabs;
            download(*best, m_history.grabbed(*best, QStringLiteral("UserInvokedSearch")));
        }
    }
    // MoviesSearchService: one message for the batch; EpisodeSearchService: one per episode, the last one stays.
    command.message =
        movies
            ? QStringLiteral("Completed search for %1 movies. %2 reports downloaded.").arg(ids.size()).arg(downloaded)
            : QStringLiteral("Episode search completed. %1 reports downloaded.").arg(lastDownloaded);
}

QJsonObject SimApi::commandNow(const Command &command) const
{
    QJsonObject c = command.resource;
    const qint64 now = m_clock.nowMs();
    if (now < command.startMs)
        return c;
    c.insert(QStringLiteral("started"), isoDate(command.startMs));
    c.insert(QStringLiteral("lastExecutionTime"), isoDate(command.startMs));
    if (!command.ran || now < command.endMs) {
        c.insert(QStringLiteral("status"), QStringLiteral("started"));
        c.insert(QStringLiteral("stateChangeTime"), isoDate(command.startMs));
        return c;
    }
    const bool failed = !command.failure.isEmpty();
    c.insert(QStringLiteral("status"), failed ? QStringLiteral("failed") : QStringLiteral("completed"));
    c.insert(QStringLiteral("result"), failed ? QStringLiteral("unsuccessful") : QStringLiteral("successful"));
    c.insert(QStringLiteral("ended"), isoDate(command.endMs));
    c.insert(QStringLiteral("stateChangeTime"), isoDate(command.endMs));
    // A TimeSpan as .NET writes it: hh:mm:ss.fffffff.
    const qint64 ms = command.endMs - command.startMs;
    c.insert(QStringLiteral("duration"), QStringLiteral("%1:%2:%3.%4")
                                             .arg(ms / 3600000, 2, 10, QLatin1Char('0'))
                                             .arg(ms / 60000 % 60, 2, 10, QLatin1Char('0'))
                                             .arg(ms / 1000 % 60, 2, 10, QLatin1Char('0'))
                                             .arg((ms % 1000) * 10000, 7, 10, QLatin1Char('0')));
    if (failed) {
        c.insert(QStringLiteral("message"), command.failure);
        c.insert(QStringLiteral("exception"), command.failure);
    } else if (!command.message.isEmpty()) {
        c.insert(QStringLiteral("message"), command.message);
    }
    return c;
}

SimResponse SimApi::releases(const SimRequest &request)
{
    // Counted (and delayed, standing for the indexers) by the server before it gets here, faults included.
    const SimReleases::Kind kind = SimReleases::classify(request.query, m_library.isRadarr());
    QString error;
    bool badRequest = false;
    const std::optional<QList<SimRelease>> found = m_releases.lookup(kind, request.query, &error, &badRequest);
    if (!found)
        return SimResponse::message(badRequest ? 400 : 500, error);
    return SimResponse::json(m_releases.render(*found));
}

SimResponse SimApi::grab(const SimRequest &request)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return SimResponse::message(400, tr("A grab needs a JSON body with guid and indexerId"));
    const QString guid = doc.object().value(QStringLiteral("guid")).toString();
    const int indexerId = doc.object().value(QStringLiteral("indexerId")).toInt();
    const SimRelease *cached = m_releases.cached(indexerId, guid);
    if (!cached) {
        ++m_stats.grabMisses;
        return SimResponse::message(404,
                                    QStringLiteral("Couldn't find requested release in cache, try searching again"));
    }
    if (cached->movieId == 0 && cached->seriesId == 0) {
        ++m_stats.grabMisses;
        return SimResponse::message(
            404,
            m_library.isRadarr()
                ? QStringLiteral("Unable to find matching movie, will need to be manually provided")
                : QStringLiteral("Unable to find matching series and episodes, will need to be manually provided"));
    }
    ++m_stats.grabs;
    const SimRelease release = *cached;
    download(release, m_history.grabbed(release, QStringLiteral("InteractiveSearch")));
    return SimResponse::json(m_releases.renderOne(release));
}

void SimApi::download(const SimRelease &release, const QString &downloadId)
{
    if (!m_config.searchUpgrades)
        return;
    SimFile file = release.file;
    file.dateAdded = m_clock.nowSeconds();
    if (m_library.isRadarr()) {
        const SimMovie *movie = m_library.movie(release.movieId);
        if (!movie)
            return;
        if (movie->file)
            m_history.deleted(*movie->file, movie->id, {}, QStringLiteral("Upgrade"));
        m_history.imported(release, m_library.importMovieFile(release.movieId, file), downloadId);
        return;
    }
    const SimSeries *series = m_library.seriesById(release.seriesId);
    if (!series)
        return;
    // Every file holding one of the release's episodes is replaced (its episodes in the release).
    QList<int> seen;
    for (const SimEpisode &e : series->episodes) {
        if (!release.episodeIds.contains(e.id) || !e.episodeFileId || seen.contains(e.episodeFileId))
            continue;
        seen.append(e.episodeFileId);
        QList<int> episodes;
        for (const SimEpisode &other : series->episodes) {
            if (other.episodeFileId == e.episodeFileId && release.episodeIds.contains(other.id))
                episodes.append(other.id);
        }
        if (const SimFile *old = m_library.episodeFile(*series, e.episodeFileId))
            m_history.deleted(*old, series->id, episodes, QStringLiteral("Upgrade"));
    }
    m_history.imported(release, m_library.importEpisodeFile(release.episodeIds, file), downloadId);
}

bool SimApi::episodeExists(int episodeId) const
{
    for (const SimSeries &s : m_library.series()) {
        for (const SimEpisode &e : s.episodes) {
            if (e.id == episodeId)
                return true;
        }
    }
    return false;
}

} // namespace arrscore
