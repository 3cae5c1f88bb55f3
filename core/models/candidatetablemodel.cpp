#include "models/candidatetablemodel.h"

#include "models/modelroles.h"
#include "views/analysisviews.h"
#include "views/celltext.h"

#include <QLocale>

namespace arrscore {

CandidateTableModel::CandidateTableModel(QObject *parent)
    : FileRowModel(parent), m_columns(AnalysisViews::candidateColumns())
{
}

void CandidateTableModel::setSnapshots(const QList<LibrarySnapshot> &snapshots)
{
    beginResetModel();
    m_report = CandidateFinder::find(snapshotPointers(snapshots));
    m_candidates = m_report.candidates;
    m_rows.clear();
    m_rows.reserve(m_candidates.size());
    for (const Candidate &c : std::as_const(m_candidates))
        m_rows.append(FileRow::of(*c.snapshot, *c.file));
    endResetModel();
}

int CandidateTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_candidates.size());
}

int CandidateTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant CandidateTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Candidate &c = m_candidates.at(index.row());
    const QString &name = m_columns.at(index.column());
    if (name == QLatin1String("custom_format_score")) {
        if (QVariant cutoff = scoreCellData(m_rows.at(index.row()), role); cutoff.isValid())
            return cutoff;
    }
    switch (role) {
    case Qt::DisplayRole: {
        const QVariant value = AnalysisViews::candidateCell(c, index.column());
        if (name == QLatin1String("size_bytes"))
            return QLocale().formattedDataSize(value.toLongLong(), 1);
        if (name == QLatin1String("title"))
            return CandidateFinder::displayTitle(*c.file);
        if (name == QLatin1String("reasons"))
            return value.toStringList().join(QStringLiteral("; "));
        if (name == QLatin1String("item_id") || name == QLatin1String("file_id"))
            return value.toString();
        if (name == QLatin1String("custom_format_score") && !value.isValid())
            return tr("n/a");
        return CellText::display(value);
    }
    case Qt::ToolTipRole:
        if (name == QLatin1String("reasons"))
            return CandidateFinder::reasonTexts(c).join(QLatin1Char('\n'));
        if (name == QLatin1String("title") || name == QLatin1String("missing_formats")
            || name == QLatin1String("negative_formats"))
            return data(index, Qt::DisplayRole);
        return {};
    case Qt::TextAlignmentRole:
        if (CellText::alignsRight(AnalysisViews::candidateCell(c, index.column())) && name != QLatin1String("item_id")
            && name != QLatin1String("file_id"))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ModelRole::Sort:
        if (name == QLatin1String("title"))
            return CandidateFinder::displayTitle(*c.file).toLower();
        return CellText::sortKey(AnalysisViews::candidateCell(c, index.column()));
    case ModelRole::Raw:
        return AnalysisViews::candidateCell(c, index.column());
    default:
        return {};
    }
}

QVariant CandidateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return {};
    if (role == Qt::DisplayRole)
        return CellText::columnTitle(m_columns.at(section));
    return {};
}

} // namespace arrscore
