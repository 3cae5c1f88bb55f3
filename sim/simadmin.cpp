#include "simadmin.h"

#include "simserver.h"
#include "simtwin.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace arrscore {

namespace {

SimResponse jsonObject(const QJsonObject &o, int status = 200)
{
    return SimResponse::json(QJsonDocument(o).toJson(), status);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("arrscore::SimAdmin", text);
}

} // namespace

SimAdmin::SimAdmin(SimServer &server) : m_server(server) {}

SimResponse SimAdmin::htmlPage(const QString &appName, const QString &urlBase)
{
    const QString page =
        QStringLiteral(
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n<title>%1</title>\n</head>\n"
            "<body>\n<div id=\"root\"></div>\n<script>window.%1 = { apiRoot: '%2/api/v3', urlBase: '%2' };</script>\n"
            "</body>\n</html>\n")
            .arg(appName, urlBase);
    return {200, page.toUtf8(), QByteArrayLiteral("text/html"), {}};
}

SimResponse SimAdmin::proxyErrorPage(int status)
{
    const QByteArray title = QByteArray::number(status) + (status == 502 ? " Bad Gateway" : " Gateway Time-out");
    return {status,
            "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title
                + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n",
            QByteArrayLiteral("text/html"),
            {}};
}

SimResponse SimAdmin::handle(const SimRequest &request, const QString &route)
{
    const bool post = request.method == "POST";
    QJsonObject body;
    if (post && !request.body.trimmed().isEmpty()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return SimResponse::message(400, tr("The body must be a JSON object"));
        body = doc.object();
    }
    if (route == QLatin1String("stats") && !post)
        return jsonObject(m_server.stats().toJson());
    if (route == QLatin1String("commands") && !post) {
        QJsonArray all;
        for (const QJsonObject &c : m_server.commands())
            all.append(c);
        return SimResponse::json(QJsonDocument(all).toJson());
    }
    if (route == QLatin1String("planted") && !post)
        return SimResponse::json(QJsonDocument(m_server.planted()).toJson());
    if (route == QLatin1String("reset") && post) {
        m_server.resetStats();
        m_server.clearCommands();
        if (body.value(QLatin1String("library")).toBool())
            m_server.library().regenerate();
        return jsonObject({{QStringLiteral("ok"), true}});
    }
    if (route == QLatin1String("config")) {
        if (post) {
            QString error;
            if (!m_server.applyConfig(body, &error))
                return SimResponse::message(400, error);
            const QJsonObject lib = body.value(QLatin1String("library")).toObject();
            if (!lib.isEmpty()) {
                SimLibraryConfig c = m_server.library().config();
                if (lib.contains(QLatin1String("type")))
                    c.type = lib.value(QLatin1String("type")).toString().toLower() == QLatin1String("sonarr")
                                 ? SimAppType::Sonarr
                                 : SimAppType::Radarr;
                c.version = lib.value(QLatin1String("version")).toString(c.version);
                c.movies = lib.value(QLatin1String("movies")).toInt(c.movies);
                c.series = lib.value(QLatin1String("series")).toInt(c.series);
                c.episodeFilesPerSeries = lib.value(QLatin1String("episodesPerSeries")).toInt(c.episodeFilesPerSeries);
                c.totalEpisodeFiles = lib.value(QLatin1String("totalEpisodeFiles")).toInt(c.totalEpisodeFiles);
                c.emptySeries = lib.value(QLatin1String("emptySeries")).toInt(c.emptySeries);
                c.seed = quint64(lib.value(QLatin1String("seed")).toDouble(double(c.seed)));
                c.twin = lib.value(QLatin1String("twin")).toString(c.twin);
                if (!SimTwin::parse(c.twin))
                    return SimResponse::message(400, tr(R"("twin" must be "1080p", "4k" or empty)"));
                m_server.library().regenerate(c);
            }
        }
        QJsonObject out = m_server.config().toJson();
        const SimLibraryConfig &c = m_server.library().config();
        out.insert(QStringLiteral("library"),
                   QJsonObject{{QStringLiteral("type"), m_server.library().appName().toLower()},
                               {QStringLiteral("version"), c.version},
                               {QStringLiteral("movies"), int(m_server.library().movies().size())},
                               {QStringLiteral("series"), int(m_server.library().series().size())},
                               {QStringLiteral("movieFiles"), m_server.library().movieFileCount()},
                               {QStringLiteral("episodeFiles"), m_server.library().episodeFileCount()},
                               {QStringLiteral("seed"), double(c.seed)},
                               {QStringLiteral("twin"), c.twin}});
        return jsonObject(out);
    }
    if (route == QLatin1String("twin") && !post)
        return jsonObject(twin());
    if (route == QLatin1String("mutate") && post)
        return mutate(body);
    return SimResponse::message(404, tr("Unknown admin route"));
}

