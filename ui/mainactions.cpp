#include "mainactions.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>

namespace arrscore {

MainActions::MainActions(QMainWindow *window) : QObject(window)
{
    QMenu *file = window->menuBar()->addMenu(tr("&File"));
    QAction *sync = m_actions[Sync] = file->addAction(tr("&Sync"));
    sync->setObjectName(QStringLiteral("syncAction"));
    sync->setShortcut(QKeySequence::Refresh);
    sync->setToolTip(tr("Fetch every file's score from each instance (F5)"));
    QAction *exportFiles = m_actions[Export] = file->addAction(tr("&Export…"));
    exportFiles->setObjectName(QStringLiteral("exportAction"));
    exportFiles->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportFiles->setToolTip(tr("Save the current view or everything as CSV, JSON or an HTML report (Ctrl+E)"));
    QAction *check = m_actions[CheckReleases] = file->addAction(tr("Check for &Better Releases…"));
    check->setObjectName(QStringLiteral("checkReleasesAction"));
    check->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    check->setToolTip(tr("Ask the servers which releases their indexers offer now for the selected files, "
                         "and whether one would be an upgrade (Ctrl+Shift+U)"));
    check->setEnabled(false);
    QAction *search = m_actions[Search] = file->addAction(tr("Search for &Upgrades…"));
    search->setObjectName(QStringLiteral("searchAction"));
    search->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    search->setToolTip(tr("Ask Radarr/Sonarr to search for better releases of the selected files (Ctrl+U)"));
    search->setEnabled(false);
    QAction *add = m_actions[AddInstance] = file->addAction(tr("&Add Instance…"));
    add->setObjectName(QStringLiteral("addInstanceAction"));
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    file->addSeparator();
    QAction *settings = m_actions[Settings] = file->addAction(tr("Se&ttings…"));
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = window->menuBar()->addMenu(tr("&View"));
    // The views' titles with mnemonics unique in this menu (Filter has F, Clear Filters l, Go to Sidebar d).
    const QString viewTexts[] = {
        tr("L&ibrary"),   tr("&Upgrade Candidates"), tr("Custom Fo&rmats"), tr("Quality &Profiles"), tr("C&hanges"),
        tr("Dash&board"), tr("&Searches"),           tr("&Audit"),          tr("Co&mpare")};
    static_assert(std::size(viewTexts) == Sidebar::ViewCount);
    for (int v = 0; v < Sidebar::ViewCount; ++v) {
        QAction *a = view->addAction(viewTexts[v], this, [this, v] { Q_EMIT viewChosen(Sidebar::View(v)); });
        a->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + v)));
        a->setObjectName(QStringLiteral("viewAction%1").arg(v));
    }
    view->addSeparator();
    m_actions[Filter] = view->addAction(tr("&Filter"));
    m_actions[Filter]->setShortcut(QKeySequence::Find);
    m_actions[ClearFilters] = view->addAction(tr("C&lear Filters"));
    QAction *columns = m_actions[Columns] = view->addAction(tr("&Columns…"));
    columns->setObjectName(QStringLiteral("columnsAction"));
    columns->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_actions[GoToTable] = view->addAction(tr("Go to &Table"));
    m_actions[GoToTable]->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_actions[GoToSidebar] = view->addAction(tr("Go to Si&debar"));
    m_actions[GoToSidebar]->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));

    QToolBar *toolbar = window->addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // The » button a narrow window shows for the commands that no longer fit.
    if (auto *more = toolbar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button")))
        more->setAccessibleName(tr("More commands"));
    sync->setIcon(window->style()->standardIcon(QStyle::SP_BrowserReload));
    exportFiles->setIcon(window->style()->standardIcon(QStyle::SP_DialogSaveButton));
    toolbar->addAction(sync);
    toolbar->addAction(exportFiles);
    check->setIcon(window->style()->standardIcon(QStyle::SP_FileDialogInfoView));
    toolbar->addAction(check);
    search->setIcon(window->style()->standardIcon(QStyle::SP_FileDialogContentsView));
    toolbar->addAction(search);
}

} // namespace arrscore
