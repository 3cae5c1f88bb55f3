// Instances side by side: two simulators sharing a catalogue (a 1080p and a 4K twin) synced into one SQLite file;
// the comparison pairs movies by tmdbId and episodes by tvdbId, season and episode, exactly as the simulators
// hold them, and lists the profiles whose scores drifted, format by format. A Radarr is never paired with a Sonarr.
#include "audit/auditjson.h"
#include "audit/instancecomparison.h"
#include "config/config.h"
#include "simserver.h"
#include "simtestutil.h"
#include "storage/database.h"
#include "sync/syncsession.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace arrscore;
using namespace arrscore::test;

namespace {

InstanceTarget targetOf(const Sim &sim, const QString &name, InstanceType type)
{
    InstanceConfig config;
    config.name = name;
    config.type = type;
    config.url = sim->baseUrl();
    config.apiKey = sim->apiKey();
    config.historyDays = 0; // the comparison needs none
    InstanceTarget target = InstanceTarget::fromConfig(config);
    target.client.retry.baseDelayMs = 10;
    return target;
}

void syncAll(const QString &location, const QList<InstanceTarget> &targets)
{
    SyncSession session(location);
    QSignalSpy done(&session, &SyncSession::finished);
    session.start(targets);
    QVERIFY(done.wait(120000));
    for (const auto &o : session.outcomes())
        QVERIFY2(!o.error.isError(), qPrintable(o.error.message));
}

SimLibraryConfig twinOf(SimLibraryConfig library, const QString &twin)
{
    library.twin = twin;
    return library;
}

// "tmdbId" or "tvdbId/season/episode" → the file's id, for every item with a file.
QHash<QString, int> itemsOf(const Sim &sim)
{
    QHash<QString, int> out;
    const SimLibrary &lib = sim->library();
    if (lib.isRadarr()) {
        for (const SimMovie &m : lib.movies()) {
            if (m.file)
                out.insert(QString::number(m.tmdbId), m.file->id);
        }
        return out;
    }
    for (const SimSeries &s : lib.series()) {
        for (const SimEpisode &e : s.episodes) {
            if (e.episodeFileId > 0)
                out.insert(QStringLiteral("%1/%2/%3").arg(s.tvdbId).arg(e.seasonNumber).arg(e.episodeNumber),
                           e.episodeFileId);
        }
    }
    return out;
}

QString keyOf(const ComparedItem &item)
{
    return item.kind == MediaKind::Movie
               ? QString::number(item.externalId)
               : QStringLiteral("%1/%2/%3").arg(item.externalId).arg(item.season).arg(item.episode);
}

// The drift both twins list: "profile/format".
QSet<QString> listedDrift(const Sim &a, const Sim &b)
{
    QSet<QString> out;
    for (const Sim *sim : {&a, &b}) {
        for (const auto &v :
             fetch(sim->raw(QStringLiteral("/__sim/twin"))).object().value(QLatin1String("drift")).toArray())
            out.insert(v.toObject().value(QLatin1String("profile")).toString() + QLatin1Char('/')
                       + v.toObject().value(QLatin1String("format")).toString());
    }
    return out;
}

void checkPairing(const Comparison &c, const Sim &hd, const Sim &uhd)
{
    QCOMPARE(c.instances, (QStringList{QStringLiteral("hd"), QStringLiteral("uhd")}));
    const QHash<QString, int> a = itemsOf(hd);
    const QHash<QString, int> b = itemsOf(uhd);
    QSet<QString> shared;
    for (const ComparedItem &item : c.shared) {
        QCOMPARE(item.copies.size(), 2);
        QVERIFY(item.missingFrom.isEmpty());
        QCOMPARE(item.copies[0].instance, QStringLiteral("hd"));
        QCOMPARE(item.copies[0].fileId, qint64(a.value(keyOf(item))));
        QCOMPARE(item.copies[1].fileId, qint64(b.value(keyOf(item))));
        QVERIFY(!item.copies[0].quality.isEmpty());
        shared.insert(keyOf(item));
    }
    QSet<QString> expectedShared;
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        if (b.contains(it.key()))
            expectedShared.insert(it.key());
    }
    QCOMPARE(shared, expectedShared);
    QVERIFY(shared.size() > 10);
    QSet<QString> onlyHd;
    QSet<QString> onlyUhd;
    for (const ComparedItem &item : c.onlyIn) {
        QCOMPARE(item.copies.size(), 1);
        QCOMPARE(item.missingFrom.size(), 1);
        (item.copies[0].instance == QLatin1String("hd") ? onlyHd : onlyUhd).insert(keyOf(item));
        QCOMPARE(item.missingFrom.first(),
                 item.copies[0].instance == QLatin1String("hd") ? QStringLiteral("uhd") : QStringLiteral("hd"));
    }
    QCOMPARE(onlyHd, QSet<QString>(a.keyBegin(), a.keyEnd()).subtract(expectedShared));
    QCOMPARE(onlyUhd, QSet<QString>(b.keyBegin(), b.keyEnd()).subtract(expectedShared));
    QVERIFY(!onlyHd.isEmpty() && !onlyUhd.isEmpty());

