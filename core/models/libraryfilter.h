#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace arrscore {

// What the library's tables and the dashboard are narrowed to. Every field is "any" when empty or
// unset; set fields are combined with AND, the values of one list field with OR.
struct LibraryFilter
{
    QString text;                // title, release group or path contains this, case-insensitively
    QStringList instances;       // instance names
    QStringList profiles;        // quality profile names
    QStringList qualities;       // quality names ("Bluray-1080p")
    QStringList resolutions;     // "2160p", "1080p", ...; "Unknown" for files without one
    std::optional<int> minScore; // custom format score, inclusive; files without a score never match a range
    std::optional<int> maxScore; // inclusive
    QString hasFormat;           // a custom format name the file must have matched
    QString lacksFormat;         // a custom format name the file must not have matched
    bool candidatesOnly = false; // only upgrade candidates (CandidateFinder; capped files excluded)
    bool betterOnly = false;     // only files whose latest release check found a better release (UpgradeIndex)

    bool isEmpty() const
    {
        return text.isEmpty() && instances.isEmpty() && profiles.isEmpty() && qualities.isEmpty()
               && resolutions.isEmpty() && !minScore && !maxScore && hasFormat.isEmpty() && lacksFormat.isEmpty()
               && !candidatesOnly && !betterOnly;
    }

    // Sets what `patch` sets and keeps the rest: how a click on a chart narrows the current filter.
    void merge(const LibraryFilter &patch)
    {
        if (!patch.text.isEmpty())
            text = patch.text;
        if (!patch.instances.isEmpty())
            instances = patch.instances;
        if (!patch.profiles.isEmpty())
            profiles = patch.profiles;
        if (!patch.qualities.isEmpty())
            qualities = patch.qualities;
        if (!patch.resolutions.isEmpty())
            resolutions = patch.resolutions;
        if (patch.minScore || patch.maxScore) {
            minScore = patch.minScore;
            maxScore = patch.maxScore;
        }
        if (!patch.hasFormat.isEmpty())
            hasFormat = patch.hasFormat;
        if (!patch.lacksFormat.isEmpty())
            lacksFormat = patch.lacksFormat;
        candidatesOnly = candidatesOnly || patch.candidatesOnly;
        betterOnly = betterOnly || patch.betterOnly;
    }

    friend bool operator==(const LibraryFilter &, const LibraryFilter &) = default;
};

} // namespace arrscore

Q_DECLARE_METATYPE(arrscore::LibraryFilter)
