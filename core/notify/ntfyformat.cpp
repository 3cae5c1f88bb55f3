#include "notify/ntfyformat.h"

#include "notify/summarytext.h"

#include <QJsonArray>

namespace arrscore {

namespace {

constexpr int kMaxMessage = 4000; // ntfy turns a longer message into an attachment

} // namespace

int NtfyFormat::priority(const NotificationTarget &target, const SyncSummary &summary)
{
    if (target.priority > 0)
        return target.priority;
    return summary.failureCount() > 0 ? 4 : 3;
}

QJsonObject NtfyFormat::message(const NotificationTarget &target, const SyncSummary &summary)
{
    QJsonArray tags;
    if (summary.failureCount() > 0)
        tags.append(QStringLiteral("warning"));
    if (summary.count(&InstanceSummary::upgraded) > 0)
        tags.append(QStringLiteral("arrow_up"));
    if (summary.count(&InstanceSummary::downgraded) > 0)
        tags.append(QStringLiteral("arrow_down"));
    for (const QString &tag : target.tags)
        tags.append(tag);
    return {{QStringLiteral("topic"), target.topic},
            {QStringLiteral("title"), SummaryText::title(summary)},
            {QStringLiteral("message"), SummaryText::clip(SummaryText::plain(summary), kMaxMessage)},
            {QStringLiteral("priority"), priority(target, summary)},
            {QStringLiteral("tags"), tags}};
}

} // namespace arrscore
