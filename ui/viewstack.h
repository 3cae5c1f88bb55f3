#pragma once

#include "base/filerow.h"
#include "sidebar.h"

#include <QList>
#include <QStackedWidget>

class QAbstractItemModel;
class QAction;
class QSortFilterProxyModel;

namespace arrscore {

class AuditPage;
class ComparePage;
class DashboardPage;
class FileDetailPane;
struct ItemCheck;
struct ReleaseInfo;
class LibraryModels;
class SearchesPage;
class TablePage;

// The main window's views, one page per Sidebar::View over the tables of LibraryModels: Library and
// Upgrade candidates beside a FileDetailPane, Custom formats, Quality profiles and Changes, the
// Dashboard, the Searches log, the Audit and Compare. Sets up each page's columns, captions and context menu.
class ViewStack : public QStackedWidget
{
    Q_OBJECT
public:
    ViewStack(LibraryModels *models, QWidget *parent = nullptr);

    Sidebar::View currentView() const { return Sidebar::View(currentIndex()); }
    TablePage *currentTablePage() const;
    TablePage *changesPage() const { return m_changesPage; }
    DashboardPage *dashboard() const { return m_dashboard; }
    SearchesPage *searchesPage() const { return m_searches; }
    AuditPage *auditPage() const { return m_audit; }
    ComparePage *comparePage() const { return m_compare; }
    FileDetailPane *detailPane(Sidebar::View view) const; // of Library or Upgrade candidates
    QList<FileRow> selectedFiles() const; // of Library or Upgrade candidates, when one of them is in front
    void showColumnMenu();                // of the table in front, under its header's left end
    void focusTable();
    void setSearchAction(QAction *action);             // offered in the files' context menu
    void setCheckAction(QAction *action);              // likewise
    void setDatabaseLocation(const QString &location); // where the detail panes read a file's history
    void restoreState();
    void saveState() const;
    // The detail panes show the current file again (its release check changed).
    void refreshDetails();

Q_SIGNALS:
    void selectionChanged();
    void grabRequested(const arrscore::ItemCheck &check, const arrscore::ReleaseInfo &release);

private:
    TablePage *addFilePage(const QString &name, QSortFilterProxyModel *proxy, FileDetailPane **pane);
    TablePage *addTablePage(const QString &name, QSortFilterProxyModel *proxy);
    void setUpLibrary();
    void setUpCandidates();
    void setUpSmallViews();

    LibraryModels *m_models;
    QAction *m_searchAction = nullptr;
    QAction *m_checkAction = nullptr;
    QList<TablePage *> m_tablePages;
    TablePage *m_libraryPage = nullptr;
    TablePage *m_candidatePage = nullptr;
    TablePage *m_changesPage = nullptr;
    FileDetailPane *m_detail = nullptr;
    FileDetailPane *m_candidateDetail = nullptr;
    DashboardPage *m_dashboard = nullptr;
    SearchesPage *m_searches = nullptr;
    AuditPage *m_audit = nullptr;
    ComparePage *m_compare = nullptr;
    // The pages' tables that are not in m_tablePages (whose order is the sidebar's): their state is kept too.
    QList<TablePage *> otherTablePages() const;
};

} // namespace arrscore
