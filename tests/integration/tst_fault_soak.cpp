// The fault soak: ten generations of a changing Radarr and Sonarr library, each synced by the real binary
// through about 5 % mixed faults (500, 503, 429 with Retry-After, resets, truncated bodies, slow answers).
// Every sync must succeed, every export must equal what the simulators serve, and every diff must be
// exactly what the generation changed. A failure names the generation, the instance and the requests the
// simulators answered with a fault.
#include "clitestfixture.h"
#include "simtestutil.h"

#include <QRandomGenerator>
#include <QtTest>

#include <algorithm>

using namespace arrscore;
using namespace arrscore::test;

namespace {

constexpr int kGenerations = 10;

// About 5 % of the API requests, each rule drawn on its own (the simulator's probability).
const QStringList kFaults = {
    QStringLiteral("error:status=500,probability=0.01"),
    QStringLiteral("error:status=503,probability=0.01"),
    QStringLiteral("ratelimit:retryAfter=1,probability=0.01"),
    QStringLiteral("reset:probability=0.01"),
    QStringLiteral("truncate:probability=0.005"),
    QStringLiteral("slow:delayMs=300,probability=0.005"),
};

// One file as the simulator serves it now.
struct TruthFile
{
    qint64 itemId = 0;
    int score = 0;
    QList<qint64> itemKeys; // what the diff matches an old and a new file on: the movie, or the episodes
};
using Truth = QHash<qint64, TruthFile>; // by file id

Truth truthOf(const SimLibrary &lib)
{
    Truth truth;
    for (const SimMovie &m : lib.movies()) {
        if (m.file)
            truth.insert(m.file->id, {m.id, lib.reportedScore(*m.file, m.qualityProfileId), {m.id}});
    }
    for (const SimSeries &s : lib.series()) {
        for (const SimFile &f : s.files) {
            TruthFile t{s.id, lib.reportedScore(f, s.qualityProfileId), {}};
            for (const SimEpisode &e : s.episodes) {
                if (e.episodeFileId == f.id)
                    t.itemKeys << e.id;
            }
            truth.insert(f.id, t);
        }
    }
    return truth;
}

QString change(const QString &kind, qint64 before, qint64 after)
{
    return QStringLiteral("%1 %2->%3").arg(kind).arg(before).arg(after);
}

// What changed from `before` to `after`, in the diff's terms, one "kind old->new" per change (0 = none).
QStringList expectedChanges(const Truth &before, const Truth &after)
{
    QStringList changes;
    QList<qint64> gone;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!after.contains(it.key()))
            gone << it.key();
    }
    QSet<qint64> replaced;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (const auto old = before.constFind(it.key()); old != before.cend()) {
            if (old->score != it->score)
                changes << change(QStringLiteral("rescored"), it.key(), it.key());
            continue;
        }
        bool any = false;
        for (qint64 o : std::as_const(gone)) {
            const TruthFile &was = before[o];
            const bool shares = std::any_of(was.itemKeys.cbegin(), was.itemKeys.cend(),
                                            [&](qint64 key) { return it->itemKeys.contains(key); });
            if (!shares)
                continue;
            any = true;
            replaced.insert(o);
            const QString kind = it->score > was.score   ? QStringLiteral("upgraded")
                                 : it->score < was.score ? QStringLiteral("downgraded")
                                                         : QStringLiteral("replaced");
            changes << change(kind, o, it.key());
        }
        if (!any)
            changes << change(QStringLiteral("added"), 0, it.key());
    }
    for (qint64 o : std::as_const(gone)) {
        if (!replaced.contains(o))
            changes << change(QStringLiteral("removed"), o, 0);
    }
    changes.sort();
    return changes;
}

QStringList actualChanges(const QJsonObject &diff)
{
    QStringList changes;
    for (const QJsonValue &v : diff.value(QLatin1String("changes")).toArray()) {
        const QJsonObject c = v.toObject();
        const auto fileId = [&c](const char *side) {
            return c.value(QLatin1String(side)).toObject().value(QLatin1String("file_id")).toInteger();
        };
        changes << change(c.value(QLatin1String("change")).toString(), fileId("before"), fileId("after"));
    }
    changes.sort();
    return changes;
}

