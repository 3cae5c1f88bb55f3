#include "helpmenu.h"

#include "aboutdialog.h"
#include "models/librarymodels.h"
#include "problemreportdialog.h"
#include "shortcutsdialog.h"
#include "userguide.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace arrscore {

HelpMenu::HelpMenu(QMainWindow *window, std::function<QString()> databaseLocation, const LibraryModels *models)
    : QObject(window), m_window(window), m_databaseLocation(std::move(databaseLocation)), m_models(models)
{
    QMenu *help = window->menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *guide = help->addAction(tr("User &Guide"), this, &HelpMenu::showUserGuide);
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setToolTip(tr("Read how to set up, sync, explore and export your libraries (F1)"));
    QAction *shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this, &HelpMenu::showShortcuts);
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    help->addSeparator();
    QAction *report = help->addAction(tr("&Report a Problem…"), this, &HelpMenu::reportProblem);
    report->setObjectName(QStringLiteral("reportProblemAction"));
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Arr Score Exporter"), this, &HelpMenu::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
}

template <typename Dialog, typename... Args> void HelpMenu::openDialog(Args &&...args)
{
    // One of each at a time: asking again brings the open one to the front.
    if (auto *open = m_window->findChild<Dialog *>(QString(), Qt::FindDirectChildrenOnly)) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new Dialog(std::forward<Args>(args)..., m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void HelpMenu::showUserGuide()
{
    openDialog<UserGuide>();
}

void HelpMenu::showShortcuts()
{
    openDialog<ShortcutsDialog>(m_window->menuBar());
}

void HelpMenu::reportProblem()
{
    openDialog<ProblemReportDialog>(m_databaseLocation(), m_models->snapshots());
}

void HelpMenu::showAbout()
{
    openDialog<AboutDialog>();
}

} // namespace arrscore
