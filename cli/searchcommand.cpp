#include "searchcommand.h"

#include "arr/upgradesearch.h"
#include "base/localeformat.h"
#include "config/secretstore.h"
#include "interrupthandler.h"
#include "itemselection.h"
#include "storage/database.h"
#include "upgrades/commandfollower.h"
#include "upgrades/recordedsearch.h"
#include "upgrades/searchstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QHash>
#include <QNetworkAccessManager>
#include <QSet>

namespace arrscore {

namespace {

const QString kCandidates = QStringLiteral("candidates");
const QString kFile = QStringLiteral("file");
const QString kDryRun = QStringLiteral("dry-run");
const QString kForce = QStringLiteral("force");

// Without --limit, --candidates asks for this many items: enough to be useful, too few to flood indexers.
constexpr int kDefaultLimit = 10;
// Skipped items listed one by one; more are counted.
constexpr int kListedSkips = 5;

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

QString idList(const QList<UpgradeItem> &items)
{
    QStringList parts;
    for (const UpgradeItem &item : items)
        parts << QString::number(item.itemId);
    return parts.join(QStringLiteral(", "));
}

// "Heat (1995) (movie 3; file 12)", or "movie 3" when only the id is known.
QString describe(const UpgradeItem &item)
{
    QString id = item.type == InstanceType::Radarr ? SearchCommand::tr("movie %1").arg(item.itemId)
                                                   : SearchCommand::tr("episode %1").arg(item.itemId);
    if (item.title.isEmpty())
        return id;
    return item.fileId > 0 ? SearchCommand::tr("%1  (%2; file %3)").arg(item.title, id).arg(item.fileId)
                           : SearchCommand::tr("%1  (%2)").arg(item.title, id);
}

QList<UpgradeItem> itemsOf(const QList<UpgradeItem> &items, const QString &instance)
{
    QList<UpgradeItem> out;
    for (const UpgradeItem &item : items) {
        if (item.instance == instance)
            out << item;
    }
    return out;
}

} // namespace

QList<QCommandLineOption> SearchCommand::options()
{
    return {QCommandLineOption(kCandidates, tr("Search for the top upgrade candidates.")),
            QCommandLineOption(kFile, tr("A file id, as in exports."), QStringLiteral("FILE_ID")),
            QCommandLineOption(kDryRun, tr("Only say what would be searched for.")),
            QCommandLineOption(kForce, tr("Search items within their cooldown too."))};
}

int SearchCommand::run(const QCommandLineParser &parser, const QStringList &positional)
{
    if (!positional.isEmpty()) {
        m_ctx.err << tr("search takes no arguments; did you mean --instance %1?").arg(positional.first()) << '\n';
        return ExitUsage;
    }
    const bool candidates = parser.isSet(kCandidates);
    const QStringList itemTexts = parser.values(QStringLiteral("item"));
    const QStringList fileTexts = parser.values(kFile);
    const int modes = int(candidates) + int(!itemTexts.isEmpty()) + int(!fileTexts.isEmpty());
    if (modes != 1) {
        m_ctx.err << tr("search needs exactly one of --candidates, --item ID or --file FILE_ID; see \"arrscore "
                        "--help\".")
                  << '\n';
        return ExitUsage;
    }
    const QString limitText = parser.value(QStringLiteral("limit"));
    const QStringList instances = parser.values(QStringLiteral("instance"));
    ItemSelection selection(m_ctx);
    if (const int code = selection.checkScope(candidates, limitText, instances); code != ExitOk)
        return code;
    const bool dryRun = parser.isSet(kDryRun);
    const bool force = parser.isSet(kForce);
    QList<UpgradeItem> ranked;
    int limit = 0; // --item and --file: all of them
    if (candidates) {
        if (const int code = selection.parseLimit(limitText, kDefaultLimit, limit); code != ExitOk)
            return code;
        if (const int code = selection.candidates(instances, ranked); code != ExitOk || ranked.isEmpty())
            return code;
    } else {
        QList<qint64> ids;
        const QString option = !itemTexts.isEmpty() ? QStringLiteral("item") : kFile;
        if (const int code = selection.parseIds(itemTexts.isEmpty() ? fileTexts : itemTexts, option, ids);
            code != ExitOk)
            return code;
        const InstanceConfig *instance = selection.singleInstance(instances.value(0));
        if (!instance)
            return ExitUsage;
        const int code = !itemTexts.isEmpty() ? selection.items(*instance, ids, false, ranked)
                                              : selection.files(*instance, ids, ranked);
        if (code != ExitOk)
            return code;
    }

    // The configured instances behind the items; one the database knows but the configuration no longer
    // has cannot be reached.
    QSet<QString> seen;
    for (const UpgradeItem &item : std::as_const(ranked)) {
        if (seen.contains(item.instance))
            continue;
        seen.insert(item.instance);
        if (const InstanceConfig *c = m_ctx.config.instance(item.instance)) {
            m_configs << *c;
        } else {
            m_ctx.err
                << tr("%1: not in the configuration any more, so it cannot be asked to search.").arg(item.instance)
                << '\n';
            ++m_unconfigured;
        }
    }
    QHash<QString, SearchAllowance> allowances;
    if (!readAllowances(selection, dryRun, allowances))
        return ExitFailed;
    QList<UpgradeItem> reachable;
    for (const UpgradeItem &item : std::as_const(ranked)) {
        if (allowances.contains(item.instance))
            reachable << item;
    }
    const SearchPlan plan = SearchPlanner::plan(reachable, limit, allowances, force, QDateTime::currentDateTimeUtc());
    if (candidates) {
        m_ctx.out << (limit >= ranked.size()
                          ? tr("Upgrade candidates: %Ln items; searching for all of them.", nullptr, int(ranked.size()))
                          : tr("Upgrade candidates: %L1 items; searching for the top %L2 (--limit N for more).")
                                .arg(ranked.size())
                                .arg(limit))
                  << '\n';
    }
    printPlan(plan, dryRun);
    if (dryRun) {
        m_ctx.out << tr("Dry run: nothing was sent.") << '\n';
        return ExitOk;
    }
    if (plan.chosen.isEmpty()) {
        m_ctx.out << tr("Nothing to search for now.") << '\n';
        return plan.overCap.isEmpty() && m_unconfigured == 0 ? ExitOk : ExitFailed;
    }
    if (!parser.isSet(QStringLiteral("yes"))
        && !m_ctx.confirm(tr("Send these searches?"),
                          tr("Nothing was sent: run it again with --yes to search, or in a terminal to be asked.")))
        return ExitFailed;
    Database *db = selection.database(true);
    if (!db)
        return ExitFailed;
    return execute(plan, *db);
}

bool SearchCommand::readAllowances(ItemSelection &selection, bool dryRun, QHash<QString, SearchAllowance> &allowances)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (dryRun && !m_ctx.hasDatabase()) {
        // Nothing was ever recorded: each instance's whole cap is free and nothing is in its cooldown.
        for (const InstanceConfig &c : std::as_const(m_configs)) {
            SearchAllowance allowance;
            allowance.cap.limit = c.searchesPerHour;
            allowance.cooldownDays = c.searchCooldownDays;
            allowances.insert(c.name, allowance);
        }
        return true;
    }
    Database *db = selection.database(true);
    if (!db)
        return false;
    SearchStore store(*db);
    Result<QHash<QString, SearchAllowance>> read = SearchPlanner::allowances(store, m_configs, now);
    if (!read) {
        m_ctx.err << read.error().message << '\n';
        return false;
    }
    allowances = std::move(read).value();
    return true;
}

