#pragma once

#include "base/model.h"

#include <QtGlobal>

namespace arrscore::storage {

// The 64-bit content hashes that versioned rows are compared by: a canonical serialisation, hashed
// 8 bytes at a time. They are stored, so they must never change for the same content.
qint64 fileHash(const MediaFile &f);
qint64 profileHash(const QualityProfile &p);
qint64 formatHash(const CustomFormat &f);

} // namespace arrscore::storage
