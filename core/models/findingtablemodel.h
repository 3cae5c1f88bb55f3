#pragma once

#include "audit/finding.h"

#include <QAbstractTableModel>
#include <QList>

namespace arrscore {

// The Audit view's rows: one finding each, with its kind, instance, item, file, the first sentence of its
// explanation and its newest event. DisplayRole text, ModelRole::Sort a key that keeps the kinds in their
// own order (not alphabetical in every language), ModelRole::Raw the kind's name for the kind filter.
class FindingTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Kind, Instance, Title, ItemId, FileId, Explanation, LastEvent, ColumnCount };

    explicit FindingTableModel(QObject *parent = nullptr);

    void setFindings(const QList<Finding> &findings);
    const QList<Finding> &findings() const { return m_findings; }
    const Finding &finding(int row) const { return m_findings.at(row); }
    // The first sentence of an explanation: what the table shows, the detail pane has the rest.
    static QString shortExplanation(const QString &explanation);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Finding> m_findings;
};

} // namespace arrscore
