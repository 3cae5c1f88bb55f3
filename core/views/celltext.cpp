#include "views/celltext.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QStringList>

#include <limits>

namespace arrscore {

QString CellText::display(const QVariant &value)
{
    if (!value.isValid())
        return {};
    const QLocale locale;
    switch (value.metaType().id()) {
    case QMetaType::Bool:
        return value.toBool() ? tr("yes") : tr("no");
    case QMetaType::Int:
    case QMetaType::LongLong:
        return locale.toString(value.toLongLong());
    case QMetaType::Double:
        return locale.toString(value.toDouble(), 'f', 1);
    case QMetaType::QDateTime:
        return locale.toString(value.toDateTime().toLocalTime(), QLocale::ShortFormat);
    case QMetaType::QStringList:
        return value.toStringList().join(QStringLiteral(", "));
    case QMetaType::QVariantList: {
        QStringList parts;
        for (const QVariant &v : value.toList())
            parts << v.toString();
        return parts.join(QStringLiteral(", "));
    }
    default:
        return value.toString();
    }
}

QVariant CellText::sortKey(const QVariant &value)
{
    if (!value.isValid())
        return std::numeric_limits<qint64>::min();
    switch (value.metaType().id()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::LongLong:
        return value.toLongLong();
    case QMetaType::Double:
        return value.toDouble();
    case QMetaType::QDateTime:
        return value.toDateTime().toMSecsSinceEpoch();
    case QMetaType::QVariantList: {
        const QVariantList list = value.toList();
        return list.isEmpty() ? qint64(-1) : list.first().toLongLong();
    }
    default:
        return display(value).toLower();
    }
}

bool CellText::alignsRight(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

QString CellText::columnTitle(const QString &name)
{
    static const QHash<QString, const char *> titles = {
        {QStringLiteral("instance"), QT_TR_NOOP("Instance")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        {QStringLiteral("item_id"), QT_TR_NOOP("Item ID")},
        {QStringLiteral("file_id"), QT_TR_NOOP("File ID")},
        {QStringLiteral("title"), QT_TR_NOOP("Title")},
        {QStringLiteral("series_title"), QT_TR_NOOP("Series")},
        {QStringLiteral("season"), QT_TR_NOOP("Season")},
        {QStringLiteral("episodes"), QT_TR_NOOP("Episodes")},
        {QStringLiteral("quality_profile"), QT_TR_NOOP("Profile")},
        {QStringLiteral("profile"), QT_TR_NOOP("Profile")},
        {QStringLiteral("custom_format_score"), QT_TR_NOOP("Score")},
        {QStringLiteral("cutoff_format_score"), QT_TR_NOOP("Cutoff score")},
        {QStringLiteral("min_format_score"), QT_TR_NOOP("Min score")},
        {QStringLiteral("score_gap"), QT_TR_NOOP("Gap")},
        {QStringLiteral("quality"), QT_TR_NOOP("Quality")},
        {QStringLiteral("quality_cutoff"), QT_TR_NOOP("Quality cutoff")},
        {QStringLiteral("cutoff_quality"), QT_TR_NOOP("Quality cutoff")},
        {QStringLiteral("quality_gap"), QT_TR_NOOP("Quality gap")},
        {QStringLiteral("quality_cutoff_not_met"), QT_TR_NOOP("Below quality cutoff")},
        {QStringLiteral("negative_formats"), QT_TR_NOOP("Negative formats")},
        {QStringLiteral("missing_formats"), QT_TR_NOOP("Missing formats")},
        {QStringLiteral("size_bytes"), QT_TR_NOOP("Size")},
        {QStringLiteral("priority"), QT_TR_NOOP("Priority")},
        {QStringLiteral("reasons"), QT_TR_NOOP("Why")},
        {QStringLiteral("format_id"), QT_TR_NOOP("Format ID")},
        {QStringLiteral("format"), QT_TR_NOOP("Custom format")},
        {QStringLiteral("files"), QT_TR_NOOP("Files")},
        {QStringLiteral("total_contribution"), QT_TR_NOOP("Total contribution")},
        {QStringLiteral("files_crossing_cutoff"), QT_TR_NOOP("Files it would lift to the cutoff")},
        {QStringLiteral("profile_scores"), QT_TR_NOOP("Score per profile")},
        {QStringLiteral("profile_id"), QT_TR_NOOP("Profile ID")},
        {QStringLiteral("upgrade_allowed"), QT_TR_NOOP("Upgrades")},
        {QStringLiteral("scale"), QT_TR_NOOP("Scale")},
        {QStringLiteral("scored_files"), QT_TR_NOOP("Scored files")},
        {QStringLiteral("mean_score"), QT_TR_NOOP("Mean score")},
        {QStringLiteral("median_score"), QT_TR_NOOP("Median score")},
        {QStringLiteral("share_at_or_above_cutoff"), QT_TR_NOOP("At or above cutoff")},
        {QStringLiteral("candidates"), QT_TR_NOOP("Candidates")},
        {QStringLiteral("capped"), QT_TR_NOOP("Capped")},
        {QStringLiteral("distribution"), QT_TR_NOOP("Distribution")},
        {QStringLiteral("change"), QT_TR_NOOP("Change")},
        {QStringLiteral("score_before"), QT_TR_NOOP("Score before")},
        {QStringLiteral("score_after"), QT_TR_NOOP("Score after")},
        {QStringLiteral("quality_before"), QT_TR_NOOP("Quality before")},
        {QStringLiteral("quality_after"), QT_TR_NOOP("Quality after")},
        {QStringLiteral("cause"), QT_TR_NOOP("Why")},
        {QStringLiteral("synced_at"), QT_TR_NOOP("Synced")},
        {QStringLiteral("relative_path"), QT_TR_NOOP("Path")},
        {QStringLiteral("sent_at"), QT_TR_NOOP("Sent")},
        {QStringLiteral("items"), QT_TR_NOOP("Items")},
        {QStringLiteral("state"), QT_TR_NOOP("State")},
        {QStringLiteral("message"), QT_TR_NOOP("Message")},
        {QStringLiteral("outcome"), QT_TR_NOOP("Outcome")},
        {QStringLiteral("search_id"), QT_TR_NOOP("Search ID")},
        {QStringLiteral("gain"), QT_TR_NOOP("Gain")},
        {QStringLiteral("scope"), QT_TR_NOOP("For")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("searched"), QT_TR_NOOP("Searched")},
        {QStringLiteral("upgraded"), QT_TR_NOOP("Upgraded")},
        {QStringLiteral("pending"), QT_TR_NOOP("Pending")},
        {QStringLiteral("unchanged"), QT_TR_NOOP("Unchanged")},
        {QStringLiteral("median_gain"), QT_TR_NOOP("Median gain")},
        {QStringLiteral("series_id"), QT_TR_NOOP("Series ID")},
        {QStringLiteral("explanation"), QT_TR_NOOP("Explanation")},
        {QStringLiteral("events"), QT_TR_NOOP("Events")},
        {QStringLiteral("last_event_at"), QT_TR_NOOP("Last event")},
        {QStringLiteral("section"), QT_TR_NOOP("Section")},
        {QStringLiteral("tmdb_id"), QT_TR_NOOP("TMDb ID")},
        {QStringLiteral("tvdb_id"), QT_TR_NOOP("TVDB ID")},
        {QStringLiteral("episode"), QT_TR_NOOP("Episode")},
        {QStringLiteral("score"), QT_TR_NOOP("Score")},
        {QStringLiteral("missing_from"), QT_TR_NOOP("Missing from")},
    };
    if (const auto it = titles.constFind(name); it != titles.cend())
        return tr(it.value());
    QString text = name;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace arrscore
