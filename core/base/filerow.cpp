#include "base/filerow.h"

namespace arrscore {

FileRow FileRow::of(const LibrarySnapshot &snapshot, const MediaFile &file)
{
    return {&snapshot, &file, snapshot.profile(file.qualityProfileId)};
}

} // namespace arrscore
