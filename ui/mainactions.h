#pragma once

#include "sidebar.h"

#include <QObject>

class QAction;
class QMainWindow;

namespace arrscore {

// The main window's menus and tool bar: File (sync, export, check for better releases, search for upgrades,
// add instance, settings, quit) and View (each view, the filter, columns, focus), with their shortcuts, tool tips and
// object names. The window connects what they do.
class MainActions : public QObject
{
    Q_OBJECT
public:
    enum Id {
        Sync,
        Export,
        Search,
        CheckReleases,
        AddInstance,
        Settings,
        Filter,
        ClearFilters,
        Columns,
        GoToTable,
        GoToSidebar,
        IdCount
    };

    explicit MainActions(QMainWindow *window);

    QAction *action(Id id) const { return m_actions[id]; }

Q_SIGNALS:
    void viewChosen(arrscore::Sidebar::View view);

private:
    QAction *m_actions[IdCount] = {};
};

} // namespace arrscore
