#pragma once

#include "base/model.h"
#include "storage/columnvalues.h"
#include "storage/listdecoder.h"
#include "storage/listjson.h"
#include "storage/sqlitestatement.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <type_traits>

namespace arrscore::storage {

// Which value of a MediaFile goes in which column of file_versions, for every way files are written
// (bound queries, the SQLite C API, PostgreSQL COPY) and read back.

// The columns of file_versions, in the order they are bound and read.
const QStringList &fileVersionColumns();

MediaFile readFile(const QSqlQuery &q, ListDecoder &lists);

inline bool isEpisodeKind(const QString &kind)
{
    return kind == QLatin1String("episode");
}
inline bool isEpisodeKind(QByteArrayView kind)
{
    return kind == QByteArrayView("episode");
}

// The one place that knows which value goes in which file column, for every way BulkInserter writes
// rows (QuerySink, StatementSink, PgCopy). A sink takes int32, int64, real, text and bytes (null-aware),
// optionalInt and time.
template <typename Sink> void writeFileColumns(Sink &out, const MediaFile &f)
{
    out.text(mediaKindName(f.kind));
    out.int64(f.fileId);
    out.int64(f.itemId);
    out.text(f.title);
    out.int32(f.year);
    out.text(f.titleSlug);
    out.text(f.seriesTitle);
    out.int32(f.season);
    out.text(jsonInts(f.episodes));
    out.text(jsonInts(f.episodeIds));
    out.text(f.episodeTitle);
    out.text(f.quality);
    out.int32(f.qualityId);
    out.int32(f.resolution);
    out.int32(f.qualityProfileId);
    out.text(jsonFormatRefs(f.customFormats));
    out.optionalInt(f.customFormatScore);
    out.int32(int(f.scoreComputed));
    out.int32(int(f.qualityCutoffNotMet));
    out.int64(f.sizeBytes);
    for (const QString *s : {&f.relativePath, &f.releaseGroup, &f.edition, &f.videoCodec, &f.audioCodec})
        out.text(*s);
    out.real(f.audioChannels);
    out.text(f.dynamicRange);
    out.text(f.mediaResolution);
    out.text(jsonStrings(f.languages));
    out.text(jsonStrings(f.genres));
    out.text(f.collection);
    out.time(f.dateAdded);
}

// writeFileColumns() into a SqliteStatement's parameters, from index next on.
struct StatementSink
{
    SqliteStatement &st;
    int next = 1;
    void int32(int v) { st.bindInt64(next++, v); }
    void int64(qint64 v) { st.bindInt64(next++, v); }
    void real(double v) { st.bindDouble(next++, v); }
    void text(const QString &s) { st.bindText(next++, s); }
    void bytes(const QByteArray &b) { st.bindBlob(next++, b); }
    void optionalInt(const std::optional<int> &v) { v ? st.bindInt64(next++, *v) : st.bindNull(next++); }
    void time(const QDateTime &t) { t.isValid() ? st.bindInt64(next++, t.toMSecsSinceEpoch()) : st.bindNull(next++); }
};

// The same into a QSqlQuery's parameters, by name (names[0], names[1], ...): Qt's positional
// bindValue() formats a string per value, which was half the cost of storing a large library.
struct QuerySink
{
    QSqlQuery &q;
    const QStringList &names;
    int next = 0;
    void value(const QVariant &v) { q.bindValue(names.at(next++), v); }
    void int32(int v) { value(v); }
    void int64(qint64 v) { value(v); }
    void real(double v) { value(v); }
    void text(const QString &s) { value(textValue(s)); }
    void bytes(const QByteArray &b) { value(blobValue(b)); }
    void optionalInt(const std::optional<int> &v) { value(v ? QVariant(*v) : QVariant(QMetaType::fromType<int>())); }
    void time(const QDateTime &t) { value(timeValue(t)); }
};

// A text that repeats across a library, as one shared copy: from a row that holds UTF-8 (SQLite), the copy
// is found before any string is built, which was most of the allocations of a large load.
template <typename Row> QString sharedText(const Row &row, int column, ListDecoder &lists)
{
    if constexpr (std::is_same_v<decltype(row.raw(column)), QByteArrayView>)
        return row.isNull(column) ? QString() : lists.shared(row.raw(column));
    else
        return lists.shared(row.text(column));
}

// The reverse, from a row whose columns first.. are fileVersionColumns(). The row gives isNull(c), int64(c),
// real(c), text(c) (a null QString for NULL, an empty one for '') and raw(c): the text as the row holds
// it (QString, or QByteArrayView of UTF-8) for the kind and list columns, decoded without a copy.
template <typename Row> MediaFile readFileColumns(const Row &row, ListDecoder &lists, int first = 0)
{
    MediaFile f;
    int c = first;
    f.kind = isEpisodeKind(row.raw(c++)) ? MediaKind::Episode : MediaKind::Movie;
    f.fileId = row.int64(c++);
    f.itemId = row.int64(c++);
    f.title = sharedText(row, c++, lists);
    f.year = int(row.int64(c++));
    f.titleSlug = sharedText(row, c++, lists);
    f.seriesTitle = sharedText(row, c++, lists);
    f.season = int(row.int64(c++));
    f.episodes = parseIntList(row.raw(c++));
    f.episodeIds = parseInt64List(row.raw(c++));
    f.episodeTitle = row.text(c++);
    f.quality = sharedText(row, c++, lists);
    f.qualityId = int(row.int64(c++));
    f.resolution = int(row.int64(c++));
    f.qualityProfileId = int(row.int64(c++));
    f.customFormats = lists.formats(row.raw(c++));
    if (!row.isNull(c))
        f.customFormatScore = int(row.int64(c));
    ++c;
    f.scoreComputed = row.int64(c++) != 0;
    f.qualityCutoffNotMet = row.int64(c++) != 0;
    f.sizeBytes = row.int64(c++);
    f.relativePath = row.text(c++);
    // The columns that repeat across a library share one string each: a large part of its memory.
    for (QString *s : {&f.releaseGroup, &f.edition, &f.videoCodec, &f.audioCodec})
        *s = sharedText(row, c++, lists);
    f.audioChannels = row.real(c++);
    f.dynamicRange = sharedText(row, c++, lists);
    f.mediaResolution = sharedText(row, c++, lists);
    f.languages = lists.strings(row.raw(c++));
    f.genres = lists.strings(row.raw(c++));
    f.collection = sharedText(row, c++, lists);
    if (!row.isNull(c))
        f.dateAdded = QDateTime::fromMSecsSinceEpoch(row.int64(c), Qt::UTC);
    return f;
}

} // namespace arrscore::storage
