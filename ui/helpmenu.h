#pragma once

#include <QObject>

#include <functional>

class QAction;
class QMainWindow;

namespace arrscore {

class LibraryModels;

// The main window's Help menu: the user guide (F1), the keyboard shortcuts, Report a Problem (a
// prefilled issue text shown before anything leaves the machine) and About. Each opens its dialog.
class HelpMenu : public QObject
{
    Q_OBJECT
public:
    // databaseLocation: the database the window shows (the demo's or the configured one); models: the
    // library it shows, whose instances' versions go into a problem report.
    HelpMenu(QMainWindow *window, std::function<QString()> databaseLocation, const LibraryModels *models);

    void showUserGuide();
    void showShortcuts();
    void reportProblem();
    void showAbout();

private:
    template <typename Dialog, typename... Args> void openDialog(Args &&...args);

    QMainWindow *m_window;
    std::function<QString()> m_databaseLocation;
    const LibraryModels *m_models;
};

} // namespace arrscore
