// bench_parse: the JSON parse of the list bodies a sync reads, the way it was (a QJsonDocument of each body, every
// field read through QJsonValues: LegacyApiParser) and the way it is (ApiParser: simdjson on demand, only the fields
// kept). The bodies are the simulator's, rendered once: Radarr 6's /movie for MOVIES movies and its /moviefile
// batches of 200 ids; Sonarr 4's /series, and /episodefile and /episode of MOVIES / 10 series with 50 files each.
// simdjson reads a body in place when it has SIMDJSON_PADDING bytes allocated past its end, and from a padded copy
// when not: both are measured ("in place": the body reserved that much; "copy": allocated to its exact size).
// Each measurement is a fresh process (this program again, with --measure) that reads the bodies from files the
// first one wrote, so its heap holds nothing freed it could reuse: the table gives the peak RSS the parse added to
// what that process held before it (the bodies). Wall and CPU are the median of 3 runs.
//
//   bench_parse [MOVIES]      (default 10000)

#include "arr/apiparser.h"
#include "benchsetup.h"
#include "legacyapiparser.h"
#include "resulttable.h"
#include "simlibrary.h"
#include "simrenderer.h"
#include "stopwatch.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <utility>

using namespace arrscore;
using namespace arrscore::bench;

namespace {

// What one run of a parse measured, as the child reports it through a pipe.
struct Figures
{
    double wallMs = 0;
    double cpuMs = 0;
    long rssAddedKib = 0;
    qint64 items = 0;
    qint64 warnings = 0;
    bool ok = false;
};

// A field of /proc/self/status in KiB ("VmRSS", "VmHWM"): the peak of this process alone, which getrusage() would
// not give a forked child (its maximum can carry the parent's).
long statusKib(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLong();
    }
    return 0;
}

struct Outcome
{
    qint64 items = 0;
    qint64 warnings = 0;
    bool ok = true;
};

using Parse = std::function<Outcome(const QList<QByteArray> &bodies)>;

// The bodies of a case as a sync receives them: allocated to their exact size (ReplyBody reserves the
// Content-Length), or with simdjson's padding to spare.
QList<QByteArray> readBodies(const QString &folder, bool withPadding)
{
    QList<QByteArray> bodies;
    for (int i = 0;; ++i) {
        QFile file(QStringLiteral("%1/%2.json").arg(folder).arg(i));
        if (!file.open(QIODevice::ReadOnly))
            break;
        const qsizetype size = qsizetype(file.size());
        QByteArray body(size, Qt::Uninitialized); // exactly its size, as ReplyBody has it
        if (withPadding) {
            body = QByteArray();
            body.reserve(size + ApiParser::bodyPadding);
            body.resize(size);
        }
        if (file.read(body.data(), size) != size)
            break;
        bodies.append(body);
    }
    return bodies;
}

void writeBodies(const QString &folder, const QList<QByteArray> &bodies)
{
    QDir().mkpath(folder);
    for (qsizetype i = 0; i < bodies.size(); ++i) {
        QFile file(QStringLiteral("%1/%2.json").arg(folder).arg(i));
        if (file.open(QIODevice::WriteOnly))
            file.write(bodies.at(i));
    }
}

// One run, in a process of its own: "--measure PARSER FOLDER" with PARSER one of before, copy, inplace.
Figures runMeasured(const QString &parser, const QString &folder)
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--measure"), parser, folder});
    Figures f;
    if (!child.waitForFinished(600000) || child.exitCode() != 0)
        return f;
    const QList<QByteArray> fields = child.readAllStandardOutput().trimmed().split(' ');
    if (fields.size() != 6)
        return f;
    f.wallMs = fields.at(0).toDouble();
    f.cpuMs = fields.at(1).toDouble();
    f.rssAddedKib = fields.at(2).toLong();
    f.items = fields.at(3).toLongLong();
    f.warnings = fields.at(4).toLongLong();
    f.ok = fields.at(5) == "ok";
    return f;
}

Figures median(const QString &parser, const QString &folder)
{
    QList<Figures> runs;
    for (int i = 0; i < 3; ++i)
        runs.append(runMeasured(parser, folder));
    Figures result = runs.first();
    QList<double> walls;
    QList<double> cpus;
    for (const Figures &f : std::as_const(runs)) {
        walls.append(f.wallMs);
        cpus.append(f.cpuMs);
        result.rssAddedKib = std::max(result.rssAddedKib, f.rssAddedKib);
        result.ok = result.ok && f.ok;
    }
    std::sort(walls.begin(), walls.end());
    std::sort(cpus.begin(), cpus.end());
    result.wallMs = walls.at(1);
    result.cpuMs = cpus.at(1);
    return result;
}

// Every parser of a case, old and new, over all its bodies.
template <typename T> using ParseFunction = Result<QList<T>> (*)(const QByteArray &, const QString &, QStringList *);

