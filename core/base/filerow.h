#pragma once

#include "base/model.h"

namespace arrscore {

// One file of a snapshot together with what its columns are computed from.
struct FileRow
{
    const LibrarySnapshot *snapshot = nullptr;
    const MediaFile *file = nullptr;
    const QualityProfile *profile = nullptr; // null when the snapshot does not know the file's profile

    static FileRow of(const LibrarySnapshot &snapshot, const MediaFile &file);
};

} // namespace arrscore
