#pragma once

#include "audit/instancecomparison.h"
#include "base/model.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QStackedWidget;
class QSortFilterProxyModel;
class QTabWidget;

namespace arrscore {

class RowTableModel;
class TablePage;

// The Compare view: two instances of one kind side by side (a 4K and a 1080p Radarr, say), picked in two
// lists: the items both have with file, quality and score in each and their difference, the items only one
// has, and the formats their same-named profiles score differently. Compared on a worker thread. With fewer
// than two instances of a kind it says what it needs.
class ComparePage : public QWidget
{
    Q_OBJECT
public:
    explicit ComparePage(QWidget *parent = nullptr);

    // The latest snapshots of every instance and the database they came from (where the items' catalogue ids
    // are); the pair shown stays when both are still there.
    void setSnapshots(const QList<LibrarySnapshot> &snapshots, const QString &databaseLocation);
    // Compares `left` with `right` (names of instances of one kind).
    void compare(const QString &left, const QString &right);
    QComboBox *leftChoice() const { return m_left; }
    QComboBox *rightChoice() const { return m_right; }
    QTabWidget *tabs() const { return m_tabs; }
    TablePage *sharedPage() const { return m_sharedPage; }
    TablePage *onlyInPage() const { return m_onlyPage; }
    TablePage *driftPage() const { return m_driftPage; }
    TablePage *currentTablePage() const; // the tab in front; null on the empty state
    QList<TablePage *> tablePages() const { return {m_sharedPage, m_onlyPage, m_driftPage}; }
    RowTableModel *sharedModel() const { return m_shared; }
    RowTableModel *onlyInModel() const { return m_only; }
    RowTableModel *driftModel() const { return m_drift; }
    bool isShowingEmptyState() const;
    QString emptyStateText() const;

Q_SIGNALS:
    void compared();                      // the tables show the pair chosen
    void problem(const QString &message); // the catalogue ids could not be read

private:
    void fillLeft();
    void fillRight();
    void compareChosen();
    void show(const Comparison &comparison);
    const LibrarySnapshot *snapshotOf(const QString &instance) const;

    QList<LibrarySnapshot> m_snapshots;
    QString m_location;
    QComboBox *m_left;
    QComboBox *m_right;
    QLabel *m_summary;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QTabWidget *m_tabs;
    RowTableModel *m_shared;
    RowTableModel *m_only;
    RowTableModel *m_drift;
    TablePage *m_sharedPage;
    TablePage *m_onlyPage;
    TablePage *m_driftPage;
    quint64 m_serial = 0; // of the comparison asked for last; older results are dropped
};

} // namespace arrscore
