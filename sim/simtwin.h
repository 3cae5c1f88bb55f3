#pragma once

// Two instances of one app sharing a catalogue, like a 4K and a 1080p Radarr: the same movies (tmdbId) or series
// and episodes (tvdbId, season, episode) from one seed, but each twin's own ids, files, qualities and profiles,
// some items in one twin only, and profiles of the same name whose format scores drifted apart.

#include <QList>
#include <QString>

#include <optional>

namespace arrscore {

class SimTwin
{
public:
    enum class Kind { None, Hd, Uhd };

    // "" (no twin), "1080p" or "4k"; nullopt for anything else.
    static std::optional<Kind> parse(const QString &name);
    static QString name(Kind twin);

    // Whether the catalogue item at this index is only in the 4K twin, or only in the 1080p one. The second and
    // third items always are, so that a small library has both.
    static bool onlyInUhd(quint64 seed, int index);
    static bool onlyInHd(quint64 seed, int index);
    static bool leftOut(Kind twin, quint64 seed, int index);
    static bool onlyHere(Kind twin, quint64 seed, int index);
    // Whether this twin has no file for the catalogue file at this index (the other twin may).
    static bool fileLeftOut(Kind twin, quint64 seed, int index);

    // The twin's profile for an item the catalogue gave this profile: 4K and 1080p profiles of the catalogue.
    static int profileFor(Kind twin, int profileId);
    // The seed of the twin's own files.
    static quint64 fileSeed(Kind twin, quint64 seed);

    // A format score this twin's profile of that name has instead of the catalogue's.
    struct Drift
    {
        QString profile;
        QString format;
        int score = 0;
    };
    static QList<Drift> drift(Kind twin);
};

} // namespace arrscore
