#include "searchcommand.h"

#include "analysis/candidatefinder.h"
#include "arr/searchrunner.h"
#include "base/localeformat.h"
#include "config/secretstore.h"
#include "interrupthandler.h"
#include "storage/snapshotstore.h"
#include "sync/syncjob.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QHash>
#include <QNetworkAccessManager>

namespace arrscore {

namespace {

const QString kCandidates = QStringLiteral("candidates");
const QString kFile = QStringLiteral("file");
const QString kDryRun = QStringLiteral("dry-run");

// Without --limit, --candidates asks for this many files: enough to be useful, too few to flood indexers.
constexpr int kDefaultLimit = 10;

QString appName(InstanceType type)
{
    return type == InstanceType::Radarr ? QStringLiteral("Radarr") : QStringLiteral("Sonarr");
}

// "1 movie", "3 movies", "1 episode", "3 episodes".
QString countText(InstanceType type, qsizetype n)
{
    return type == InstanceType::Radarr ? SearchCommand::tr("%Ln movies", nullptr, int(n))
                                        : SearchCommand::tr("%Ln episodes", nullptr, int(n));
}

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QStringLiteral(", "));
}

// The positive ids of repeated options; each value may also be a comma list ("--item 1,2,3").
bool parseIds(const QStringList &texts, const QString &option, QList<qint64> &ids, QTextStream &err)
{
    for (const QString &text : texts) {
        for (const QString &piece : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 id = piece.trimmed().toLongLong(&ok);
            if (!ok || id <= 0) {
                err << SearchCommand::tr("--%1 expects a positive id, not \"%2\".").arg(option, piece) << '\n';
                return false;
            }
            ids.append(id);
        }
    }
    return true;
}

} // namespace

QList<QCommandLineOption> SearchCommand::options()
{
    return {QCommandLineOption(kCandidates, tr("Search for the top upgrade candidates.")),
            QCommandLineOption(kFile, tr("A file id, as in exports."), QStringLiteral("FILE_ID")),
            QCommandLineOption(kDryRun, tr("Only say what would be searched for."))};
}

int SearchCommand::run(const QCommandLineParser &parser, const QStringList &positional)
{
    if (!positional.isEmpty()) {
        m_ctx.err << tr("search takes no arguments; did you mean --instance %1?").arg(positional.first()) << '\n';
        return ExitUsage;
    }
    const bool candidates = parser.isSet(kCandidates);
    const QStringList items = parser.values(QStringLiteral("item"));
    const QStringList files = parser.values(kFile);
    const int modes = int(candidates) + int(!items.isEmpty()) + int(!files.isEmpty());
    if (modes != 1) {
        m_ctx.err << tr("search needs exactly one of --candidates, --item ID or --file FILE_ID; see \"arrscore "
                        "--help\".")
                  << '\n';
        return ExitUsage;
    }
    const QString limit = parser.value(QStringLiteral("limit"));
    if (!candidates && !limit.isEmpty()) {
        m_ctx.err << tr("--limit only goes with --candidates.") << '\n';
        return ExitUsage;
    }
    const QStringList instances = parser.values(QStringLiteral("instance"));
    if (!candidates && instances.size() > 1) {
        m_ctx.err << tr("--item and --file ids belong to one instance: give one --instance.") << '\n';
        return ExitUsage;
    }

    QList<Plan> plans;
    const int code = candidates         ? planCandidates(instances, limit, plans)
                     : !items.isEmpty() ? planItems(instances.value(0), items, plans)
                                        : planFiles(instances.value(0), files, plans);
    if (code != ExitOk || plans.isEmpty())
        return code;
    if (parser.isSet(kDryRun)) {
        printPlan(plans);
        return ExitOk;
    }
    return execute(plans);
}

bool SearchCommand::openDatabase()
{
    m_db = m_ctx.openDatabase();
    return m_db != nullptr;
}

