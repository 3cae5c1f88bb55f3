#include "models/findingfiltermodel.h"

#include "models/findingtablemodel.h"
#include "models/modelroles.h"

namespace arrscore {

FindingFilterModel::FindingFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ModelRole::Sort);
}

void FindingFilterModel::setKind(const QString &kindName)
{
    if (kindName == m_kind)
        return;
    m_kind = kindName;
    invalidateRowsFilter();
}

void FindingFilterModel::setText(const QString &text)
{
    const QStringList words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

bool FindingFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex kind = sourceModel()->index(sourceRow, FindingTableModel::Kind, sourceParent);
    if (!m_kind.isEmpty() && kind.data(ModelRole::Raw).toString() != m_kind)
        return false;
    if (m_words.isEmpty())
        return true;
    const QString text = kind.data(ModelRole::FilterText).toString();
    return std::all_of(m_words.cbegin(), m_words.cend(), [&text](const QString &w) { return text.contains(w); });
}

} // namespace arrscore
