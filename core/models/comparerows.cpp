#include "models/comparerows.h"

#include "views/listrows.h"

namespace arrscore {

namespace {

QVariant score(const std::optional<int> &value)
{
    return value ? QVariant(qint64(*value)) : QVariant();
}

const ComparedCopy *copyIn(const ComparedItem &item, const QString &instance)
{
    for (const ComparedCopy &c : item.copies) {
        if (c.instance == instance)
            return &c;
    }
    return nullptr;
}

} // namespace

QStringList CompareRows::sharedColumns()
{
    return columnNames({"title", "left_quality", "left_score", "right_quality", "right_score", "difference",
                        "left_profile", "right_profile", "left_file", "right_file"});
}

QStringList CompareRows::sharedTitles(const QString &left, const QString &right)
{
    return {tr("Title"),
            tr("Quality in %1").arg(left),
            tr("Score in %1").arg(left),
            tr("Quality in %1").arg(right),
            tr("Score in %1").arg(right),
            tr("Difference"),
            tr("Profile in %1").arg(left),
            tr("Profile in %1").arg(right),
            tr("File in %1").arg(left),
            tr("File in %1").arg(right)};
}

VariantRows CompareRows::shared(const Comparison &comparison)
{
    QList<QVariantList> rows;
    const QString left = comparison.instances.value(0);
    const QString right = comparison.instances.value(1);
    for (const ComparedItem &item : comparison.shared) {
        const ComparedCopy *l = copyIn(item, left);
        const ComparedCopy *r = copyIn(item, right);
        if (!l || !r)
            continue;
        const QVariant difference = l->score && r->score ? QVariant(qint64(*r->score) - *l->score) : QVariant();
        rows << QVariantList{item.title, l->quality, score(l->score), r->quality,      score(r->score),
                             difference, l->profile, r->profile,      l->relativePath, r->relativePath};
    }
    return {sharedColumns(), rows};
}

QStringList CompareRows::onlyInColumns()
{
    return columnNames({"title", "only_in", "quality", "score", "profile", "file"});
}

QStringList CompareRows::onlyInTitles()
{
    return {tr("Title"), tr("Only in"), tr("Quality"), tr("Score"), tr("Profile"), tr("File")};
}

VariantRows CompareRows::onlyIn(const Comparison &comparison)
{
    QList<QVariantList> rows;
    for (const ComparedItem &item : comparison.onlyIn) {
        for (const ComparedCopy &c : item.copies)
            rows << QVariantList{item.title, c.instance, c.quality, score(c.score), c.profile, c.relativePath};
    }
    return {onlyInColumns(), rows};
}

QStringList CompareRows::driftColumns()
{
    return columnNames({"profile", "format", "left_score", "right_score", "difference"});
}

QStringList CompareRows::driftTitles(const QString &left, const QString &right)
{
    return {tr("Profile"), tr("Custom format"), tr("Score in %1").arg(left), tr("Score in %1").arg(right),
            tr("Difference")};
}

VariantRows CompareRows::drift(const Comparison &comparison)
{
    QList<QVariantList> rows;
    const QString left = comparison.instances.value(0);
    const QString right = comparison.instances.value(1);
    for (const ProfileDrift &profile : comparison.drift) {
        const qsizetype l = comparison.instances.indexOf(left);
        const qsizetype r = comparison.instances.indexOf(right);
        for (const FormatDrift &format : profile.formats) {
            const std::optional<int> ls = format.scores.value(l);
            const std::optional<int> rs = format.scores.value(r);
            rows << QVariantList{profile.profile, format.format, score(ls), score(rs),
                                 qint64(rs.value_or(0)) - ls.value_or(0)};
        }
    }
    return {driftColumns(), rows};
}

} // namespace arrscore