// `a` without what is in `b`, for a message.
QStringList minus(const QStringList &a, const QStringList &b)
{
    QStringList out;
    for (const QString &s : a) {
        if (!b.contains(s))
            out << s;
    }
    return out;
}

// A simulator with its admin API, and the requests it answered with a fault since the last clear().
class SoakServer
{
public:
    SoakServer(QString name, std::unique_ptr<SimServer> sim) : m_name(std::move(name)), m_sim(std::move(sim))
    {
        QObject::connect(m_sim.get(), &SimServer::requestFinished, m_sim.get(),
                         [this](const QString &path, int status) {
                             if (status != 200)
                                 m_faulted << QStringLiteral("%1 → %2").arg(
                                     path, status == 0 ? QStringLiteral("reset") : QString::number(status));
                         });
    }

    const QString &name() const { return m_name; }
    SimServer &sim() const { return *m_sim; }
    const SimLibrary &library() const { return m_sim->library(); }
    QStringList faulted() const { return m_faulted; }

    // POST /__sim/<route>; empty when it answered 200, else what it said.
    QString admin(const QString &route, const QJsonObject &body) const
    {
        const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
        const Reply r = fetch(QUrl(m_sim->baseUrl().toString() + QStringLiteral("/__sim/") + route), {}, &json);
        return r.status == 200 ? QString()
                               : QStringLiteral("%1 %2: %3 %4")
                                     .arg(route, QString::fromUtf8(json))
                                     .arg(r.status)
                                     .arg(QString::fromUtf8(r.body));
    }

    // This generation's faults, from a seed of its own, and a clean log.
    QString startGeneration(int generation)
    {
        m_faulted.clear();
        QJsonArray faults;
        for (const QString &spec : kFaults)
            faults.append(SimFaultRule::parse(spec)->toJson());
        return admin(QStringLiteral("config"),
                     {{QStringLiteral("faultSeed"), 1000 * (m_name == QLatin1String("sonarr") ? 2 : 1) + generation},
                      {QStringLiteral("faults"), faults}});
    }

private:
    QString m_name;
    std::unique_ptr<SimServer> m_sim;
    QStringList m_faulted;
};

} // namespace

class tst_FaultSoak : public CliTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void tenGenerationsThroughFaults();

private:
    static QString mutateRadarr(const SoakServer &server, QRandomGenerator &rng, int generation);
    static QString mutateSonarr(const SoakServer &server, QRandomGenerator &rng);
    static QString rescore(const SoakServer &server, QRandomGenerator &rng);
};

// A format of a profile gets another score: every file of the profile that matches it is re-scored.
QString tst_FaultSoak::rescore(const SoakServer &server, QRandomGenerator &rng)
{
    const QList<SimProfile> &profiles = server.library().profiles();
    const SimProfile &profile = profiles.at(rng.bounded(int(profiles.size())));
    return server.admin(QStringLiteral("mutate"),
                        {{QStringLiteral("op"), QStringLiteral("setScore")},
                         {QStringLiteral("profileId"), profile.id},
                         {QStringLiteral("formatId"), 1 + rng.bounded(int(profile.formatScores.size()) - 1)},
                         {QStringLiteral("score"), rng.bounded(-500, 500)}});
}