void SearchCommand::printPlan(const SearchPlan &plan, bool dryRun)
{
    for (const InstanceConfig &config : std::as_const(m_configs)) {
        const QList<UpgradeItem> chosen = itemsOf(plan.chosen, config.name);
        if (chosen.isEmpty())
            continue;
        const QString command = UpgradeSearch::commandName(config.type);
        const QString count = countText(config.type, chosen.size());
        m_ctx.out << (dryRun ? tr("Would ask %1 \"%2\" to search for %3 (%4): %5")
                             : tr("Will ask %1 \"%2\" to search for %3 (%4): %5"))
                         .arg(appName(config.type), config.name, count, command, idList(chosen))
                  << '\n';
        int rank = 0;
        for (const UpgradeItem &item : chosen)
            m_ctx.out << QStringLiteral("  %1. %2").arg(++rank).arg(describe(item)) << '\n';
    }
    const auto listSkipped = [this](const QList<SearchPlan::Skipped> &skipped) {
        for (int i = 0; i < skipped.size() && i < kListedSkips; ++i) {
            const SearchPlan::Skipped &s = skipped.at(i);
            m_ctx.out << QStringLiteral("  ")
                      << tr("%1: searched %2, again from %3")
                             .arg(describe(s.item), LocaleFormat::dateTime(s.lastSearched),
                                  LocaleFormat::dateTime(s.until))
                      << '\n';
        }
        if (skipped.size() > kListedSkips)
            m_ctx.out << QStringLiteral("  ") << tr("… and %Ln more", nullptr, int(skipped.size() - kListedSkips))
                      << '\n';
    };
    if (!plan.inCooldown.isEmpty()) {
        m_ctx.out << tr("Searched within their cooldown (search_cooldown_days), so skipped; --force searches them "
                        "too:")
                  << '\n';
        listSkipped(plan.inCooldown);
    }
    if (!plan.forcedOver.isEmpty()) {
        m_ctx.out << tr("Searched again within their cooldown because of --force:") << '\n';
        listSkipped(plan.forcedOver);
    }
    if (!plan.overCap.isEmpty()) {
        QStringList caps;
        for (const InstanceConfig &config : std::as_const(m_configs)) {
            if (!itemsOf(plan.overCap, config.name).isEmpty())
                caps << tr("\"%1\": %2").arg(config.name, plan.caps.value(config.name).text());
        }
        m_ctx.out << tr("%Ln items are over the hourly cap (searches_per_hour; %1) and are not sent; --force does "
                        "not change that.",
                        nullptr, int(plan.overCap.size()))
                         .arg(caps.join(QStringLiteral("; ")))
                  << '\n';
    }
    const QString summary = SearchPlanner::summary(plan);
    if (!summary.isEmpty())
        m_ctx.out << summary << '\n';
}

