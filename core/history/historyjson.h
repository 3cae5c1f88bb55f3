#pragma once

#include "history/historytypes.h"

#include <QJsonObject>

namespace arrscore::historyjson {

// The JSON of `arrscore diff --json` and `arrscore history --json`: names as in the export columns,
// null for an unknown score (never 0), times in UTC ISO 8601.

QJsonObject fileObject(const MediaFile &file);
QJsonObject diffObject(const SnapshotDiff &diff);
QJsonObject historyObject(const ItemHistory &history);

} // namespace arrscore::historyjson
