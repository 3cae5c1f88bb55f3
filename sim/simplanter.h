#pragma once

// Chooses, deterministically per seed, which items carry which planted history case (SimPlant): the first
// files take one case of each finding kind so that even a small library has them all, the rest a steady share.

#include "simtypes.h"

#include <QHash>

namespace arrscore {

class SimLibrary;

class SimPlanter
{
public:
    // File id → what its item's history holds. Sonarr plants only on files of a single episode.
    static QHash<int, SimPlantInfo> plan(const SimLibrary &library);
    // A fixed, evenly spread roll in [0, 100) per (seed, id).
    static int roll(quint64 seed, int id);
    // The planted kinds that need a format the release matched and the file does not.
    static bool needsFormat(SimPlant kind);

private:
    static int extraFormat(const SimLibrary &library, const SimFile &file, int profileId);
    static SimPlant rolled(int roll);
};

} // namespace arrscore