int SearchCommand::execute(const SearchPlan &plan, Database &db)
{
    QList<InstanceConfig> configs;
    for (const InstanceConfig &config : std::as_const(m_configs)) {
        if (!itemsOf(plan.chosen, config.name).isEmpty())
            configs << config;
    }
    if (const Status keys = SecretStore().resolveBlocking(configs); !keys) {
        m_ctx.err << keys.error().message << '\n';
        return ExitUsage;
    }
    // A search is recorded as forced when --force took items within their cooldown into it.
    QSet<QString> forced;
    for (const SearchPlan::Skipped &s : plan.forcedOver)
        forced.insert(s.item.instance);
    QList<RecordedSearch::Job> jobs;
    for (const InstanceConfig &config : std::as_const(configs)) {
        RecordedSearch::Job job;
        job.target = InstanceTarget::fromConfig(config);
        job.items = itemsOf(plan.chosen, config.name);
        job.searchesPerHour = config.searchesPerHour;
        job.forced = forced.contains(config.name);
        jobs << job;
    }

    QNetworkAccessManager nam;
    QEventLoop loop;
    InterruptHandler interrupt;
    RecordedSearch search(&nam, db);
    search.follower()->setBound(kFollowMs);
    bool sent = false;
    bool cancelled = false;
    QObject::connect(&search, &RecordedSearch::sent, &loop, [&sent, this] {
        sent = true;
        if (m_ctx.interactive && !m_ctx.quiet)
            m_ctx.err << tr("Following the commands for up to %1 (Ctrl-C stops following; the searches go on).")
                             .arg(LocaleFormat::duration(kFollowMs))
                      << '\n';
        m_ctx.err.flush();
    });
    QObject::connect(&search, &RecordedSearch::finished, &loop, &QEventLoop::quit);
    QObject::connect(&interrupt, &InterruptHandler::interruptRequested, &search, [&] {
        cancelled = !sent; // once sent, Ctrl-C only stops following
        search.cancel();
    });
    search.start(jobs);
    loop.exec();

    QList<qint64> searchIds;
    for (const RecordedSearch::Outcome &outcome : search.outcomes()) {
        (outcome.error.isError() ? m_ctx.err : m_ctx.out) << outcome.summary << '\n';
        searchIds << outcome.searchIds;
    }
    printStates(db, searchIds);
    m_ctx.out.flush();
    m_ctx.err.flush();
    if (cancelled)
        return ExitCancelled;
    const int failed = search.failedCount() + m_unconfigured;
    if (failed == 0)
        return ExitOk;
    return failed == int(jobs.size()) + m_unconfigured ? ExitFailed : ExitPartial;
}

void SearchCommand::printStates(Database &db, const QList<qint64> &searchIds)
{
    if (searchIds.isEmpty())
        return;
    Result<QList<SearchRecord>> recent = SearchStore(db).searches({}, int(searchIds.size()) + 20);
    if (!recent) {
        m_ctx.err << recent.error().message << '\n';
        return;
    }
    bool running = false;
    for (const SearchRecord &record : std::as_const(recent.value())) {
        if (!searchIds.contains(record.id) || !record.commandId)
            continue;
        const QString state =
            record.message.isEmpty() ? record.state : tr("%1: %2").arg(record.state, record.message.trimmed());
        m_ctx.out << tr("Command %1 on \"%2\": %3").arg(*record.commandId).arg(record.instance, state) << '\n';
        running = running || !record.hasEnded();
    }
    if (running)
        m_ctx.out << tr("Commands still running go on on the server: \"arrscore searches\" shows what became of "
                        "them.")
                  << '\n';
}

} // namespace arrscore
