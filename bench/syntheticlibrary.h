#pragma once

#include "base/model.h"

#include <QRandomGenerator>

namespace arrscore::bench {

// A made-up but realistic Sonarr v4 library for the storage and export benchmarks: series titles,
// several custom formats per file, four quality profiles with scores, media info. Deterministic from
// the seed, so two runs measure the same bytes.
class SyntheticLibrary
{
public:
    // fileCount episode files spread over about fileCount / 50 series.
    static LibrarySnapshot make(const QString &instanceName, int fileCount, quint32 seed = 1);

    // Changes `percent` of the files as a day of real use would: half are upgraded (a new file id,
    // quality and formats), half get a new score (their profile's scores were edited). Returns how
    // many files changed. The snapshot's times move on by a day.
    static int change(LibrarySnapshot &snapshot, int percent, quint32 seed = 2);
};

} // namespace arrscore::bench