template <typename T> Parse over(ParseFunction<T> function)
{
    return [function](const QList<QByteArray> &bodies) {
        Outcome outcome;
        for (const QByteArray &body : bodies) {
            QStringList warnings;
            const Result<QList<T>> result = function(body, QStringLiteral("/api/v3/bench"), &warnings);
            outcome.ok = outcome.ok && result.ok();
            outcome.items += result ? result->size() : 0;
            outcome.warnings += warnings.size();
        }
        return outcome;
    };
}

// The results as text, to check the two parsers agree field by field.
QString describe(const ItemInfo &i)
{
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7")
        .arg(i.id)
        .arg(i.title)
        .arg(i.year)
        .arg(i.titleSlug)
        .arg(i.qualityProfileId)
        .arg(i.genres.join(QLatin1Char(',')))
        .arg(i.externalId);
}
QString describe(const MovieInfo &m)
{
    return describe(static_cast<const ItemInfo &>(m))
           + QStringLiteral("|%1|%2|%3|%4")
                 .arg(m.collection)
                 .arg(m.hasFile)
                 .arg(m.movieFileId)
                 .arg(m.fileScore ? QString::number(*m.fileScore) : QStringLiteral("-"));
}
QString describe(const SeriesInfo &s)
{
    return describe(static_cast<const ItemInfo &>(s)) + QLatin1Char('|') + QString::number(s.episodeFileCount);
}
QString describe(const EpisodeInfo &e)
{
    return QStringLiteral("%1|%2|%3|%4|%5").arg(e.id).arg(e.episodeFileId).arg(e.season).arg(e.episode).arg(e.title);
}
QString describe(const MediaFile &f)
{
    QStringList formats;
    for (const FormatRef &format : f.customFormats)
        formats << QString::number(format.id) + QLatin1Char(':') + format.name;
    return QStringList{QString::number(int(f.kind)),
                       QString::number(f.fileId),
                       QString::number(f.itemId),
                       QString::number(f.season),
                       f.relativePath,
                       QString::number(f.sizeBytes),
                       f.dateAdded.toString(Qt::ISODateWithMs),
                       f.releaseGroup,
                       f.edition,
                       QString::number(f.qualityCutoffNotMet),
                       QString::number(f.qualityId),
                       f.quality,
                       QString::number(f.resolution),
                       f.languages.join(QLatin1Char(',')),
                       formats.join(QLatin1Char(',')),
                       f.customFormatScore ? QString::number(*f.customFormatScore) : QStringLiteral("-"),
                       f.videoCodec,
                       f.audioCodec,
                       QString::number(f.audioChannels),
                       f.dynamicRange,
                       f.mediaResolution}
        .join(QLatin1Char('|'));
}

template <typename T> bool agree(ParseFunction<T> before, ParseFunction<T> now, const QList<QByteArray> &bodies)
{
    for (const QByteArray &body : bodies) {
        QStringList beforeWarnings;
        QStringList nowWarnings;
        const Result<QList<T>> a = before(body, QStringLiteral("/api/v3/bench"), &beforeWarnings);
        const Result<QList<T>> b = now(body, QStringLiteral("/api/v3/bench"), &nowWarnings);
        if (a.ok() != b.ok() || beforeWarnings != nowWarnings || a.error().message != b.error().message)
            return false;
        if (!a)
            continue;
        if (a->size() != b->size())
            return false;
        for (qsizetype i = 0; i < a->size(); ++i) {
            if (describe(a->at(i)) != describe(b->at(i)))
                return false;
        }
    }
    return true;
}

qint64 totalBytes(const QList<QByteArray> &bodies)
{
    qint64 total = 0;
    for (const QByteArray &body : bodies)
        total += body.size();
    return total;
}

// A case: the bodies of one endpoint, and the two parsers of them.
struct Case
{
    QString key; // its folder's name
    Parse before;
    Parse now;
    std::function<bool(const QList<QByteArray> &)> agrees;
};

template <typename T> Case makeCase(const char *key, ParseFunction<T> before, ParseFunction<T> now)
{
    return {QString::fromLatin1(key), over<T>(before), over<T>(now),
            [before, now](const QList<QByteArray> &bodies) { return agree<T>(before, now, bodies); }};
}

const QList<Case> &cases()
{
    static const QList<Case> all{
        makeCase<MovieInfo>("movie", &LegacyApiParser::movies, &ApiParser::movies),
        makeCase<MediaFile>("moviefile", &LegacyApiParser::movieFiles, &ApiParser::movieFiles),
        makeCase<SeriesInfo>("series", &LegacyApiParser::series, &ApiParser::series),
        makeCase<MediaFile>("episodefile", &LegacyApiParser::episodeFiles, &ApiParser::episodeFiles),
        makeCase<EpisodeInfo>("episode", &LegacyApiParser::episodes, &ApiParser::episodes),
    };
    return all;
}

