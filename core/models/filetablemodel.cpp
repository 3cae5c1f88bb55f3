#include "models/filetablemodel.h"
#include "models/modelroles.h"

#include <QLocale>

namespace arrscore {

FileTableModel::FileTableModel(QObject *parent) : FileRowModel(parent) {}

void FileTableModel::setSnapshots(QList<LibrarySnapshot> snapshots)
{
    beginResetModel();
    m_snapshots = std::move(snapshots);
    m_rows.clear();
    qsizetype total = 0;
    for (const LibrarySnapshot &s : std::as_const(m_snapshots))
        total += s.files.size();
    m_rows.reserve(total);
    // The snapshots no longer move from here on, so rows may point into them.
    for (const LibrarySnapshot &s : std::as_const(m_snapshots)) {
        for (const MediaFile &f : s.files)
            m_rows.append(FileRow::of(s, f));
    }
    endResetModel();
}

QModelIndex FileTableModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_rows.size() || column < 0 || column >= FileColumns::count())
        return {};
    return createIndex(row, column);
}

int FileTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FileTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FileColumns::count();
}

QString FileTableModel::headerText(int column)
{
    switch (column) {
    case FileColumns::Instance:
        return tr("Instance");
    case FileColumns::Kind:
        return tr("Kind");
    case FileColumns::ItemId:
        return tr("Item ID");
    case FileColumns::FileId:
        return tr("File ID");
    case FileColumns::Title:
        return tr("Title");
    case FileColumns::Year:
        return tr("Year");
    case FileColumns::SeriesTitle:
        return tr("Series");
    case FileColumns::Season:
        return tr("Season");
    case FileColumns::Episodes:
        return tr("Episodes");
    case FileColumns::EpisodeTitle:
        return tr("Episode title");
    case FileColumns::Quality:
        return tr("Quality");
    case FileColumns::Resolution:
        return tr("Resolution");
    case FileColumns::QualityProfileName:
        return tr("Profile");
    case FileColumns::CustomFormats:
        return tr("Custom formats");
    case FileColumns::CustomFormatScore:
        return tr("Score");
    case FileColumns::CutoffFormatScore:
        return tr("Cutoff score");
    case FileColumns::MinFormatScore:
        return tr("Min score");
    case FileColumns::UpgradeAllowed:
        return tr("Upgrades");
    case FileColumns::QualityCutoffNotMet:
        return tr("Below quality cutoff");
    case FileColumns::SizeBytes:
        return tr("Size");
    case FileColumns::RelativePath:
        return tr("Path");
    case FileColumns::ReleaseGroup:
        return tr("Release group");
    case FileColumns::VideoCodec:
        return tr("Video");
    case FileColumns::AudioCodec:
        return tr("Audio");
    case FileColumns::DynamicRange:
        return tr("Dynamic range");
    case FileColumns::DateAdded:
        return tr("Added");
    default:
        return FileColumns::name(column);
    }
}

QString FileTableModel::displayText(int column, const QVariant &value)
{
    if (!value.isValid())
        return column == FileColumns::CustomFormatScore ? tr("n/a") : QString();
    const QLocale locale;
    switch (FileColumns::type(column)) {
    case CellType::Integer:
        if (column == FileColumns::SizeBytes)
            return locale.formattedDataSize(value.toLongLong(), 1);
        if (column == FileColumns::ItemId || column == FileColumns::FileId || column == FileColumns::Year
            || column == FileColumns::Season || column == FileColumns::Resolution)
            return value.toString();
        return locale.toString(value.toLongLong());
    case CellType::Boolean:
        return value.toBool() ? tr("yes") : tr("no");
    case CellType::IntegerList: {
        QStringList parts;
        for (const QVariant &v : value.toList())
            parts << v.toString();
        return parts.join(QStringLiteral(", "));
    }
    case CellType::TextList:
        return value.toStringList().join(QStringLiteral(", "));
    case CellType::DateTime:
        return locale.toString(value.toDateTime().toLocalTime(), QLocale::ShortFormat);
    case CellType::Text:
        break;
    }
    return value.toString();
}

QVariant FileTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FileRow &row = m_rows.at(index.row());
    const int column = index.column();
    if (column == FileColumns::CustomFormatScore) {
        if (QVariant cutoff = scoreCellData(row, role); cutoff.isValid())
            return cutoff;
    }
    switch (role) {
    case Qt::DisplayRole:
        return displayText(column, FileColumns::value(column, row));
    case Qt::ToolTipRole:
        if (column == FileColumns::CustomFormats || column == FileColumns::RelativePath || column == FileColumns::Title
            || column == FileColumns::EpisodeTitle)
            return displayText(column, FileColumns::value(column, row));
        return {};
    case Qt::TextAlignmentRole: {
        const CellType type = FileColumns::type(column);
        if (type == CellType::Integer && column != FileColumns::ItemId && column != FileColumns::FileId)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    case ModelRole::Sort: {
        const QVariant v = FileColumns::value(column, row);
        switch (FileColumns::type(column)) {
        case CellType::Integer:
            return v.isValid() ? v.toLongLong() : std::numeric_limits<qint64>::min();
        case CellType::Boolean:
            return v.toBool() ? 1 : 0;
        case CellType::DateTime:
            return v.toDateTime().toMSecsSinceEpoch();
        case CellType::IntegerList:
            return v.toList().isEmpty() ? -1 : v.toList().first().toInt();
        default:
            return displayText(column, v);
        }
    }
    case ModelRole::Raw:
        return FileColumns::value(column, row);
    case ModelRole::FilterText:
        return QString(row.file->title + QLatin1Char('\n') + row.file->episodeTitle + QLatin1Char('\n')
                       + row.file->releaseGroup + QLatin1Char('\n') + row.file->relativePath)
            .toLower();
    default:
        return {};
    }
}

QVariant FileTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole)
        return headerText(section);
    if (role == Qt::ToolTipRole)
        return FileColumns::description(section);
    return {};
}

} // namespace arrscore
