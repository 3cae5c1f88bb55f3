#include "searchlogcommand.h"

#include "base/localeformat.h"
#include "config/secretstore.h"
#include "storage/database.h"
#include "storage/snapshotstore.h"
#include "upgrades/commandfollower.h"
#include "upgrades/searchstore.h"
#include "upgrades/upgradesjson.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QTimer>

namespace arrscore {

namespace {

// Items listed per search; more are counted (--json lists all).
constexpr int kListedItems = 10;

QString score(const std::optional<int> &value)
{
    return value ? QLocale().toString(*value) : QStringLiteral("?");
}

QString outcomeText(const ItemOutcome &outcome)
{
    QString word = SearchOutcomes::text(outcome.outcome);
    if (outcome.outcome != Outcome::Upgraded)
        return word;
    return SearchLogCommand::tr("%1 %2 → %3").arg(word, score(outcome.item.score), score(outcome.newScore));
}

QJsonObject summaries(const QMap<QString, OutcomeSummary> &map)
{
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), UpgradesJson::summary(it.value()));
    return object;
}

} // namespace

int SearchLogCommand::run(const QCommandLineParser &parser, const QStringList &positional)
{
    if (!positional.isEmpty()) {
        m_ctx.err << tr("searches takes no arguments; did you mean --instance %1?").arg(positional.first()) << '\n';
        return ExitUsage;
    }
    const QStringList instances = parser.values(QStringLiteral("instance"));
    if (instances.size() > 1) {
        m_ctx.err << tr("searches takes one --instance.") << '\n';
        return ExitUsage;
    }
    const QString instance = instances.value(0);
    const bool json = parser.isSet(QStringLiteral("json"));
    std::unique_ptr<Database> db = m_ctx.hasDatabase() ? m_ctx.openDatabase() : nullptr;
    if (m_ctx.hasDatabase() && !db)
        return ExitFailed;

    QList<SearchRecord> searches;
    QList<ItemOutcome> outcomes;
    if (db) {
        refresh(*db, instance);
        Result<QList<SearchRecord>> read = SearchStore(*db).searches(instance);
        if (!read) {
            m_ctx.err << read.error().message << '\n';
            return ExitFailed;
        }
        searches = std::move(read).value();
        // Outcomes are judged against the latest snapshot of each instance; none synced yet: all pending.
        Result<QList<LibrarySnapshot>> latest = SnapshotStore(*db).latestOf();
        const QList<LibrarySnapshot> snapshots = latest ? latest.value() : QList<LibrarySnapshot>{};
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const SearchRecord &search : std::as_const(searches)) {
            const InstanceConfig *config = m_ctx.config.instance(search.instance);
            const int cooldownDays = config ? config->searchCooldownDays : InstanceConfig().searchCooldownDays;
            outcomes << SearchOutcomes::classify(search, snapshotPointers(snapshots), cooldownDays, now);
        }
    }
    if (json) {
        QJsonObject object = UpgradesJson::searches(searches, outcomes);
        object.insert(QStringLiteral("summary"),
                      QJsonObject{{QStringLiteral("all"), UpgradesJson::summary(SearchOutcomes::summarize(outcomes))},
                                  {QStringLiteral("by_instance"), summaries(SearchOutcomes::byInstance(outcomes))},
                                  {QStringLiteral("by_profile"), summaries(SearchOutcomes::byProfile(outcomes))}});
        m_ctx.writeJson(object);
        return ExitOk;
    }
    if (searches.isEmpty()) {
        m_ctx.out << (instance.isEmpty() ? tr("No search or grab was sent yet.")
                                         : tr("No search or grab was sent to \"%1\" yet.").arg(instance))
                  << '\n';
        return ExitOk;
    }
    print(searches, outcomes);
    return ExitOk;
}

