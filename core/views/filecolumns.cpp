#include "views/filecolumns.h"

namespace arrscore {

namespace {

struct ColumnSpec
{
    const char *name;
    const char *description;
    CellType type;
};

// Keep in the order of FileColumns::Column.
const ColumnSpec kColumns[] = {
    {"instance", QT_TRANSLATE_NOOP("arrscore::FileColumns", "Name of the Radarr/Sonarr instance"), CellType::Text},
    {"kind", QT_TRANSLATE_NOOP("arrscore::FileColumns", "\"movie\" or \"episode\""), CellType::Text},
    {"item_id", QT_TRANSLATE_NOOP("arrscore::FileColumns", "Movie id, or series id for an episode file"),
     CellType::Integer},
    {"file_id", QT_TRANSLATE_NOOP("arrscore::FileColumns", "Movie file or episode file id on the server"),
     CellType::Integer},
    {"title", QT_TRANSLATE_NOOP("arrscore::FileColumns", "Movie title, or series title for an episode file"),
     CellType::Text},
    {"year", QT_TRANSLATE_NOOP("arrscore::FileColumns", "Release year; null when unknown"), CellType::Integer},
    {"series_title", QT_TRANSLATE_NOOP("arrscore::FileColumns", "Series title; null for movies"), CellType::Text},
    {"season", QT_TRANSLATE_NOOP("arrscore::FileColumns", "Season number; null for movies"), CellType::Integer},
    {"episodes",
     QT_TRANSLATE_NOOP("arrscore::FileColumns", "Episode numbers in the file (several for a multi-episode file)"),
     CellType::IntegerList},
    {"episode_title", QT_TRANSLATE_NOOP("arrscore::FileColumns", "Episode title(s); null for movies"), CellType::Text},
    {"quality", QT_TRANSLATE_NOOP("arrscore::FileColumns", "Quality, e.g. Bluray-2160p"), CellType::Text},
    {"resolution",
     QT_TRANSLATE_NOOP("arrscore::FileColumns", "Resolution of the quality, e.g. 2160; null when unknown"),
     CellType::Integer},
    {"quality_profile", QT_TRANSLATE_NOOP("arrscore::FileColumns", "Quality profile name; null when unknown"),
     CellType::Text},
    {"custom_formats", QT_TRANSLATE_NOOP("arrscore::FileColumns", "Custom formats the file matches"),
     CellType::TextList},
    {"custom_format_score",
     QT_TRANSLATE_NOOP("arrscore::FileColumns", "Custom format score; null when the server cannot score"),
     CellType::Integer},
    {"cutoff_format_score",
     QT_TRANSLATE_NOOP("arrscore::FileColumns", "Score at which the profile stops upgrading; null when unknown"),
     CellType::Integer},
    {"min_format_score",
     QT_TRANSLATE_NOOP("arrscore::FileColumns", "Minimum score the profile accepts; null when unknown"),
     CellType::Integer},
    {"upgrade_allowed", QT_TRANSLATE_NOOP("arrscore::FileColumns", "Whether the profile allows upgrades"),
     CellType::Boolean},
    {"quality_cutoff_not_met",
     QT_TRANSLATE_NOOP("arrscore::FileColumns", "Whether the server says the quality cutoff is not met"),
     CellType::Boolean},
    {"size_bytes", QT_TRANSLATE_NOOP("arrscore::FileColumns", "File size in bytes"), CellType::Integer},
    {"relative_path", QT_TRANSLATE_NOOP("arrscore::FileColumns", "Path relative to the movie or series folder"),
     CellType::Text},
    {"release_group", QT_TRANSLATE_NOOP("arrscore::FileColumns", "Release group"), CellType::Text},
    {"video_codec", QT_TRANSLATE_NOOP("arrscore::FileColumns", "Video codec"), CellType::Text},
    {"audio_codec", QT_TRANSLATE_NOOP("arrscore::FileColumns", "Audio codec"), CellType::Text},
    {"dynamic_range", QT_TRANSLATE_NOOP("arrscore::FileColumns", "HDR type, e.g. \"DV HDR10\"; empty for SDR"),
     CellType::Text},
    {"date_added", QT_TRANSLATE_NOOP("arrscore::FileColumns", "When the file was added, UTC; null when unknown"),
     CellType::DateTime},
};
static_assert(std::size(kColumns) == FileColumns::Count, "one spec per column");

bool inRange(int column)
{
    return column >= 0 && column < FileColumns::Count;
}

QVariant nullUnless(bool known, const QVariant &value)
{
    return known ? value : QVariant();
}

} // namespace

QString FileColumns::name(int column)
{
    return inRange(column) ? QString::fromLatin1(kColumns[column].name) : QString();
}

QString FileColumns::description(int column)
{
    return inRange(column) ? tr(kColumns[column].description) : QString();
}

CellType FileColumns::type(int column)
{
    return inRange(column) ? kColumns[column].type : CellType::Text;
}

QStringList FileColumns::names()
{
    QStringList result;
    for (const ColumnSpec &spec : kColumns)
        result.append(QString::fromLatin1(spec.name));
    return result;
}

int FileColumns::indexOf(const QString &name)
{
    for (int i = 0; i < Count; ++i) {
        if (name == QLatin1String(kColumns[i].name))
            return i;
    }
    return -1;
}

QVariant FileColumns::value(int column, const FileRow &row)
{
    const MediaFile &f = *row.file;
    const QualityProfile *profile = row.profile;
    const bool episode = f.kind == MediaKind::Episode;
    switch (column) {
    case Instance:
        return row.snapshot->instance.name;
    case Kind:
        return mediaKindName(f.kind);
    case ItemId:
        return f.itemId;
    case FileId:
        return f.fileId;
    case Title:
        return f.title;
    case Year:
        return nullUnless(f.year > 0, f.year);
    case SeriesTitle:
        return nullUnless(episode, f.seriesTitle.isEmpty() ? f.title : f.seriesTitle);
    case Season:
        return nullUnless(episode && f.season >= 0, f.season);
    case Episodes: {
        QVariantList episodes; // an empty list for a movie: lists are never null
        episodes.reserve(f.episodes.size());
        for (const int number : f.episodes)
            episodes.append(number);
        return episodes;
    }
    case EpisodeTitle:
        return nullUnless(episode, f.episodeTitle);
    case Quality:
        return f.quality;
    case Resolution:
        return nullUnless(f.resolution > 0, f.resolution);
    case QualityProfileName:
        return profile ? QVariant(profile->name) : QVariant();
    case CustomFormats:
        return f.customFormatNames();
    case CustomFormatScore:
        return f.customFormatScore ? QVariant(*f.customFormatScore) : QVariant();
    case CutoffFormatScore:
        return profile ? QVariant(profile->cutoffFormatScore) : QVariant();
    case MinFormatScore:
        return profile ? QVariant(profile->minFormatScore) : QVariant();
    case UpgradeAllowed:
        return profile ? QVariant(profile->upgradeAllowed) : QVariant();
    case QualityCutoffNotMet:
        return f.qualityCutoffNotMet;
    case SizeBytes:
        return f.sizeBytes;
    case RelativePath:
        return f.relativePath;
    case ReleaseGroup:
        return f.releaseGroup;
    case VideoCodec:
        return f.videoCodec;
    case AudioCodec:
        return f.audioCodec;
    case DynamicRange:
        return f.dynamicRange;
    case DateAdded:
        return nullUnless(f.dateAdded.isValid(), f.dateAdded.toUTC());
    default:
        return {};
    }
}

} // namespace arrscore
