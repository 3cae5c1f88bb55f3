#include "releasescommand.h"

#include "base/localeformat.h"
#include "config/secretstore.h"
#include "interrupthandler.h"
#include "itemselection.h"
#include "lookupprinter.h"
#include "progressprinter.h"
#include "storage/database.h"
#include "upgrades/lookupplanner.h"
#include "upgrades/lookupstore.h"
#include "upgrades/upgradesjson.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QHash>
#include <QNetworkAccessManager>

#include <algorithm>

namespace arrscore {

namespace {

QString key(const UpgradeItem &item)
{
    return item.instance + QLatin1Char('\n') + QString::number(item.itemId);
}

} // namespace

int ReleasesCommand::run(const QCommandLineParser &parser, const QStringList &positional)
{
    if (!positional.isEmpty()) {
        m_ctx.err << tr("releases takes no arguments; did you mean --instance %1?").arg(positional.first()) << '\n';
        return ExitUsage;
    }
    const bool candidates = parser.isSet(QStringLiteral("candidates"));
    const QStringList itemTexts = parser.values(QStringLiteral("item"));
    if (candidates == !itemTexts.isEmpty()) {
        m_ctx.err << tr("releases needs one of --candidates or --item ID; see \"arrscore --help\".") << '\n';
        return ExitUsage;
    }
    const QString limitText = parser.value(QStringLiteral("limit"));
    const QStringList instances = parser.values(QStringLiteral("instance"));
    ItemSelection selection(m_ctx);
    if (const int code = selection.checkScope(candidates, limitText, instances); code != ExitOk)
        return code;
    QList<UpgradeItem> items;
    if (candidates) {
        int limit = 0;
        if (const int code = selection.parseLimit(limitText, kDefaultLimit, limit); code != ExitOk)
            return code;
        if (const int code = selection.candidates(instances, items); code != ExitOk || items.isEmpty())
            return code;
        m_ctx.out << (limit >= items.size()
                          ? tr("Upgrade candidates: %Ln items; looking up all of them.", nullptr, int(items.size()))
                          : tr("Upgrade candidates: %L1 items; looking up the top %L2 (--limit N for more).")
                                .arg(items.size())
                                .arg(limit))
                  << '\n';
        items = items.mid(0, limit);
    } else {
        QList<qint64> ids;
        if (const int code = selection.parseIds(itemTexts, QStringLiteral("item"), ids); code != ExitOk)
            return code;
        const InstanceConfig *instance = selection.singleInstance(instances.value(0));
        if (!instance)
            return ExitUsage;
        if (const int code = selection.items(*instance, ids, true, items); code != ExitOk)
            return code;
    }
    Database *db = selection.database(false);
    if (!db)
        return ExitFailed;
    return lookUp(*db, items, parser.isSet(QStringLiteral("json")));
}

bool ReleasesCommand::announce(Database &db, const QList<LookupRunner::Job> &jobs)
{
    if (m_ctx.quiet || jobs.isEmpty())
        return true;
    m_ctx.err << tr("Each release lookup makes Radarr or Sonarr query every enabled indexer (10 s to minutes; "
                    "at most %1 each) and updates the item's last search time there. Nothing is grabbed.")
                     .arg(LocaleFormat::duration(LookupRunner::kTimeoutMs))
              << '\n';
    qsizetype lookups = 0;
    qsizetype items = 0;
    for (const LookupRunner::Job &job : jobs) {
        for (const LookupRequest &request : job.requests)
            items += request.items().size();
        Result<CapState> cap =
            LookupStore(db).cap(job.target.name, job.lookupsPerHour, QDateTime::currentDateTimeUtc());
        if (!cap) {
            m_ctx.err << cap.error().message << '\n';
            return false;
        }
        m_ctx.err << tr("%1: %Ln lookups, one at a time; release_lookups_per_hour: %2.", nullptr,
                        int(job.requests.size()))
                         .arg(job.target.name, cap->text())
                  << '\n';
        lookups += job.requests.size();
    }
    if (lookups < items)
        m_ctx.err << tr("%Ln items in all: episodes of one season share a lookup.", nullptr, int(items)) << '\n';
    m_ctx.err.flush();
    return true;
}

int ReleasesCommand::lookUp(Database &db, const QList<UpgradeItem> &items, bool json)
{
    int skipped = 0;
    const QList<LookupRequest> requests = LookupPlanner::plan(items, &skipped);
    if (skipped > 0)
        m_ctx.err << tr("%Ln items have no movie or episode id to look up and were left out.", nullptr, skipped)
                  << '\n';

    QList<InstanceConfig> configs;
    for (const LookupRequest &request : requests) {
        if (std::none_of(configs.cbegin(), configs.cend(),
                         [&request](const InstanceConfig &c) { return c.name == request.instance(); })) {
            if (const InstanceConfig *c = m_ctx.config.instance(request.instance()))
                configs << *c;
        }
    }
    if (const Status keys = SecretStore().resolveBlocking(configs); !keys) {
        m_ctx.err << keys.error().message << '\n';
        return ExitUsage;
    }
    QList<LookupRunner::Job> jobs;
    // Items no lookup can be made for: their instance left the configuration, or has lookups switched off
    // (those are reported as deferred without a time).
    qsizetype notLookedUp = 0;
    QList<ItemCheck> switchedOff;
    for (const InstanceConfig &config : std::as_const(configs)) {
        LookupRunner::Job job;
        job.target = InstanceTarget::fromConfig(config);
        job.lookupsPerHour = config.releaseLookupsPerHour;
        for (const LookupRequest &request : requests) {
            if (request.instance() == config.name)
                job.requests << request;
        }
        if (config.releaseLookupsPerHour > 0) {
            jobs << job;
            continue;
        }
        m_ctx.err << tr("%1: release lookups are switched off (release_lookups_per_hour: 0 in its configuration).")
                         .arg(config.name)
                  << '\n';
        for (const LookupRequest &request : std::as_const(job.requests)) {
            for (const UpgradeItem &item : request.items()) {
                ItemCheck check;
                check.item = item;
                check.verdict = Verdict::Deferred;
                switchedOff << check;
            }
        }
    }
    notLookedUp += switchedOff.size();
    for (const LookupRequest &request : requests) {
        if (!m_ctx.config.instance(request.instance())) {
            m_ctx.err << tr("%1: not in the configuration any more, so it cannot be asked.").arg(request.instance())
                      << '\n';
            notLookedUp += request.items().size();
        }
    }
    if (!announce(db, jobs))
        return ExitFailed;

    QNetworkAccessManager nam;
    QEventLoop loop;
    InterruptHandler interrupt;
    LookupRunner runner(&nam, db);
    ProgressPrinter progress(m_ctx.err, m_ctx.interactive && !m_ctx.quiet);
    QHash<QString, int> rows;
    QHash<QString, int> done;
    for (const LookupRunner::Job &job : std::as_const(jobs))
        rows.insert(job.target.name, progress.addRow(job.target.name, tr("lookups")));
    QObject::connect(&runner, &LookupRunner::lookupStarted, &loop,
                     [this](const QString &instance, const QString &description) {
                         if (m_ctx.interactive || m_ctx.quiet)
                             return;
                         m_ctx.err << tr("%1: looking up %2…").arg(instance, description) << '\n';
                         m_ctx.err.flush();
                     });
    QObject::connect(&runner, &LookupRunner::lookupFinished, &loop, [&](const QList<ItemCheck> &checks) {
        if (checks.isEmpty())
            return;
        const QString instance = checks.first().item.instance;
        const auto job = std::find_if(jobs.cbegin(), jobs.cend(),
                                      [&instance](const LookupRunner::Job &j) { return j.target.name == instance; });
        if (job != jobs.cend())
            progress.update(rows.value(instance), ++done[instance], job->requests.size());
    });
    QObject::connect(&runner, &LookupRunner::finished, &loop, &QEventLoop::quit);
    QObject::connect(&interrupt, &InterruptHandler::interruptRequested, &runner, &LookupRunner::cancel);
    runner.start(jobs);
    loop.exec();
    progress.finish();

    // In the order the items were chosen, not the order the lookups finished.
    QHash<QString, qsizetype> rank;
    for (qsizetype i = 0; i < items.size(); ++i)
        rank.insert(key(items.at(i)), i);
    QList<ItemCheck> checks = runner.checks() + switchedOff;
    std::stable_sort(checks.begin(), checks.end(), [&rank](const ItemCheck &a, const ItemCheck &b) {
        return rank.value(key(a.item)) < rank.value(key(b.item));
    });
    if (json)
        m_ctx.writeJson(UpgradesJson::lookups(checks));
    else
        LookupPrinter::print(m_ctx.out, checks);
    for (const QString &error : runner.errors())
        m_ctx.err << error << '\n';
    const qsizetype failed =
        std::count_if(checks.cbegin(), checks.cend(), [](const ItemCheck &c) { return c.verdict == Verdict::Failed; });
    if (!json && !m_ctx.quiet) {
        const auto better = std::find_if(checks.cbegin(), checks.cend(),
                                         [](const ItemCheck &c) { return c.verdict == Verdict::Better; });
        if (better != checks.cend())
            m_ctx.out << tr("To grab a pick: arrscore grab --instance %1 --item %2")
                             .arg(better->item.instance)
                             .arg(better->item.itemId)
                      << '\n';
    }
    m_ctx.out.flush();
    m_ctx.err.flush();
    if (runner.wasCancelled()) {
        m_ctx.err << tr("Cancelled: the lookup in flight was stopped, and the items not looked up yet were left out.")
                  << '\n';
        return ExitCancelled;
    }
    if (failed == 0 && notLookedUp == 0 && runner.errors().isEmpty())
        return ExitOk;
    return failed + notLookedUp >= items.size() ? ExitFailed : ExitPartial;
}

} // namespace arrscore
