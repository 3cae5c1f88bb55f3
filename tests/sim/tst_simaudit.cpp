// The simulator's planted audit cases against the issue's rules applied to what it serves over HTTP: history,
// files, movies and profiles. Every case /__sim/planted calls detectable is found, and nothing else is: the
// seeded ordinary history stays clean. Old versions plant the same cases but show less of them.
#include "simserver.h"
#include "simtestutil.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace arrscore;
using namespace arrscore::test;

namespace {

constexpr qint64 kLoopWindowMs = 30LL * 24 * 3600 * 1000;

QString dataOf(const QJsonObject &row, const char *key)
{
    return row.value(QLatin1String("data")).toObject().value(QLatin1String(key)).toString();
}

int num(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toInt();
}

// Today's files and their scores, as a client reads them.
struct Files
{
    QHash<int, int> currentFileOf; // movie or episode id → file id
    QHash<int, int> reported;      // file id → reported customFormatScore (absent: no score field)
    QHash<int, int> computed;      // file id → its formats' scores in its profile
    QHash<int, int> movieEmbedded; // Radarr: file id → /movie's movieFile.customFormatScore, where given
};

QHash<int, QHash<int, int>> profileScores(const Sim &sim)
{
    QHash<int, QHash<int, int>> out;
    for (const auto &v : fetch(sim.api(QStringLiteral("qualityprofile"))).array()) {
        const QJsonObject p = v.toObject();
        for (const auto &f : p.value(QLatin1String("formatItems")).toArray())
            out[num(p, "id")].insert(num(f.toObject(), "format"), num(f.toObject(), "score"));
    }
    return out;
}

void readFile(Files &files, const QJsonObject &f, const QHash<int, int> &scores)
{
    const int id = num(f, "id");
    if (f.contains(QLatin1String("customFormatScore")))
        files.reported.insert(id, num(f, "customFormatScore"));
    int sum = 0;
    for (const auto &cf : f.value(QLatin1String("customFormats")).toArray())
        sum += scores.value(num(cf.toObject(), "id"));
    files.computed.insert(id, sum);
}

Files readFiles(const Sim &sim)
{
    Files files;
    const QHash<int, QHash<int, int>> profiles = profileScores(sim);
    if (sim->library().isRadarr()) {
        for (const auto &v : fetch(sim.api(QStringLiteral("movie"))).array()) {
            const QJsonObject m = v.toObject();
            if (!m.value(QLatin1String("hasFile")).toBool())
                continue;
            const QJsonObject embedded = m.value(QLatin1String("movieFile")).toObject();
            files.currentFileOf.insert(num(m, "id"), num(m, "movieFileId"));
            if (embedded.contains(QLatin1String("customFormatScore")))
                files.movieEmbedded.insert(num(embedded, "id"), num(embedded, "customFormatScore"));
            for (const auto &f : fetch(sim.api(QStringLiteral("moviefile?movieId=%1").arg(num(m, "id")))).array())
                readFile(files, f.toObject(), profiles.value(num(m, "qualityProfileId")));
        }
        return files;
    }
    for (const auto &v : fetch(sim.api(QStringLiteral("series"))).array()) {
        const QJsonObject s = v.toObject();
        const int id = num(s, "id");
        for (const auto &e : fetch(sim.api(QStringLiteral("episode?seriesId=%1").arg(id))).array()) {
            if (num(e.toObject(), "episodeFileId"))
                files.currentFileOf.insert(num(e.toObject(), "id"), num(e.toObject(), "episodeFileId"));
        }
        for (const auto &f : fetch(sim.api(QStringLiteral("episodefile?seriesId=%1").arg(id))).array())
            readFile(files, f.toObject(), profiles.value(num(s, "qualityProfileId")));
    }
    return files;
}

// The issue's rules over the whole history (oldest first), keyed as planted() keys them.
QStringList audit(const Sim &sim)
{
    const bool radarr = sim->library().isRadarr();
    const Files files = readFiles(sim);
    const QJsonArray rows =
        fetch(sim.api(QStringLiteral("history?pageSize=100000&sortKey=date&sortDirection=ascending")))
            .object()
            .value(QLatin1String("records"))
            .toArray();
    QMap<int, QList<QJsonObject>> byItem; // movie or episode id → its rows, oldest first
    for (const auto &v : rows)
        byItem[num(v.toObject(), radarr ? "movieId" : "episodeId")].append(v.toObject());
    QSet<QString> found;
    const auto score = [](const QJsonObject &row) -> std::optional<int> {
        const QString s = dataOf(row, "customFormatScore");
        return s.isEmpty() ? std::nullopt : std::optional<int>(s.toInt());
    };
    const auto date = [](const QJsonObject &row) {
        return QDateTime::fromString(row.value(QLatin1String("date")).toString(), Qt::ISODate).toMSecsSinceEpoch();
    };
    for (auto it = byItem.cbegin(); it != byItem.cend(); ++it) {
        const int item = it.key();
        QList<QJsonObject> grabs;
        QHash<QString, QJsonObject> grabByDownload;
        QHash<QString, int> perRelease;
        int failures = 0;
        std::optional<QJsonObject> lastImport;
        for (const QJsonObject &row : it.value()) {
            const QString type = row.value(QLatin1String("eventType")).toString();
            const QString downloadId = row.value(QLatin1String("downloadId")).toString();
            if (type == QLatin1String("grabbed")) {
                grabs.append(row);
                grabByDownload.insert(downloadId, row);
                QString release = dataOf(row, "torrentInfoHash");
                if (release.isEmpty())
                    release = dataOf(row, "releaseHash");
                if (release.isEmpty())
                    release = row.value(QLatin1String("sourceTitle")).toString().toLower();
                ++perRelease[release];
            } else if (type == QLatin1String("downloadFolderImported")) {
                lastImport = row;
                const auto grabbed = grabByDownload.constFind(downloadId);
                if (grabbed != grabByDownload.cend() && score(*grabbed) && score(row)
                    && *score(*grabbed) != *score(row))
                    found.insert(QStringLiteral("grab-import-mismatch %1 %2").arg(item).arg(downloadId));
            } else if (type == QLatin1String("downloadFailed")) {
                ++failures;
            }
        }
        bool loop = std::any_of(perRelease.cbegin(), perRelease.cend(), [](int n) { return n >= 2; });
        for (int i = 0; !loop && i + 2 < grabs.size(); ++i) {
            int last = i;
            while (last + 1 < grabs.size() && date(grabs.at(last + 1)) - date(grabs.at(i)) <= kLoopWindowMs)
                ++last;
            const auto first = score(grabs.at(i));
            const auto end = score(grabs.at(last));
            loop = last - i >= 2 && first && end && *end <= *first;
        }
        if (loop)
            found.insert(QStringLiteral("upgrade-loop %1").arg(item));
        if (failures >= 2)
            found.insert(QStringLiteral("repeated-failure %1").arg(item));
        if (lastImport && score(*lastImport)) {
            const int fileId = dataOf(*lastImport, "fileId").toInt();
            const int current = files.reported.value(fileId, files.computed.value(fileId));
            if (files.currentFileOf.value(item) == fileId && current != *score(*lastImport))
                found.insert(QStringLiteral("import-current-mismatch %1 %2").arg(item).arg(fileId));
        }
    }
    for (auto it = files.reported.cbegin(); it != files.reported.cend(); ++it) {
        if (it.value() != files.computed.value(it.key()))
            found.insert(QStringLiteral("score-mismatch %1 %2")
                             .arg(radarr ? QStringLiteral("moviefile") : QStringLiteral("episodefile"))
                             .arg(it.key()));
        if (files.movieEmbedded.contains(it.key()) && files.movieEmbedded.value(it.key()) != it.value())
            found.insert(QStringLiteral("score-mismatch movie %1").arg(it.key()));
    }
    QStringList out(found.cbegin(), found.cend());
    out.sort();
    return out;
}

QStringList plantedKeys(const QJsonArray &planted, bool radarr)
{
    QStringList out;
    for (const auto &v : planted) {
        const QJsonObject p = v.toObject();
        if (!p.value(QLatin1String("detectable")).toBool())
            continue;
        const QString kind = p.value(QLatin1String("kind")).toString();
        const int item = num(p, radarr ? "itemId" : "episodeId");
        if (kind == QLatin1String("grab-import-mismatch"))
            out.append(
                QStringLiteral("%1 %2 %3").arg(kind).arg(item).arg(p.value(QLatin1String("downloadId")).toString()));
        else if (kind == QLatin1String("import-current-mismatch"))
            out.append(QStringLiteral("%1 %2 %3").arg(kind).arg(item).arg(num(p, "fileId")));
        else if (kind == QLatin1String("score-mismatch"))
            out.append(QStringLiteral("%1 %2 %3")
                           .arg(kind, p.value(QLatin1String("endpoint")).toString())
                           .arg(num(p, "fileId")));
        else
            out.append(QStringLiteral("%1 %2").arg(kind).arg(item));
    }
    out.removeDuplicates();
    out.sort();
    return out;
}

QJsonArray plantedOf(const Sim &sim)
{
    const Reply r = fetch(sim.raw(QStringLiteral("/__sim/planted")));
    return QJsonDocument::fromJson(r.body).array();
}

} // namespace

