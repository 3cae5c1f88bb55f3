#pragma once

#include "arr/apiparser.h"

namespace arrscore::bench {

// ApiParser's list parsers as they were before simdjson (a QJsonDocument of the whole body, every field read
// through QJsonValues), kept only so bench_parse can measure both in one run and check they agree.
class LegacyApiParser
{
public:
    static Result<QList<MovieInfo>> movies(const QByteArray &body, const QString &endpoint, QStringList *warnings);
    static Result<QList<SeriesInfo>> series(const QByteArray &body, const QString &endpoint, QStringList *warnings);
    static Result<QList<EpisodeInfo>> episodes(const QByteArray &body, const QString &endpoint, QStringList *warnings);
    static Result<QList<MediaFile>> movieFiles(const QByteArray &body, const QString &endpoint, QStringList *warnings);
    static Result<QList<MediaFile>> episodeFiles(const QByteArray &body, const QString &endpoint,
                                                 QStringList *warnings);
};

} // namespace arrscore::bench
