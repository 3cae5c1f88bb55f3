#pragma once

#include "upgrades/searchoutcomes.h"
#include "upgrades/searchrecord.h"

#include <QList>
#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace arrscore {

class RowTableModel;
class TablePage;

// The Searches view: how well searching works (searched N, upgraded M, median gain; per instance and per
// profile), and the log of every search and grab sent with its state, the server's message and its items'
// outcomes; the items of the selected search beside it, each upgraded old → new, unchanged or pending.
class SearchesPage : public QWidget
{
    Q_OBJECT
public:
    explicit SearchesPage(QWidget *parent = nullptr);

    // The searches newest first, and the outcomes of their items (SearchOutcomes::classify).
    void setSearches(const QList<SearchRecord> &searches, const QList<ItemOutcome> &outcomes);
    TablePage *logPage() const { return m_log; }
    RowTableModel *logModel() const { return m_logModel; }
    RowTableModel *itemModel() const { return m_itemModel; }
    RowTableModel *summaryModel() const { return m_summaryModel; }
    QString summaryText() const;

private:
    void showItems(int logRow);

    QLabel *m_summary;
    RowTableModel *m_summaryModel;
    QSortFilterProxyModel *m_summaryProxy;
    QTableView *m_summaryTable;
    RowTableModel *m_logModel;
    QSortFilterProxyModel *m_logProxy;
    TablePage *m_log;
    RowTableModel *m_itemModel;
    QSortFilterProxyModel *m_itemProxy;
    QTableView *m_items;
    QList<SearchRecord> m_searches;
    QList<ItemOutcome> m_outcomes;
};

} // namespace arrscore