class tst_SimAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plantedIsExactlyWhatTheRulesFind_data();
    void plantedIsExactlyWhatTheRulesFind();
    void everyKindEvenInASmallLibrary();
    void deterministicPerSeed();
    void plantedFollowsTheLibrary();
};

void tst_SimAudit::plantedIsExactlyWhatTheRulesFind_data()
{
    QTest::addColumn<SimLibraryConfig>("library");
    QTest::addColumn<int>("hidden"); // planted cases this version cannot show, at least
    QTest::newRow("radarr 5.14") << radarr(QStringLiteral("5.14.0.9383"), 60) << 0;
    QTest::newRow("radarr 6.0 seed 3") << radarr(QStringLiteral("6.0.3.10276"), 90, 3) << 0;
    QTest::newRow("radarr 4.4.2 (no file score field)") << radarr(QStringLiteral("4.4.2.6956"), 60) << 1;
    QTest::newRow("radarr 4.3.0 (no scores in history)") << radarr(QStringLiteral("4.3.0.6671"), 60) << 3;
    QTest::newRow("sonarr 4.0.9") << sonarr(QStringLiteral("4.0.9.2244"), 8, 14) << 0;
    QTest::newRow("sonarr 3 (no formats)") << sonarr(QStringLiteral("3.0.10.1567"), 8, 14) << 3;
}