// Two upgrades, a file removed, a file added to a movie without one, a new movie, a format re-scored.
QString tst_FaultSoak::mutateRadarr(const SoakServer &server, QRandomGenerator &rng, int generation)
{
    const SimLibrary &lib = server.library();
    QList<int> withFile;
    QList<int> withoutFile;
    for (const SimMovie &m : lib.movies())
        (m.file ? withFile : withoutFile) << m.id;
    const auto pick = [&rng](QList<int> &ids) { return ids.takeAt(rng.bounded(int(ids.size()))); };
    QStringList errors;
    for (int i = 0; i < 2; ++i)
        errors << server.admin(QStringLiteral("mutate"), {{QStringLiteral("op"), QStringLiteral("replaceMovieFile")},
                                                          {QStringLiteral("movieId"), pick(withFile)}});
    errors << server.admin(QStringLiteral("mutate"), {{QStringLiteral("op"), QStringLiteral("removeMovieFile")},
                                                      {QStringLiteral("movieId"), pick(withFile)}});
    if (!withoutFile.isEmpty())
        errors << server.admin(QStringLiteral("mutate"), {{QStringLiteral("op"), QStringLiteral("replaceMovieFile")},
                                                          {QStringLiteral("movieId"), pick(withoutFile)}});
    errors << server.admin(QStringLiteral("mutate"),
                           {{QStringLiteral("op"), QStringLiteral("addMovie")},
                            {QStringLiteral("title"), QStringLiteral("Soak %1").arg(generation)},
                            {QStringLiteral("year"), 2000 + generation},
                            {QStringLiteral("profileId"), lib.profiles().first().id}});
    errors << rescore(server, rng);
    errors.removeAll(QString());
    return errors.join(QLatin1Char('\n'));
}

// Two episode files upgraded, one removed, one added, a format re-scored.
QString tst_FaultSoak::mutateSonarr(const SoakServer &server, QRandomGenerator &rng)
{
    const SimLibrary &lib = server.library();
    QList<std::pair<int, int>> files; // series id, file id
    QList<int> withRoom;
    for (const SimSeries &s : lib.series()) {
        for (const SimFile &f : s.files)
            files.append({s.id, f.id});
        if (std::any_of(s.episodes.cbegin(), s.episodes.cend(), [](const SimEpisode &e) { return !e.episodeFileId; }))
            withRoom << s.id;
    }
    const auto pick = [&rng](auto &list) { return list.takeAt(rng.bounded(int(list.size()))); };
    QStringList errors;
    for (int i = 0; i < 2; ++i) {
        const auto [series, file] = pick(files);
        errors << server.admin(QStringLiteral("mutate"), {{QStringLiteral("op"), QStringLiteral("replaceEpisodeFile")},
                                                          {QStringLiteral("seriesId"), series},
                                                          {QStringLiteral("episodeFileId"), file}});
    }
    const auto [series, file] = pick(files);
    errors << server.admin(QStringLiteral("mutate"), {{QStringLiteral("op"), QStringLiteral("removeEpisodeFile")},
                                                      {QStringLiteral("seriesId"), series},
                                                      {QStringLiteral("episodeFileId"), file}});
    if (!withRoom.isEmpty())
        errors << server.admin(QStringLiteral("mutate"), {{QStringLiteral("op"), QStringLiteral("addEpisodeFile")},
                                                          {QStringLiteral("seriesId"), pick(withRoom)}});
    errors << rescore(server, rng);
    errors.removeAll(QString());
    return errors.join(QLatin1Char('\n'));
}