// The child: parses the bodies of FOLDER (a case's) with PARSER and prints "wall cpu rssAddedKiB items warnings ok".
int measure(const QString &parser, const QString &folder)
{
    const QString key = QFileInfo(folder).fileName();
    const auto c = std::find_if(cases().cbegin(), cases().cend(), [&key](const Case &x) { return x.key == key; });
    if (c == cases().cend())
        return 2;
    const QList<QByteArray> bodies = readBodies(folder, parser == QLatin1String("inplace"));
    const long before = statusKib("VmRSS");
    const Stopwatch watch;
    const Outcome outcome = (parser == QLatin1String("before") ? c->before : c->now)(bodies);
    const double wall = watch.wallMs();
    const double cpu = watch.cpuMs();
    QTextStream(stdout) << wall << ' ' << cpu << ' ' << statusKib("VmHWM") - before << ' ' << outcome.items << ' '
                        << outcome.warnings << ' ' << (outcome.ok ? "ok" : "failed") << '\n';
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && qstrcmp(argv[1], "--measure") == 0)
        return measure(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    QTextStream out(stdout);
    const BenchSetup setup(argc, argv, "bench_parse", BenchSetup::WithFolder, 10, 10000);
    if (!setup.ok())
        return setup.exitCode();
    const int movies = setup.fileCount();

    SimLibraryConfig radarr;
    radarr.type = SimAppType::Radarr;
    radarr.version = QStringLiteral("6.0.4.10291");
    radarr.movies = movies;
    radarr.seed = 7;
    const SimLibrary movieLibrary(radarr);
    const SimRenderer movieRenderer(movieLibrary);
    QList<QByteArray> movieFileBatches;
    QList<const SimMovie *> batch;
    for (const SimMovie &m : movieLibrary.movies()) {
        if (!m.file)
            continue;
        batch.append(&m);
        if (batch.size() == 200) {
            movieFileBatches.append(movieRenderer.movieFiles(batch, {}));
            batch.clear();
        }
    }
    if (!batch.isEmpty())
        movieFileBatches.append(movieRenderer.movieFiles(batch, {}));

    SimLibraryConfig sonarr;
    sonarr.type = SimAppType::Sonarr;
    sonarr.version = QStringLiteral("4.0.9.2244");
    sonarr.series = std::max(1, movies / 10);
    sonarr.episodeFilesPerSeries = 50;
    const SimLibrary showLibrary(sonarr);
    const SimRenderer showRenderer(showLibrary);
    QList<QByteArray> episodeFileBodies;
    QList<QByteArray> episodeBodies;
    for (const SimSeries &s : showLibrary.series()) {
        if (s.files.isEmpty())
            continue;
        episodeFileBodies.append(showRenderer.episodeFiles(s));
        episodeBodies.append(showRenderer.episodes(s));
    }

    const QList<std::pair<QString, QList<QByteArray>>> bodies{
        {QStringLiteral("Radarr /movie, %1 movies").arg(ResultTable::number(movies)), {movieRenderer.movies(true)}},
        {QStringLiteral("Radarr /moviefile, %1 batches of ≤ 200").arg(movieFileBatches.size()), movieFileBatches},
        {QStringLiteral("Sonarr /series, %1 series").arg(ResultTable::number(sonarr.series)),
         {showRenderer.seriesList()}},
        {QStringLiteral("Sonarr /episodefile, %1 series").arg(ResultTable::number(episodeFileBodies.size())),
         episodeFileBodies},
        {QStringLiteral("Sonarr /episode, %1 series").arg(ResultTable::number(episodeBodies.size())), episodeBodies},
    };

    ResultTable table({QStringLiteral("body"), QStringLiteral("parser"), QStringLiteral("wall"), QStringLiteral("cpu"),
                       QStringLiteral("peak RSS added"), QStringLiteral("items"), QStringLiteral("cpu vs before")});
    bool allAgree = true;
    bool allRead = true;
    for (qsizetype i = 0; i < cases().size(); ++i) {
        const Case &c = cases().at(i);
        const QString folder = setup.folder().filePath(c.key);
        writeBodies(folder, bodies.at(i).second);
        allAgree = c.agrees(bodies.at(i).second) && allAgree;
        const Figures before = median(QStringLiteral("before"), folder);
        const auto row = [&](const QString &first, const QString &parser, const Figures &f) {
            table.addRow({first, parser, ResultTable::ms(f.wallMs), ResultTable::ms(f.cpuMs),
                          ResultTable::bytes(qint64(f.rssAddedKib) * 1024), ResultTable::number(f.items),
                          f.cpuMs > 0 ? QStringLiteral("%1×").arg(before.cpuMs / f.cpuMs, 0, 'f', 1) : QString()});
            allRead = allRead && f.ok && f.items > 0;
        };
        row(QStringLiteral("%1 (%2)").arg(bodies.at(i).first, ResultTable::bytes(totalBytes(bodies.at(i).second))),
            QStringLiteral("QJsonDocument (before)"), before);
        row(QString(), QStringLiteral("simdjson, copy"), median(QStringLiteral("copy"), folder));
        row(QString(), QStringLiteral("simdjson, in place"), median(QStringLiteral("inplace"), folder));
    }

    out << "== the list bodies' JSON parse, before and after simdjson ==\n";
    table.print(out);
    out << "results, warnings and errors of both parsers " << (allAgree ? "agree" : "DIFFER") << " on every body\n";
    return allAgree && allRead ? 0 : 1;
}
