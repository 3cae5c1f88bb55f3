#pragma once

#include "base/filerow.h"
#include "sidebar.h"

#include <QList>
#include <QStackedWidget>

class QAbstractItemModel;
class QAction;
class QSortFilterProxyModel;

namespace arrscore {

class DashboardPage;
class FileDetailPane;
struct ItemCheck;
struct ReleaseInfo;
class LibraryModels;
class SearchesPage;
class TablePage;

// The main window's views, one page per Sidebar::View over the tables of LibraryModels: Library and
// Upgrade candidates beside a FileDetailPane, Custom formats, Quality profiles and Changes, the
// Dashboard and the Searches log. Sets up each page's columns, captions and context menu.
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
};

} // namespace arrscore