void tst_SimAudit::plantedIsExactlyWhatTheRulesFind()
{
    QFETCH(SimLibraryConfig, library);
    QFETCH(int, hidden);
    Sim sim(library);
    const QJsonArray planted = plantedOf(sim);
    const QStringList expected = plantedKeys(planted, library.type == SimAppType::Radarr);
    const QStringList found = audit(sim);
    if (found != expected) {
        for (const QString &k : found)
            if (!expected.contains(k))
                qWarning("invented: %s", qPrintable(k));
        for (const QString &k : expected)
            if (!found.contains(k))
                qWarning("missed: %s", qPrintable(k));
    }
    QCOMPARE(found, expected);
    const auto undetectable = std::count_if(planted.cbegin(), planted.cend(), [](const QJsonValue &v) {
        return !v.toObject().value(QLatin1String("detectable")).toBool();
    });
    QVERIFY2(undetectable >= hidden, qPrintable(QString::number(undetectable)));
}

void tst_SimAudit::everyKindEvenInASmallLibrary()
{
    for (const SimLibraryConfig &library :
         {radarr(QStringLiteral("5.14.0.9383"), 12), sonarr(QStringLiteral("4.0.9.2244"), 2, 10)}) {
        Sim sim(library);
        QSet<QString> kinds;
        for (const auto &v : plantedOf(sim)) {
            const QJsonObject p = v.toObject();
            if (p.value(QLatin1String("kind")).toString() == QLatin1String("upgrade-loop"))
                kinds.insert(QStringLiteral("upgrade-loop ") + p.value(QLatin1String("variant")).toString());
            else if (p.value(QLatin1String("endpoint")).toString() != QLatin1String("movie"))
                kinds.insert(p.value(QLatin1String("kind")).toString());
        }
        QCOMPARE(kinds, (QSet<QString>{
                            QStringLiteral("upgrade-loop same-release"), QStringLiteral("upgrade-loop repeated-grabs"),
                            QStringLiteral("grab-import-mismatch"), QStringLiteral("import-current-mismatch"),
                            QStringLiteral("score-mismatch"), QStringLiteral("repeated-failure")}));
    }
}

void tst_SimAudit::deterministicPerSeed()
{
    // Which items and files, and what the history says of them, depend on the seed alone (dates move with now).
    const auto keys = [](const SimLibraryConfig &library) {
        Sim sim(library);
        QStringList out;
        for (const auto &v : plantedOf(sim)) {
            QJsonObject p = v.toObject();
            p.remove(QStringLiteral("downloadId")); // SABnzbd ids hash the grab time
            p.remove(QStringLiteral("downloadIds"));
            out.append(QString::fromUtf8(QJsonDocument(p).toJson(QJsonDocument::Compact)));
        }
        return out;
    };
    QCOMPARE(keys(radarr(QStringLiteral("5.14.0.9383"), 50, 11)), keys(radarr(QStringLiteral("5.14.0.9383"), 50, 11)));
    QVERIFY(keys(radarr(QStringLiteral("5.14.0.9383"), 50, 11)) != keys(radarr(QStringLiteral("5.14.0.9383"), 50, 12)));
}

void tst_SimAudit::plantedFollowsTheLibrary()
{
    // A file replaced since takes its import/current and score mismatches with it; history-borne cases stay.
    Sim sim(radarr(QStringLiteral("5.14.0.9383"), 40));
    int movieId = 0;
    for (const auto &v : plantedOf(sim)) {
        const QJsonObject p = v.toObject();
        if (p.value(QLatin1String("kind")).toString() == QLatin1String("import-current-mismatch"))
            movieId = num(p, "itemId");
    }
    QVERIFY(movieId);
    const QByteArray body = QStringLiteral(R"({"op": "replaceMovieFile", "movieId": %1})").arg(movieId).toUtf8();
    QCOMPARE(fetch(sim.raw(QStringLiteral("/__sim/mutate")), {}, &body).status, 200);
    for (const auto &v : plantedOf(sim)) {
        const QJsonObject p = v.toObject();
        QVERIFY(!(num(p, "itemId") == movieId
                  && p.value(QLatin1String("kind")).toString() == QLatin1String("import-current-mismatch")));
    }
    QCOMPARE(audit(sim), plantedKeys(plantedOf(sim), true));
}

QTEST_GUILESS_MAIN(tst_SimAudit)
#include "tst_simaudit.moc"
