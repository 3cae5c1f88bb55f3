#include "storage/profilerows.h"

#include "storage/columnvalues.h"
#include "storage/listjson.h"

namespace arrscore::profilerows {

using namespace storage;

const QStringList &columns()
{
    static const QStringList list = {QStringLiteral("profile_id"),
                                     QStringLiteral("name"),
                                     QStringLiteral("upgrade_allowed"),
                                     QStringLiteral("cutoff"),
                                     QStringLiteral("min_format_score"),
                                     QStringLiteral("cutoff_format_score"),
                                     QStringLiteral("min_upgrade_format_score"),
                                     QStringLiteral("format_items"),
                                     QStringLiteral("qualities"),
                                     QStringLiteral("definition")};
    return list;
}

QualityProfile read(const QSqlQuery &q)
{
    QualityProfile p;
    p.id = q.value(0).toInt();
    p.name = readText(q.value(1));
    p.upgradeAllowed = q.value(2).toInt() != 0;
    p.cutoff = q.value(3).toInt();
    p.minFormatScore = q.value(4).toInt();
    p.cutoffFormatScore = q.value(5).toInt();
    if (!q.value(6).isNull())
        p.minUpgradeFormatScore = q.value(6).toInt();
    for (const auto &v : parseArray(q.value(7).toString())) {
        const QJsonArray a = v.toArray();
        p.formatItems.append({a.at(0).toInt(), jsonElementText(a.at(1)), a.at(2).toInt()});
    }
    for (const auto &v : parseArray(q.value(8).toString())) {
        const QJsonArray a = v.toArray();
        p.qualities.append({a.at(0).toInt(), jsonElementText(a.at(1)), a.at(2).toInt(), a.at(3).toInt() != 0,
                            a.at(4).toInt(), jsonElementText(a.at(5))});
    }
    p.definition = q.value(9).isNull() ? QByteArray() : q.value(9).toByteArray();
    return p;
}

} // namespace arrscore::profilerows