    QSet<QString> drifted;
    for (const ProfileDrift &d : c.drift) {
        QCOMPARE(d.instances.size(), 2);
        for (const FormatDrift &f : d.formats) {
            QVERIFY(f.scores.value(0).value_or(0) != f.scores.value(1).value_or(0));
            drifted.insert(d.profile + QLatin1Char('/') + f.format);
        }
    }
    QCOMPARE(drifted, listedDrift(hd, uhd));
}

} // namespace

class tst_InstanceComparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void radarrTwins();
    void sonarrTwins();
    void needsTwoOfAKind();
};

void tst_InstanceComparison::radarrTwins()
{
    const SimLibraryConfig base = radarr(QStringLiteral("5.14.0.9383"), 60, 5);
    Sim hd(twinOf(base, QStringLiteral("1080p")));
    Sim uhd(twinOf(base, QStringLiteral("4k")));
    Sim tv(sonarr(QStringLiteral("4.0.9.2244"), 3, 5));
    QTemporaryDir dir;
    const QString location = dir.filePath(QStringLiteral("compare.db"));
    syncAll(location, {targetOf(hd, QStringLiteral("hd"), InstanceType::Radarr),
                       targetOf(uhd, QStringLiteral("uhd"), InstanceType::Radarr),
                       targetOf(tv, QStringLiteral("tv"), InstanceType::Sonarr)});
    auto db = Database::open(location);
    QVERIFY(db);
    const auto result = InstanceComparison::compare(**db);
    QVERIFY2(result, qPrintable(result.error().message));
    QCOMPARE(result->size(), 1); // the Sonarr has no partner
    QCOMPARE(result->first().type, InstanceType::Radarr);
    checkPairing(result->first(), hd, uhd);

    const QJsonObject json = AuditJson::comparison(*result);
    QCOMPARE(json.value(QLatin1String("shared")).toArray().size(), result->first().shared.size());
    const QJsonObject first = json.value(QLatin1String("shared")).toArray().first().toObject();
    QVERIFY(first.contains(QLatin1String("tmdb_id")));
    QCOMPARE(first.value(QLatin1String("copies")).toArray().size(), 2);
    QCOMPARE(json.value(QLatin1String("only_in")).toArray().size(), result->first().onlyIn.size());
    QCOMPARE(json.value(QLatin1String("drift")).toArray().size(), result->first().drift.size());
}

void tst_InstanceComparison::sonarrTwins()
{
    SimLibraryConfig base = sonarr(QStringLiteral("4.0.9.2244"), 6, 8);
    base.seed = 11;
    Sim hd(twinOf(base, QStringLiteral("1080p")));
    Sim uhd(twinOf(base, QStringLiteral("4k")));
    QTemporaryDir dir;
    const QString location = dir.filePath(QStringLiteral("compare.db"));
    syncAll(location, {targetOf(hd, QStringLiteral("hd"), InstanceType::Sonarr),
                       targetOf(uhd, QStringLiteral("uhd"), InstanceType::Sonarr)});
    auto db = Database::open(location);
    const auto result = InstanceComparison::compare(**db, {QStringLiteral("hd"), QStringLiteral("uhd")});
    QVERIFY2(result, qPrintable(result.error().message));
    QCOMPARE(result->size(), 1);
    checkPairing(result->first(), hd, uhd);
}

void tst_InstanceComparison::needsTwoOfAKind()
{
    Sim movies(radarr(QStringLiteral("5.14.0.9383"), 10));
    Sim tv(sonarr(QStringLiteral("4.0.9.2244"), 2, 3));
    QTemporaryDir dir;
    const QString location = dir.filePath(QStringLiteral("compare.db"));
    syncAll(location, {targetOf(movies, QStringLiteral("movies"), InstanceType::Radarr),
                       targetOf(tv, QStringLiteral("tv"), InstanceType::Sonarr)});
    auto db = Database::open(location);
    const auto result = InstanceComparison::compare(**db);
    QVERIFY(!result);
    QCOMPARE(result.error().kind, ErrorKind::Config);
    QVERIFY(result.error().message.contains(QLatin1String("two synced instances of the same kind")));
    const auto unknown = InstanceComparison::compare(**db, {QStringLiteral("movies"), QStringLiteral("nope")});
    QCOMPARE(unknown.error().kind, ErrorKind::NotFound);
}

QTEST_GUILESS_MAIN(tst_InstanceComparison)
#include "tst_instancecomparison.moc"
