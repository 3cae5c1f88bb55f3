#include "models/findingtablemodel.h"

#include "models/modelroles.h"
#include "views/celltext.h"

#include <QLocale>

namespace arrscore {

FindingTableModel::FindingTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void FindingTableModel::setFindings(const QList<Finding> &findings)
{
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

QString FindingTableModel::shortExplanation(const QString &explanation)
{
    // A sentence ends at ". " (release names hold dots, but never a dot followed by a space).
    const qsizetype end = explanation.indexOf(QLatin1String(". "));
    return end < 0 ? explanation : explanation.left(end + 1);
}

int FindingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QVariant FindingTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding &f = m_findings.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Kind:
            return Finding::kindTitle(f.kind);
        case Instance:
            return f.instance;
        case Title:
            return f.title;
        case ItemId:
            return QString::number(f.itemId);
        case FileId:
            return f.fileId > 0 ? QString::number(f.fileId) : QString();
        case Explanation:
            return shortExplanation(f.explanation);
        case LastEvent:
            return f.lastEventAt.isValid() ? QLocale().toString(f.lastEventAt.toLocalTime(), QLocale::ShortFormat)
                                           : QString();
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Kind)
            return Finding::kindDescription(f.kind);
        if (column == Explanation || column == Title)
            return f.explanation;
        return {};
    case ModelRole::Sort:
        switch (column) {
        case Kind:
            return int(f.kind);
        case ItemId:
            return f.itemId;
        case FileId:
            return f.fileId;
        case LastEvent:
            return f.lastEventAt.isValid() ? QVariant(f.lastEventAt.toMSecsSinceEpoch()) : QVariant();
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    case ModelRole::Raw:
        switch (column) {
        case Kind:
            return Finding::kindName(f.kind);
        case ItemId:
            return f.itemId;
        case FileId:
            return f.fileId > 0 ? QVariant(f.fileId) : QVariant();
        case LastEvent:
            return f.lastEventAt;
        default:
            return data(index, Qt::DisplayRole);
        }
    case ModelRole::FilterText:
        return QStringList{f.title, f.instance, f.explanation, Finding::kindTitle(f.kind)}
            .join(QLatin1Char('\n'))
            .toLower();
    default:
        return {};
    }
}

QVariant FindingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Kind:
        return tr("Finding");
    case Instance:
        return CellText::columnTitle(QStringLiteral("instance"));
    case Title:
        return CellText::columnTitle(QStringLiteral("title"));
    case ItemId:
        return CellText::columnTitle(QStringLiteral("item_id"));
    case FileId:
        return CellText::columnTitle(QStringLiteral("file_id"));
    case Explanation:
        return tr("Explanation");
    case LastEvent:
        return tr("Last event");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace arrscore
