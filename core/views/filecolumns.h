#pragma once

#include "base/filerow.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace arrscore {

// What a cell holds, so that each writer can format it: CSV neutralises text and joins lists, JSON
// writes lists as arrays. Shared by the column sets of every view.
enum class CellType { Text, Integer, Boolean, IntegerList, TextList, DateTime };

// The columns of the "files" view, in export order: one place for their names, their meaning and
// their values, shared by the exporter, the GUI's table model and the documentation.
class FileColumns
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::FileColumns)

public:
    enum Column {
        Instance,
        Kind,
        ItemId,
        FileId,
        Title,
        Year,
        SeriesTitle,
        Season,
        Episodes,
        EpisodeTitle,
        Quality,
        Resolution,
        QualityProfileName,
        CustomFormats,
        CustomFormatScore,
        CutoffFormatScore,
        MinFormatScore,
        UpgradeAllowed,
        QualityCutoffNotMet,
        SizeBytes,
        RelativePath,
        ReleaseGroup,
        VideoCodec,
        AudioCodec,
        DynamicRange,
        DateAdded,
        Count
    };

    static int count() { return Count; }
    static QString name(int column);        // e.g. "custom_format_score"; empty when out of range
    static QString description(int column); // one translated line
    static CellType type(int column);
    static QStringList names();
    static int indexOf(const QString &name); // -1 when there is no such column

    // The cell's value: QString, int, qint64, bool, QDateTime (UTC), a QVariantList of ints or a
    // QStringList. An invalid QVariant means null (unknown), which is not the same as 0 or "".
    static QVariant value(int column, const FileRow &row);
};

} // namespace arrscore
