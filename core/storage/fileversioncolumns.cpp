#include "storage/fileversioncolumns.h"

namespace arrscore::storage {

const QStringList &fileVersionColumns()
{
    static const QStringList columns = QStringList{QStringLiteral("kind"),
                                                   QStringLiteral("file_id"),
                                                   QStringLiteral("item_id"),
                                                   QStringLiteral("title"),
                                                   QStringLiteral("year"),
                                                   QStringLiteral("title_slug"),
                                                   QStringLiteral("series_title"),
                                                   QStringLiteral("season"),
                                                   QStringLiteral("episodes"),
                                                   QStringLiteral("episode_ids"),
                                                   QStringLiteral("episode_title"),
                                                   QStringLiteral("quality"),
                                                   QStringLiteral("quality_id"),
                                                   QStringLiteral("resolution"),
                                                   QStringLiteral("quality_profile_id"),
                                                   QStringLiteral("custom_formats"),
                                                   QStringLiteral("custom_format_score"),
                                                   QStringLiteral("score_computed"),
                                                   QStringLiteral("quality_cutoff_not_met"),
                                                   QStringLiteral("size_bytes"),
                                                   QStringLiteral("relative_path"),
                                                   QStringLiteral("release_group"),
                                                   QStringLiteral("edition"),
                                                   QStringLiteral("video_codec"),
                                                   QStringLiteral("audio_codec"),
                                                   QStringLiteral("audio_channels"),
                                                   QStringLiteral("dynamic_range"),
                                                   QStringLiteral("media_resolution"),
                                                   QStringLiteral("languages"),
                                                   QStringLiteral("genres"),
                                                   QStringLiteral("collection"),
                                                   QStringLiteral("date_added")};
    return columns;
}

namespace {

struct QueryRow
{
    const QSqlQuery &q;
    bool isNull(int c) const { return q.value(c).isNull(); }
    qint64 int64(int c) const { return q.value(c).toLongLong(); }
    double real(int c) const { return q.value(c).toDouble(); }
    QString text(int c) const { return readText(q.value(c)); }
    QString raw(int c) const { return q.value(c).toString(); }
};

} // namespace

MediaFile readFile(const QSqlQuery &q, ListDecoder &lists)
{
    return readFileColumns(QueryRow{q}, lists);
}

} // namespace arrscore::storage