void tst_FaultSoak::tenGenerationsThroughFaults()
{
    // Radarr 5.0.1 asks for every movie's file on its own: ~125 requests a sync, as many chances of a fault
    // as Sonarr's ~200 (two per series).
    SoakServer radarr(QStringLiteral("radarr"), startSim(radarrLibrary(QStringLiteral("5.0.1.7993"), 120)));
    SoakServer sonarr(QStringLiteral("sonarr"), startSim(sonarrLibrary(QStringLiteral("4.0.9.2244"), 98, 3)));
    const QList<SoakServer *> servers{&radarr, &sonarr};
    m_cli->writeConfig(instanceYaml(radarr.name(), radarr.sim()) + instanceYaml(sonarr.name(), sonarr.sim()));

    QHash<QString, Truth> previous;
    int faultsSeen = 0;
    for (int generation = 0; generation < kGenerations; ++generation) {
        const QString where = QStringLiteral("generation %1").arg(generation);
        if (generation > 0) {
            QRandomGenerator rng(quint32(77 + generation));
            const QString errors = mutateRadarr(radarr, rng, generation) + mutateSonarr(sonarr, rng);
            QVERIFY2(errors.isEmpty(), qPrintable(where + QStringLiteral(": a mutation failed: ") + errors));
        }
        for (SoakServer *server : servers) {
            const QString error = server->startGeneration(generation);
            QVERIFY2(error.isEmpty(), qPrintable(where + QStringLiteral(": ") + error));
        }
        const auto faults = [&] {
            QString text;
            for (const SoakServer *server : servers)
                text += QStringLiteral("\n%1 answered with a fault: %2")
                            .arg(server->name(), server->faulted().isEmpty()
                                                     ? QStringLiteral("nothing")
                                                     : server->faulted().join(QStringLiteral(", ")));
            return text;
        };

        // -v: the log names every request retried and the one that failed the sync.
        CliResult r = m_cli->run({QStringLiteral("-v"), QStringLiteral("sync")});
        QVERIFY2(
            r.exitCode == 0 && r.err.contains(QLatin1String("Synced 2 of 2 instances")),
            qPrintable(where + QStringLiteral(": the sync failed") + faults() + QLatin1Char('\n') + diagnostics(r)));
        for (const SoakServer *server : servers)
            faultsSeen += int(server->faulted().size());

        // The export is what the simulators serve, file by file.
        r = m_cli->run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, qPrintable(where + QLatin1Char(' ') + diagnostics(r)));
        const QJsonObject exported = jsonOf(r);
        for (const SoakServer *server : servers) {
            const QString at = QStringLiteral("%1, %2: ").arg(where, server->name());
            const Truth truth = truthOf(server->library());
            const QHash<qint64, QJsonObject> rows = filesById(exported, server->name());
            QVERIFY2(
                rows.size() == truth.size(),
                qPrintable(
                    at + QStringLiteral("exported %1 files, the server has %2").arg(rows.size()).arg(truth.size())));
            for (auto it = truth.cbegin(); it != truth.cend(); ++it) {
                const QJsonObject row = rows.value(it.key());
                QVERIFY2(!row.isEmpty(), qPrintable(at + QStringLiteral("file %1 is not exported").arg(it.key())));
                QVERIFY2(row.value(QLatin1String("item_id")).toInteger() == it->itemId
                             && row.value(QLatin1String("custom_format_score")).toInt() == it->score,
                         qPrintable(at
                                    + QStringLiteral("file %1 exported as %2, the server has item %3, score %4")
                                          .arg(it.key())
                                          .arg(QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact)))
                                          .arg(it->itemId)
                                          .arg(it->score)));
            }

            // The diff is what this generation changed, change by change.
            if (generation > 0) {
                r = m_cli->run(
                    {QStringLiteral("diff"), QStringLiteral("--instance"), server->name(), QStringLiteral("--json")});
                QVERIFY2(r.exitCode == 0, qPrintable(at + diagnostics(r)));
                const QJsonArray diffs = jsonOf(r).value(QLatin1String("diffs")).toArray();
                QVERIFY2(diffs.size() == 1, qPrintable(at + r.out.left(2000)));
                const QStringList expected = expectedChanges(previous.value(server->name()), truth);
                const QStringList actual = actualChanges(diffs.first().toObject());
                QVERIFY2(actual == expected,
                         qPrintable(at
                                    + QStringLiteral("the diff differs from what changed; missing: %1; not "
                                                     "expected: %2")
                                          .arg(minus(expected, actual).join(QStringLiteral(", ")),
                                               minus(actual, expected).join(QStringLiteral(", ")))));
                QVERIFY2(!expected.isEmpty(), qPrintable(at + QStringLiteral("the generation changed nothing")));
            }
            previous.insert(server->name(), truth);
        }
    }
    // The faults were there: about 5 % of ~3,300 requests, so a soak without any is a broken test.
    QVERIFY2(faultsSeen >= 50, qPrintable(QStringLiteral("only %1 faulted answers in the soak").arg(faultsSeen)));
    QCOMPARE(snapshotCount(m_cli->home.databasePath(), QStringLiteral("radarr")), kGenerations);
    QCOMPARE(snapshotCount(m_cli->home.databasePath(), QStringLiteral("sonarr")), kGenerations);
}

QTEST_GUILESS_MAIN(tst_FaultSoak)
#include "tst_fault_soak.moc"