QJsonObject SimAdmin::twin() const
{
    const SimLibrary &lib = m_server.library();
    const SimTwin::Kind kind = SimTwin::parse(lib.config().twin).value_or(SimTwin::Kind::None);
    QJsonArray onlyHere;
    for (int id : lib.onlyHere())
        onlyHere.append(id);
    QJsonArray drift;
    const QList<SimProfile> catalogue = lib.catalog().defaultProfiles();
    for (const SimTwin::Drift &d : SimTwin::drift(kind)) {
        const int formatId = lib.catalog().formatId(d.format);
        const auto was = std::find_if(catalogue.cbegin(), catalogue.cend(),
                                      [&d](const SimProfile &p) { return p.name == d.profile; });
        drift.append(QJsonObject{
            {QStringLiteral("profile"), d.profile},
            {QStringLiteral("format"), d.format},
            {QStringLiteral("formatId"), formatId},
            {QStringLiteral("score"), d.score},
            {QStringLiteral("catalogueScore"), was == catalogue.cend() ? 0 : was->formatScores.value(formatId)}});
    }
    return {{QStringLiteral("twin"), SimTwin::name(kind)},
            {QStringLiteral("seed"), double(lib.config().seed)},
            {lib.isRadarr() ? QStringLiteral("onlyHereTmdbIds") : QStringLiteral("onlyHereTvdbIds"), onlyHere},
            {QStringLiteral("drift"), drift}};
}

SimResponse SimAdmin::mutate(const QJsonObject &op)
{
    SimLibrary &lib = m_server.library();
    const QString name = op.value(QLatin1String("op")).toString();
    auto num = [&op](const char *key) { return op.value(QLatin1String(key)).toInt(); };
    int id = 0;
    bool ok = false;
    if (name == QLatin1String("setScore")) {
        ok = lib.setFormatScore(num("profileId"), num("formatId"), num("score"));
    } else if (name == QLatin1String("setCutoffFormatScore")) {
        ok = lib.setCutoffFormatScore(num("profileId"), num("score"));
    } else if (name == QLatin1String("replaceMovieFile")) {
        std::optional<QList<int>> formats;
        if (op.contains(QLatin1String("formatIds"))) {
            formats = QList<int>();
            for (const auto &v : op.value(QLatin1String("formatIds")).toArray())
                formats->append(v.toInt());
        }
        id = lib.replaceMovieFile(num("movieId"), op.value(QLatin1String("quality")).toString(), formats);
        ok = id > 0;
    } else if (name == QLatin1String("removeMovieFile")) {
        ok = lib.removeMovieFile(num("movieId"));
    } else if (name == QLatin1String("addMovie")) {
        id = lib.addMovie(op.value(QLatin1String("title")).toString(), num("year"), num("profileId"),
                          op.value(QLatin1String("withFile")).toBool(true));
        ok = id > 0;
    } else if (name == QLatin1String("replaceEpisodeFile")) {
        id = lib.replaceEpisodeFile(num("seriesId"), num("episodeFileId"),
                                    op.value(QLatin1String("quality")).toString());
        ok = id > 0;
    } else if (name == QLatin1String("addEpisodeFile")) {
        id = lib.addEpisodeFile(num("seriesId"));
        ok = id > 0;
    } else if (name == QLatin1String("removeEpisodeFile")) {
        ok = lib.removeEpisodeFile(num("seriesId"), num("episodeFileId"));
    } else if (name == QLatin1String("listFileTwice")) {
        // {"op": "listFileTwice", "fileId": 12, "twice": false} lists it once again.
        ok = lib.listFileTwice(num("fileId"), op.value(QLatin1String("twice")).toBool(true));
    } else if (name == QLatin1String("hideFiles")) {
        // {"op": "hideFiles", "hidden": true}: moviefile and episodefile leave out every file, or with
        // "fileIds": [...] only those, while /movie and the episodes still name them.
        const bool hidden = op.value(QLatin1String("hidden")).toBool(true);
        const QJsonArray ids = op.value(QLatin1String("fileIds")).toArray();
        ok = true;
        if (ids.isEmpty())
            lib.setFilesHidden(hidden);
        for (const auto &v : ids)
            ok = lib.hideFile(v.toInt(), hidden) && ok;
    } else if (name == QLatin1String("advanceClock")) {
        // {"op": "advanceClock", "seconds": 1801}: the release cache, commands and dates move on.
        const qint64 seconds = qint64(op.value(QLatin1String("seconds")).toDouble());
        ok = seconds > 0;
        if (ok)
            m_server.advanceClock(seconds);
    } else {
        return SimResponse::message(400, tr("Unknown op \"%1\"").arg(name));
    }
    if (!ok)
        return SimResponse::message(404, tr("Nothing to change for \"%1\"").arg(name));
    return jsonObject({{QStringLiteral("ok"), true}, {QStringLiteral("id"), id}});
}

} // namespace arrscore