const InstanceConfig *SearchCommand::singleInstance(const QString &name)
{
    QStringList known;
    for (const InstanceConfig &i : std::as_const(m_ctx.config.instances))
        known << i.name;
    if (!name.isEmpty()) {
        const InstanceConfig *instance = m_ctx.config.instance(name);
        if (!instance)
            m_ctx.err << tr("No instance named \"%1\". Configured: %2.")
                             .arg(name, known.isEmpty() ? tr("none") : known.join(QStringLiteral(", ")))
                      << '\n';
        return instance;
    }
    const QList<InstanceConfig> enabled = m_ctx.config.enabledInstances();
    if (enabled.size() == 1)
        return m_ctx.config.instance(enabled.first().name);
    m_ctx.err << (enabled.isEmpty() ? tr("No instance is configured.")
                                    : tr("Ids belong to one instance: add --instance NAME (configured: %1).")
                                          .arg(known.join(QStringLiteral(", "))))
              << '\n';
    return nullptr;
}

int SearchCommand::planCandidates(const QStringList &instances, const QString &limitText, QList<Plan> &plans)
{
    int limit = kDefaultLimit;
    if (!limitText.isEmpty()) {
        bool ok = false;
        limit = limitText.toInt(&ok);
        if (!ok || limit < 1) {
            m_ctx.err << tr("--limit expects a number of 1 or more, not \"%1\".").arg(limitText) << '\n';
            return ExitUsage;
        }
    }
    if (!openDatabase())
        return ExitFailed;
    Result<QList<LibrarySnapshot>> latest = SnapshotStore(*m_db).latestOf(instances);
    if (!latest) {
        m_ctx.err << latest.error().message << '\n';
        return latest.error().kind == ErrorKind::NotFound ? ExitUsage : ExitFailed;
    }
    m_snapshots = std::move(latest).value();
    if (m_snapshots.isEmpty()) {
        m_ctx.err << tr("Nothing to search for: %1 holds no snapshot yet. Run \"arrscore sync\" first.")
                         .arg(m_db->displayLocation())
                  << '\n';
        return ExitFailed;
    }
    const CandidateReport report = CandidateFinder::find(snapshotPointers(m_snapshots));
    if (report.candidates.isEmpty()) {
        m_ctx.out << tr("No upgrade candidates in the latest snapshots: nothing to search for.") << '\n';
        return ExitOk;
    }
    const int count = int(std::min<qsizetype>(limit, report.candidates.size()));
    m_ctx.out << (count == report.candidates.size()
                      ? tr("Upgrade candidates: %L1; searching for all of them.").arg(count)
                      : tr("Upgrade candidates: %L1; searching for the top %L2 (--limit N for more).")
                            .arg(report.candidates.size())
                            .arg(count))
              << '\n';
    QList<FileRow> rows;
    for (int i = 0; i < count; ++i)
        rows << FileRow::of(*report.candidates[i].snapshot, *report.candidates[i].file);
    for (const SearchItems &items : UpgradeSearch::itemsFor(rows)) {
        Plan plan{items, {}};
        for (const FileRow &row : std::as_const(rows)) {
            if (row.snapshot->instance.name == items.instance)
                plan.rows << row;
        }
        plans << plan;
    }
    return ExitOk;
}

int SearchCommand::planItems(const QString &instance, const QStringList &idTexts, QList<Plan> &plans)
{
    const InstanceConfig *config = singleInstance(instance);
    if (!config)
        return ExitUsage;
    Plan plan;
    plan.items.instance = config->name;
    plan.items.type = config->type;
    if (!parseIds(idTexts, QStringLiteral("item"), plan.items.ids, m_ctx.err))
        return ExitUsage;
    plans << plan;
    return ExitOk;
}

