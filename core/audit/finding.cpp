#include "audit/finding.h"

#include <array>
#include <utility>

namespace arrscore {

namespace {

constexpr std::array kNames{
    std::pair{FindingKind::UpgradeLoop, "upgrade-loop"},
    std::pair{FindingKind::GrabImportMismatch, "grab-import-mismatch"},
    std::pair{FindingKind::ImportCurrentMismatch, "import-current-mismatch"},
    std::pair{FindingKind::ScoreMismatch, "score-mismatch"},
    std::pair{FindingKind::RepeatedFailure, "repeated-failure"},
};

} // namespace

QString Finding::kindName(FindingKind kind)
{
    for (const auto &[k, name] : kNames) {
        if (k == kind)
            return QLatin1String(name);
    }
    return {};
}

std::optional<FindingKind> Finding::kindFromName(const QString &name)
{
    for (const auto &[k, text] : kNames) {
        if (name.compare(QLatin1String(text), Qt::CaseInsensitive) == 0)
            return k;
    }
    return std::nullopt;
}

QList<FindingKind> Finding::allKinds()
{
    QList<FindingKind> kinds;
    for (const auto &entry : kNames)
        kinds << entry.first;
    return kinds;
}

QString Finding::kindTitle(FindingKind kind)
{
    switch (kind) {
    case FindingKind::UpgradeLoop:
        return tr("Upgrade loop");
    case FindingKind::GrabImportMismatch:
        return tr("Grab and import scores differ");
    case FindingKind::ImportCurrentMismatch:
        return tr("Score changed since import");
    case FindingKind::ScoreMismatch:
        return tr("Score does not add up");
    case FindingKind::RepeatedFailure:
        return tr("Repeated download failures");
    }
    return {};
}

QString Finding::kindDescription(FindingKind kind)
{
    switch (kind) {
    case FindingKind::UpgradeLoop:
        return tr("The same release was grabbed two or more times for one item, or three or more releases were "
                  "grabbed within the loop window without a better score in the end.");
    case FindingKind::GrabImportMismatch:
        return tr("A release scored differently when it was grabbed than when its file was imported: the release "
                  "name matched custom formats that the imported file's name does not, the usual cause of loops.");
    case FindingKind::ImportCurrentMismatch:
        return tr("A file scores differently today than when it was imported, although no profile or custom "
                  "format changed in the snapshots: a rename or a new media-info scan changed what it matches.");
    case FindingKind::ScoreMismatch:
        return tr("The score the server reports for a file is not the sum of its custom formats' scores in its "
                  "profile, or two of the server's endpoints report different scores for it.");
    case FindingKind::RepeatedFailure:
        return tr("Two or more downloads of one item failed within the loop window.");
    }
    return {};
}

} // namespace arrscore