void SearchLogCommand::refresh(Database &db, const QString &instance)
{
    SearchStore store(db);
    Result<QList<SearchRecord>> unfinished = store.unfinished(instance);
    if (!unfinished || unfinished->isEmpty())
        return;
    QList<InstanceConfig> configs;
    for (const SearchRecord &search : std::as_const(unfinished.value())) {
        const InstanceConfig *config = m_ctx.config.instance(search.instance);
        if (config && search.commandId
            && std::none_of(configs.cbegin(), configs.cend(),
                            [&search](const InstanceConfig &c) { return c.name == search.instance; }))
            configs << *config;
    }
    if (configs.isEmpty() || !SecretStore().resolveBlocking(configs))
        return;
    QNetworkAccessManager nam;
    QEventLoop loop;
    CommandFollower follower(&nam, store);
    follower.setBound(kRefreshMs);
    QObject::connect(&follower, &CommandFollower::finished, &loop, &QEventLoop::quit);
    // The follower gives up after its bound; this is the same bound for a server that never answers.
    QTimer::singleShot(kRefreshMs * 2, &loop, &QEventLoop::quit);
    for (const SearchRecord &search : std::as_const(unfinished.value())) {
        const auto config = std::find_if(configs.cbegin(), configs.cend(),
                                         [&search](const InstanceConfig &c) { return c.name == search.instance; });
        if (config != configs.cend() && search.commandId)
            follower.follow(InstanceTarget::fromConfig(*config), search.id, *search.commandId);
    }
    if (follower.isFollowing())
        loop.exec();
    follower.stop();
}

void SearchLogCommand::print(const QList<SearchRecord> &searches, const QList<ItemOutcome> &outcomes)
{
    QTextStream &out = m_ctx.out;
    for (const SearchRecord &search : searches) {
        const QString command = search.commandId ? tr("command %1").arg(*search.commandId) : tr("no command");
        out << tr("%1  %2  %3 (%4): %5")
                   .arg(LocaleFormat::dateTime(search.sentAt), search.instance, SearchRecord::kindName(search.kind),
                        command, search.state);
        if (search.forced)
            out << tr(" (forced)");
        out << '\n';
        if (search.kind == SearchRecord::Kind::Grab && !search.releaseTitle.isEmpty())
            out << QStringLiteral("    ") << tr("release: %1").arg(search.releaseTitle) << '\n';
        if (!search.message.isEmpty() && search.message.trimmed() != search.releaseTitle)
            out << QStringLiteral("    ") << search.message.trimmed() << '\n';
        int listed = 0;
        int items = 0;
        for (const ItemOutcome &outcome : outcomes) {
            if (outcome.searchId != search.id)
                continue;
            ++items;
            if (++listed > kListedItems)
                continue;
            const QString title =
                outcome.item.title.isEmpty() ? tr("item %1").arg(outcome.item.itemId) : outcome.item.title;
            out << QStringLiteral("    ") << tr("%1: %2").arg(title, outcomeText(outcome)) << '\n';
        }
        if (items > kListedItems)
            out << QStringLiteral("    ") << tr("… and %Ln more (--json lists all)", nullptr, items - kListedItems)
                << '\n';
    }
    out << '\n' << SearchOutcomes::summaryText(SearchOutcomes::summarize(outcomes)) << '\n';
    const QMap<QString, OutcomeSummary> byInstance = SearchOutcomes::byInstance(outcomes);
    const QMap<QString, OutcomeSummary> byProfile = SearchOutcomes::byProfile(outcomes);
    if (byInstance.size() > 1) {
        out << tr("Per instance:") << '\n';
        for (auto it = byInstance.cbegin(); it != byInstance.cend(); ++it)
            out << QStringLiteral("  %1: %2").arg(it.key(), SearchOutcomes::summaryText(it.value())) << '\n';
    }
    if (!byProfile.isEmpty()) {
        out << tr("Per profile:") << '\n';
        for (auto it = byProfile.cbegin(); it != byProfile.cend(); ++it)
            out << QStringLiteral("  %1: %2").arg(it.key(), SearchOutcomes::summaryText(it.value())) << '\n';
    }
}

} // namespace arrscore
