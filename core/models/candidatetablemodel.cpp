#include "models/candidatetablemodel.h"

#include "audit/findingindex.h"
#include "models/modelroles.h"
#include "models/upgradeindex.h"
#include "upgrades/releaseverdict.h"
#include "upgrades/upgradeitem.h"
#include "views/analysisviews.h"
#include "views/celltext.h"
#include "views/upgradecells.h"

#include <QLocale>

namespace arrscore {

CandidateTableModel::CandidateTableModel(QObject *parent)
    : FileRowModel(parent), m_exportColumns(AnalysisViews::candidateColumns()), m_columns(m_exportColumns)
{
    for (const char *name : kUpgradeColumns)
        m_columns << QString::fromLatin1(name);
    m_columns << QStringLiteral("findings");
}

void CandidateTableModel::findingsChanged()
{
    if (m_rows.isEmpty())
        return;
    const int column = columnCount() - 1;
    Q_EMIT dataChanged(index(0, column), index(rowCount() - 1, column));
}

QVariant CandidateTableModel::findingData(int row, int role) const
{
    if (!m_findings || m_findings->isEmpty())
        return role == Qt::DisplayRole ? QVariant(QString()) : QVariant();
    // A multi-episode file has the findings of each of its episodes.
    QList<FindingKind> kinds;
    QStringList explanations;
    for (const UpgradeItem &item : UpgradeItem::fromFileRow(m_rows.at(row))) {
        for (FindingKind kind : m_findings->kindsOf(item.instance, item.itemId)) {
            if (!kinds.contains(kind))
                kinds << kind;
        }
        for (const QString &e : m_findings->explanationsOf(item.instance, item.itemId)) {
            if (!explanations.contains(e))
                explanations << e;
        }
    }
    std::sort(kinds.begin(), kinds.end());
    QStringList titles;
    for (FindingKind kind : std::as_const(kinds))
        titles << Finding::kindTitle(kind);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (titles.isEmpty())
            return role == Qt::DisplayRole ? QVariant(QString()) : QVariant(tr("No findings"));
        return role == Qt::DisplayRole ? QVariant(QStringLiteral("⚠ ") + titles.join(QStringLiteral(", ")))
                                       : QVariant(tr("Findings: %1").arg(titles.join(QStringLiteral(", "))));
    case Qt::ToolTipRole:
        return explanations.isEmpty() ? QVariant() : QVariant(explanations.join(QStringLiteral("\n\n")));
    case ModelRole::Sort: {
        // Items in a loop first, then by how many kinds; none last.
        int key = 0;
        for (FindingKind kind : std::as_const(kinds))
            key += kind == FindingKind::UpgradeLoop ? 100 : 1;
        return key;
    }
    case ModelRole::Raw: {
        QStringList names;
        for (FindingKind kind : std::as_const(kinds))
            names << Finding::kindName(kind);
        return names;
    }
    default:
        return {};
    }
}

void CandidateTableModel::upgradesChanged()
{
    if (m_rows.isEmpty())
        return;
    const int first = columnOf(QString::fromLatin1(kUpgradeColumns[0]));
    Q_EMIT dataChanged(index(0, first), index(rowCount() - 1, columnCount() - 1));
}

namespace {

// A time as "5 min ago", the full local time in its tool tip; sorted by the time itself.
QVariant timeCell(const QDateTime &when, int role)
{
    if (!when.isValid())
        return role == Qt::DisplayRole ? QVariant(QString()) : QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return UpgradeCells::relativeTime(when);
    case Qt::ToolTipRole:
        return CellText::display(when);
    case ModelRole::Sort:
        return double(when.toMSecsSinceEpoch());
    case ModelRole::Raw:
        return when;
    default:
        return {};
    }
}

} // namespace

QVariant CandidateTableModel::upgradeData(int row, const QString &name, int role) const
{
    const FileRow &file = m_rows.at(row);
    if (name == QLatin1String("last_searched"))
        return timeCell(m_upgrades ? m_upgrades->lastSearched(file) : QDateTime(), role);
    const ItemCheck *check = m_upgrades ? m_upgrades->checkOf(file) : nullptr;
    if (!check)
        return role == Qt::DisplayRole ? QVariant(QString()) : QVariant();
    if (name == QLatin1String("checked_at"))
        return timeCell(check->checkedAt, role); // a deferred item was not checked: invalid, an empty cell
    const std::optional<qint64> gain = UpgradeIndex::gainOver(*check, file);
    switch (role) {
    case Qt::DisplayRole:
        return UpgradeCells::bestAvailable(*check, gain);
    case Qt::ToolTipRole:
        return UpgradeCells::bestAvailableToolTip(*check, gain);
    case Qt::TextAlignmentRole:
        return check->verdict == Verdict::Better && gain ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                                                         : QVariant();
    case ModelRole::Sort:
        return UpgradeCells::bestAvailableKey(*check, gain);
    case ModelRole::Raw:
        return ReleaseVerdict::name(check->verdict);
    default:
        return {};
    }
}

void CandidateTableModel::setSnapshots(const QList<LibrarySnapshot> &snapshots)
{
    setReport(CandidateFinder::find(snapshotPointers(snapshots)));
}

void CandidateTableModel::setReport(CandidateReport report)
{
    beginResetModel();
    m_report = std::move(report);
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
    if (index.column() == columnCount() - 1)
        return findingData(index.row(), role);
    if (index.column() >= m_exportColumns.size())
        return upgradeData(index.row(), name, role);
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
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QString &name = m_columns.at(section);
    if (name == QLatin1String("best_available"))
        return role == Qt::DisplayRole ? tr("Best available")
                                       : tr("The best release the indexers offered at the last check: its "
                                            "score's gain over the file and its score, or the verdict");
    if (name == QLatin1String("checked_at"))
        return role == Qt::DisplayRole ? tr("Checked") : tr("When the item was last checked for better releases");
    if (name == QLatin1String("last_searched"))
        return role == Qt::DisplayRole ? tr("Last searched") : tr("When a search or grab was last sent for the item");
    if (name == QLatin1String("findings"))
        return role == Qt::DisplayRole ? tr("Findings")
                                       : tr("What the audit found in the server's history of the item (upgrade "
                                            "loops, score mismatches, failures); the Audit view explains each");
    return role == Qt::DisplayRole ? QVariant(CellText::columnTitle(name)) : QVariant();
}

} // namespace arrscore
