#include "notify/webhookformat.h"

#include "base/buildinfo.h"
#include "notify/summarytext.h"

#include <QJsonArray>

#include <functional>

namespace arrscore {

namespace {

QJsonValue score(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject upgrade(const UpgradeLine &line)
{
    return {{QStringLiteral("instance"), line.instanceName},
            {QStringLiteral("title"), line.title},
            {QStringLiteral("before"), score(line.before)},
            {QStringLiteral("after"), score(line.after)},
            {QStringLiteral("gain"), line.before && line.after ? QJsonValue(line.gain()) : QJsonValue()}};
}

QJsonObject counts(const std::function<int(int InstanceSummary::*)> &count)
{
    return {{QStringLiteral("upgraded"), count(&InstanceSummary::upgraded)},
            {QStringLiteral("downgraded"), count(&InstanceSummary::downgraded)},
            {QStringLiteral("replaced"), count(&InstanceSummary::replaced)},
            {QStringLiteral("rescored"), count(&InstanceSummary::rescored)},
            {QStringLiteral("added"), count(&InstanceSummary::added)},
            {QStringLiteral("removed"), count(&InstanceSummary::removed)},
            {QStringLiteral("new_candidates"), count(&InstanceSummary::newCandidates)},
            {QStringLiteral("resolved_candidates"), count(&InstanceSummary::resolvedCandidates)}};
}

QJsonObject instanceJson(const InstanceSummary &instance)
{
    QJsonArray causes;
    for (const RescoreCause &cause : instance.rescoreCauses)
        causes.append(QJsonObject{{QStringLiteral("text"), cause.text}, {QStringLiteral("files"), cause.files}});
    QJsonArray upgrades;
    for (const UpgradeLine &line : instance.upgrades)
        upgrades.append(upgrade(line));
    const auto snapshot = [](qint64 id) { return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null); };
    return {{QStringLiteral("name"), instance.name},
            {QStringLiteral("type"), instanceTypeName(instance.type)},
            {QStringLiteral("status"), instance.failed ? QStringLiteral("failed") : QStringLiteral("ok")},
            {QStringLiteral("error"), instance.failed ? QJsonValue(instance.error) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("first_sync"), instance.isFirstSync()},
            {QStringLiteral("from_snapshot"), snapshot(instance.fromSnapshot)},
            {QStringLiteral("to_snapshot"), snapshot(instance.toSnapshot)},
            {QStringLiteral("files"), instance.files},
            {QStringLiteral("changes"), instance.changeCount()},
            {QStringLiteral("counts"), counts([&instance](int InstanceSummary::*field) { return instance.*field; })},
            {QStringLiteral("rescore_causes"), causes},
            {QStringLiteral("upgrades"), upgrades}};
}

} // namespace

QString WebhookFormat::schema()
{
    return QStringLiteral("arrscore.sync-summary/1");
}

QJsonObject WebhookFormat::message(const SyncSummary &summary)
{
    QJsonArray instances;
    for (const InstanceSummary &instance : summary.instances)
        instances.append(instanceJson(instance));
    QJsonArray biggest;
    for (const UpgradeLine &line : summary.biggestUpgrades())
        biggest.append(upgrade(line));
    QJsonObject totals = counts([&summary](int InstanceSummary::*field) { return summary.count(field); });
    totals.insert(QStringLiteral("changes"), summary.changeCount());
    totals.insert(QStringLiteral("failed_instances"), summary.failureCount());
    const QUrl reportUrl = SummaryText::reportUrl(summary);
    const QJsonValue report =
        reportUrl.isValid() ? QJsonValue(QJsonObject{{QStringLiteral("path"), summary.reportPath},
                                                     {QStringLiteral("url"), reportUrl.toString(QUrl::FullyEncoded)}})
                            : QJsonValue(QJsonValue::Null);
    return {{QStringLiteral("schema"), schema()},
            {QStringLiteral("generator"), QString(QStringLiteral("arrscore ") + BuildInfo::version())},
            {QStringLiteral("sample"), summary.sample},
            {QStringLiteral("finished_at"), summary.finishedAt.isValid()
                                                ? QJsonValue(summary.finishedAt.toUTC().toString(Qt::ISODate))
                                                : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("title"), SummaryText::title(summary)},
            {QStringLiteral("text"), SummaryText::plain(summary)},
            {QStringLiteral("totals"), totals},
            {QStringLiteral("instances"), instances},
            {QStringLiteral("biggest_upgrades"), biggest},
            {QStringLiteral("report"), report}};
}

} // namespace arrscore
