#include "models/rowtablemodel.h"

#include "history/difftext.h"
#include "models/modelroles.h"
#include "models/variantrows.h"
#include "views/celltext.h"

#include <QLocale>

namespace arrscore {

RowTableModel::RowTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void RowTableModel::setRows(RowSource &source)
{
    const VariantRows read = VariantRows::read(source);
    beginResetModel();
    m_columns = read.columns();
    m_rows = read.rows();
    endResetModel();
}

void RowTableModel::setColumns(const QStringList &columns)
{
    beginResetModel();
    m_columns = columns;
    m_rows.clear();
    endResetModel();
}

void RowTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void RowTableModel::setColumnTitles(const QStringList &titles)
{
    m_titles = titles;
    if (!m_columns.isEmpty())
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, int(m_columns.size()) - 1);
}

int RowTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RowTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant RowTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariant &value = m_rows.at(index.row()).at(index.column());
    const QString &name = m_columns.at(index.column());
    const bool isId = name.endsWith(QLatin1String("_id"));
    switch (role) {
    case Qt::DisplayRole:
        if (name == QLatin1String("share_at_or_above_cutoff") && value.isValid())
            return QStringLiteral("%1 %").arg(QLocale().toString(100 * value.toDouble(), 'f', 0));
        if (name == QLatin1String("change"))
            return DiffText::kind(value.toString());
        return isId ? value.toString() : CellText::display(value);
    case Qt::ToolTipRole:
        if (value.metaType().id() == QMetaType::QStringList)
            return value.toStringList().join(QLatin1Char('\n'));
        return {};
    case Qt::TextAlignmentRole:
        if (CellText::alignsRight(value) && !isId)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ModelRole::Sort:
        return CellText::sortKey(value);
    case ModelRole::Raw:
        return value;
    default:
        return {};
    }
}

QVariant RowTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return {};
    if (role == Qt::DisplayRole)
        return section < m_titles.size() ? m_titles.at(section) : CellText::columnTitle(m_columns.at(section));
    return {};
}

} // namespace arrscore
