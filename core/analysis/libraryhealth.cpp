#include "analysis/libraryhealth.h"

#include "analysis/profilefacts.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace arrscore {

namespace {

struct Key
{
    int kind;
    int id;
    friend bool operator==(const Key &, const Key &) = default;
};
size_t qHash(const Key &key, size_t seed = 0)
{
    return qHashMulti(seed, key.kind, key.id);
}

} // namespace

HealthReport LibraryHealth::compute(const QList<const LibrarySnapshot *> &snapshots, int improvementCount)
{
    HealthReport report;
    QList<HealthImprovement> options;
    for (const LibrarySnapshot *snapshot : snapshots) {
        const ProfileIndex index(*snapshot);
        QHash<Key, HealthImprovement> gains;
        const auto bump = [&](HealthImprovement::Kind kind, int id, const QString &name) {
            HealthImprovement &h = gains[Key{int(kind), id}];
            if (h.files == 0) {
                h.kind = kind;
                h.instance = snapshot->instance.name;
                (kind == HealthImprovement::Kind::UpgradeQuality ? h.profileId : h.formatId) = id;
                (kind == HealthImprovement::Kind::UpgradeQuality ? h.profileName : h.formatName) = name;
            }
            ++h.files;
        };
        for (const MediaFile &file : snapshot->files) {
            const ProfileFacts *facts = index.find(file.qualityProfileId);
            if (!facts || !facts->upgradeAllowed())
                continue;
            ++report.files;
            ++report.checks;
            if (facts->qualityBelow(file))
                bump(HealthImprovement::Kind::UpgradeQuality, facts->profile->id, facts->profile->name);
            else
                ++report.passed;
            if (!file.customFormatScore)
                continue;
            ++report.checks;
            if (!facts->scoreBelow(file)) {
                ++report.passed;
                continue;
            }
            const qint64 gap = qint64(facts->profile->cutoffFormatScore) - *file.customFormatScore;
            for (const FormatRef &f : file.customFormats) {
                const qint64 score = facts->profile->scoreOf(f.id);
                if (score < 0 && -score >= gap)
                    bump(HealthImprovement::Kind::RemoveFormat, f.id, f.name);
            }
            for (const FormatItem &item : facts->positiveFormats) {
                if (item.score < gap)
                    break;
                const bool has = std::any_of(file.customFormats.cbegin(), file.customFormats.cend(),
                                             [&item](const FormatRef &f) { return f.id == item.formatId; });
                if (!has)
                    bump(HealthImprovement::Kind::AddFormat, item.formatId, item.name);
            }
        }
        options.append(gains.values());
    }
    report.health = report.checks == 0 ? 100 : int(std::lround(100.0 * report.passed / report.checks));
    for (HealthImprovement &h : options)
        h.gain = 100.0 * h.files / report.checks;
    std::sort(options.begin(), options.end(), [](const HealthImprovement &a, const HealthImprovement &b) {
        if (a.files != b.files)
            return a.files > b.files;
        if (a.kind != b.kind)
            return a.kind < b.kind;
        if (a.instance != b.instance)
            return a.instance < b.instance;
        const QString &an = a.kind == HealthImprovement::Kind::UpgradeQuality ? a.profileName : a.formatName;
        const QString &bn = b.kind == HealthImprovement::Kind::UpgradeQuality ? b.profileName : b.formatName;
        if (an != bn)
            return an < bn;
        return std::tie(a.formatId, a.profileId) < std::tie(b.formatId, b.profileId);
    });
    report.improvements = options.mid(0, std::max(0, improvementCount));
    return report;
}

QString LibraryHealth::describe(const HealthImprovement &h)
{
    const auto files = [](int n) { return tr("%Ln files", nullptr, n); };
    QString text;
    switch (h.kind) {
    case HealthImprovement::Kind::AddFormat:
        text = tr("%1: %2 would reach their score cutoff with %3").arg(h.instance, files(h.files), h.formatName);
        break;
    case HealthImprovement::Kind::RemoveFormat:
        text = tr("%1: %2 would reach their score cutoff without %3").arg(h.instance, files(h.files), h.formatName);
        break;
    case HealthImprovement::Kind::UpgradeQuality:
        text = tr("%1: %2 of %3 below the cutoff quality").arg(h.instance, files(h.files), h.profileName);
        break;
    }
    return tr("%1 (+%2 points)").arg(text, QLocale().toString(h.gain, 'f', 1));
}

QString LibraryHealth::kindName(HealthImprovement::Kind kind)
{
    switch (kind) {
    case HealthImprovement::Kind::AddFormat:
        return QStringLiteral("add_format");
    case HealthImprovement::Kind::RemoveFormat:
        return QStringLiteral("remove_format");
    case HealthImprovement::Kind::UpgradeQuality:
        return QStringLiteral("upgrade_quality");
    }
    return {};
}

} // namespace arrscore
