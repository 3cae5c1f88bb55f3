#pragma once

#include "audit/finding.h"
#include "audit/instancecomparison.h"

#include <QJsonArray>
#include <QJsonObject>

namespace arrscore {

// The audit and the comparison as JSON, for `arrscore audit --json` and `arrscore compare --json`:
//   {"findings": [{kind, instance, item_id, series_id, file_id, title, explanation, events: [...]}], "notes": [...]}
//   {"shared": [...], "only_in": [...], "drift": [...], "notes": [...]}
// Times are ISO 8601 UTC; an unknown score is null, never 0.
class AuditJson
{
public:
    static QJsonObject findings(const QList<Finding> &findings, const QStringList &notes = {});
    static QJsonObject finding(const Finding &finding);
    // {id, type, date, source_title, quality, download_id, score, release_source, indexer, release_group,
    //  size, torrent_info_hash, release_hash, guid, file_id, reason, message}; empty strings and 0 ids left out.
    static QJsonObject event(const ServerEvent &event);
    static QJsonObject comparison(const QList<Comparison> &comparisons);
    static QJsonObject item(const ComparedItem &item);
    static QJsonObject drift(const ProfileDrift &drift, const QStringList &instances);
};

} // namespace arrscore
