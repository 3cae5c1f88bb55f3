#include "views/historyrows.h"

#include <QSqlError>
#include <QSqlQuery>

namespace arrscore {

namespace {

enum Column {
    Instance,
    Kind,
    Id,
    Title,
    Year,
    Season,
    Episode,
    EpisodeTitle,
    Event,
    SnapshotId,
    SyncedAt,
    UntilSnapshotId,
    Until,
    FileId,
    Quality,
    ProfileName,
    CustomFormats,
    CustomFormatScore,
    PreviousScore,
    SizeBytes,
    ReleaseGroup,
    RelativePath,
    ColumnCount
};

struct ColumnInfo
{
    const char *name;
    const char *description;
};

const ColumnInfo kHistoryColumns[ColumnCount] = {
    {"instance", QT_TRANSLATE_NOOP("arrscore::HistoryRows", "Name of the Radarr/Sonarr instance")},
    {"kind", QT_TRANSLATE_NOOP("arrscore::HistoryRows", "\"movie\" or \"episode\"")},
    {"id", QT_TRANSLATE_NOOP("arrscore::HistoryRows", "The item: movie id, or episode id (not the series id)")},
    {"title", QT_TRANSLATE_NOOP("arrscore::HistoryRows", "Movie title, or series title")},
    {"year", QT_TRANSLATE_NOOP("arrscore::HistoryRows", "Release year; null when unknown")},
    {"season", QT_TRANSLATE_NOOP("arrscore::HistoryRows", "Season number; null for movies")},
    {"episode", QT_TRANSLATE_NOOP("arrscore::HistoryRows", "Episode number; null for movies")},
    {"episode_title", QT_TRANSLATE_NOOP("arrscore::HistoryRows", "Episode title; null for movies")},
    {"event", QT_TRANSLATE_NOOP("arrscore::HistoryRows",
                                "added, upgraded, downgraded, replaced, rescored, changed or removed: what this "
                                "point is, compared with the one before")},
    {"snapshot_id", QT_TRANSLATE_NOOP("arrscore::HistoryRows", "The first snapshot of this point")},
    {"synced_at", QT_TRANSLATE_NOOP("arrscore::HistoryRows", "When that snapshot's sync finished (UTC)")},
    {"until_snapshot_id",
     QT_TRANSLATE_NOOP("arrscore::HistoryRows", "The first snapshot after this point; null while current")},
    {"until", QT_TRANSLATE_NOOP("arrscore::HistoryRows", "When that snapshot's sync finished; null while current")},
    {"file_id", QT_TRANSLATE_NOOP("arrscore::HistoryRows", "Movie file or episode file id; null for removed")},
    {"quality", QT_TRANSLATE_NOOP("arrscore::HistoryRows", "Quality, e.g. Bluray-2160p")},
    {"quality_profile", QT_TRANSLATE_NOOP("arrscore::HistoryRows", "The file's quality profile at that time")},
    {"custom_formats", QT_TRANSLATE_NOOP("arrscore::HistoryRows", "Custom formats the file matched")},
    {"custom_format_score",
     QT_TRANSLATE_NOOP("arrscore::HistoryRows", "The score; null when the server cannot score (never 0 for unknown)")},
    {"previous_score",
     QT_TRANSLATE_NOOP("arrscore::HistoryRows", "The score of the point before; null when none or unknown")},
    {"size_bytes", QT_TRANSLATE_NOOP("arrscore::HistoryRows", "File size in bytes")},
    {"release_group", QT_TRANSLATE_NOOP("arrscore::HistoryRows", "Release group")},
    {"relative_path", QT_TRANSLATE_NOOP("arrscore::HistoryRows", "Path relative to the movie or series folder")},
};

QVariant text(const QString &s)
{
    return s.isNull() ? QVariant() : QVariant(s);
}

} // namespace

HistoryRows::HistoryRows(Database &db, QStringList instanceNames) : m_db(db), m_names(std::move(instanceNames)) {}

HistoryRows::~HistoryRows() = default;

QStringList HistoryRows::columnNames()
{
    QStringList names;
    for (const ColumnInfo &c : kHistoryColumns)
        names << QLatin1String(c.name);
    return names;
}

QString HistoryRows::description(int column)
{
    return column >= 0 && column < ColumnCount ? tr(kHistoryColumns[column].description) : QString();
}

Status HistoryRows::open()
{
    Result<QList<HistoryStore::Instance>> all = HistoryStore(m_db).instances();
    if (!all)
        return all.error();
    for (const HistoryStore::Instance &i : std::as_const(*all)) {
        if (m_names.isEmpty() || m_names.contains(i.name))
            m_instances.append(i);
    }
    return Status::success();
}

bool HistoryRows::startInstance()
{
    const HistoryStore::Instance &instance = m_instances[m_instanceIndex];
    Result<HistoryBuilder> builder = HistoryBuilder::load(m_db, instance.id, instance.name);
    if (!builder) {
        m_error = builder.error();
        return false;
    }
    m_builder = std::move(builder).value();
    m_query = std::make_unique<QSqlQuery>(m_db.connection());
    m_query->setForwardOnly(true);
    m_query->prepare(
        QStringLiteral("SELECT %1 FROM file_versions WHERE instance_id = ? ORDER BY item_id, valid_from, id")
            .arg(HistoryBuilder::rowColumns()));
    m_query->addBindValue(instance.id);
    if (!m_query->exec()) {
        m_error = m_db.failure(
            tr("Cannot read the history of %1 from the database %2.").arg(instance.name, m_db.displayLocation()),
            m_query->lastError());
        return false;
    }
    m_queryHasRow = m_query->next();
    return true;
}

// The next movie or series: all its version rows, as item histories flattened into rows.
bool HistoryRows::fillPending()
{
    m_pending.clear();
    m_position = 0;
    while (m_pending.isEmpty()) {
        if (!m_query || !m_queryHasRow) {
            m_query.reset();
            if (++m_instanceIndex >= m_instances.size() || !startInstance())
                return false;
            continue;
        }
        QList<FileVersionRow> rows;
        const qint64 itemId = m_query->value(2).toLongLong(); // item_id is the third file column
        while (m_queryHasRow && m_query->value(2).toLongLong() == itemId) {
            rows.append(HistoryBuilder::readRow(*m_query, m_lists));
            m_queryHasRow = m_query->next();
        }
        for (const ItemHistory &h : m_builder.build(rows)) {
            for (const HistoryEntry &e : h.entries)
                m_pending.append({h.item, e});
        }
    }
    return true;
}

bool HistoryRows::next()
{
    if (m_error.isError())
        return false;
    if (++m_position < m_pending.size())
        return true;
    return fillPending();
}

QVariant HistoryRows::cell(int column) const
{
    if (m_position < 0 || m_position >= m_pending.size())
        return {};
    const ItemRef &item = m_pending[m_position].first;
    const HistoryEntry &e = m_pending[m_position].second;
    const bool episode = item.kind == MediaKind::Episode;
    const MediaFile *f = e.file ? &*e.file : nullptr;
    switch (column) {
    case Instance:
        return item.instanceName;
    case Kind:
        return mediaKindName(item.kind);
    case Id:
        return item.id;
    case Title:
        return text(item.title);
    case Year:
        return item.year > 0 ? QVariant(item.year) : QVariant();
    case Season:
        return episode ? QVariant(item.season) : QVariant();
    case Episode:
        return episode && item.episode >= 0 ? QVariant(item.episode) : QVariant();
    case EpisodeTitle:
        return episode ? text(item.episodeTitle) : QVariant();
    case Event:
        return changeKindName(e.event);
    case SnapshotId:
        return e.snapshotId;
    case SyncedAt:
        return e.syncedAt.isValid() ? QVariant(e.syncedAt) : QVariant();
    case UntilSnapshotId:
        return e.untilSnapshotId ? QVariant(e.untilSnapshotId) : QVariant();
    case Until:
        return e.untilAt.isValid() ? QVariant(e.untilAt) : QVariant();
    case FileId:
        return f ? QVariant(f->fileId) : QVariant();
    case Quality:
        return f ? text(f->quality) : QVariant();
    case ProfileName:
        return f ? text(e.profileName) : QVariant();
    case CustomFormats:
        return f ? QVariant(f->customFormatNames()) : QVariant();
    case CustomFormatScore:
        return f && f->customFormatScore ? QVariant(*f->customFormatScore) : QVariant();
    case PreviousScore:
        return e.previousScore ? QVariant(*e.previousScore) : QVariant();
    case SizeBytes:
        return f ? QVariant(f->sizeBytes) : QVariant();
    case ReleaseGroup:
        return f ? text(f->releaseGroup) : QVariant();
    case RelativePath:
        return f ? text(f->relativePath) : QVariant();
    default:
        return {};
    }
}

} // namespace arrscore