int SearchCommand::planFiles(const QString &instance, const QStringList &idTexts, QList<Plan> &plans)
{
    QList<qint64> fileIds;
    if (!parseIds(idTexts, kFile, fileIds, m_ctx.err))
        return ExitUsage;
    const InstanceConfig *config = singleInstance(instance);
    if (!config)
        return ExitUsage;
    if (!openDatabase())
        return ExitFailed;
    Result<QList<LibrarySnapshot>> latest = SnapshotStore(*m_db).latestOf({config->name});
    if (!latest) {
        m_ctx.err << latest.error().message << '\n';
        return latest.error().kind == ErrorKind::NotFound ? ExitUsage : ExitFailed;
    }
    m_snapshots = std::move(latest).value();
    if (m_snapshots.isEmpty()) {
        m_ctx.err << tr(R"(No snapshot of "%1" yet. Run "arrscore sync %1" first.)").arg(config->name) << '\n';
        return ExitFailed;
    }
    const LibrarySnapshot &snapshot = m_snapshots.first();
    QHash<qint64, const MediaFile *> byId;
    for (const MediaFile &f : snapshot.files)
        byId.insert(f.fileId, &f);
    QList<FileRow> rows;
    for (qint64 id : std::as_const(fileIds)) {
        const MediaFile *file = byId.value(id);
        if (!file) {
            m_ctx.err << tr("No file %1 in the latest snapshot of \"%2\" (%3). File ids are the file_id column of "
                            "\"arrscore export\".")
                             .arg(id)
                             .arg(config->name, LocaleFormat::dateTime(snapshot.finishedAt))
                      << '\n';
            return ExitUsage;
        }
        rows << FileRow::of(snapshot, *file);
    }
    const QList<SearchItems> items = UpgradeSearch::itemsFor(rows);
    plans << Plan{items.value(0), rows};
    return ExitOk;
}

void SearchCommand::printPlan(const QList<Plan> &plans)
{
    for (const Plan &plan : plans) {
        const SearchItems &items = plan.items;
        m_ctx.out << tr("Would ask %1 \"%2\" to search for %3 (%4): %5")
                         .arg(appName(items.type), items.instance, countText(items.type, items.ids.size()),
                              UpgradeSearch::commandName(items.type), idList(items.ids))
                  << '\n';
        int rank = 0;
        for (const FileRow &row : plan.rows) {
            const MediaFile &f = *row.file;
            const QString ids = f.kind == MediaKind::Movie ? tr("movie %1").arg(f.itemId)
                                : f.episodeIds.isEmpty()   ? tr("no episode id known: skipped")
                                                           : tr("episodes %1").arg(idList(f.episodeIds));
            m_ctx.out
                << tr("  %1. %2  (%3; file %4)").arg(++rank).arg(CandidateFinder::displayTitle(f), ids).arg(f.fileId)
                << '\n';
        }
    }
    m_ctx.out << tr("Dry run: nothing was sent.") << '\n';
}

int SearchCommand::execute(const QList<Plan> &plans)
{
    // The configured instances behind the plans; one the database knows but the configuration no longer
    // has cannot be reached.
    QList<InstanceConfig> configs;
    int failed = 0;
    for (const Plan &plan : plans) {
        if (const InstanceConfig *c = m_ctx.config.instance(plan.items.instance)) {
            configs << *c;
        } else {
            m_ctx.err << tr("%1: not in the configuration any more, so it cannot be asked to search.")
                             .arg(plan.items.instance)
                      << '\n';
            ++failed;
        }
    }
    if (const Status keys = SecretStore().resolveBlocking(configs); !keys) {
        m_ctx.err << keys.error().message << '\n';
        return ExitUsage;
    }

    QList<SearchRunner::Job> jobs;
    for (const InstanceConfig &config : std::as_const(configs)) {
        const auto plan =
            std::find_if(plans.cbegin(), plans.cend(), [&](const Plan &p) { return p.items.instance == config.name; });
        jobs.append({InstanceTarget::fromConfig(config), plan->items.ids});
        if (plan->items.skipped > 0)
            m_ctx.err << tr("%1: %Ln episode files have no known episode id and were left out.", nullptr,
                            int(plan->items.skipped))
                             .arg(config.name)
                      << '\n';
    }
    QNetworkAccessManager nam;
    QEventLoop loop;
    InterruptHandler interrupt;
    SearchRunner runner(&nam);
    QObject::connect(&runner, &SearchRunner::finished, &loop, &QEventLoop::quit);
    QObject::connect(&interrupt, &InterruptHandler::interruptRequested, &runner, &SearchRunner::cancel);
    runner.start(jobs);
    if (!jobs.isEmpty())
        loop.exec();

    for (const auto &search : runner.searches())
        (search->succeeded() ? m_ctx.out : m_ctx.err) << search->summary() << '\n';
    failed += runner.failedCount();
    const bool cancelled = runner.wasCancelled();
    m_ctx.out.flush();
    m_ctx.err.flush();
    if (cancelled)
        return ExitCancelled;
    if (failed == 0)
        return ExitOk;
    return failed == int(plans.size()) ? ExitFailed : ExitPartial;
}

} // namespace arrscore
