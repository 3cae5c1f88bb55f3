#pragma once

#include <QDialog>

class QMenuBar;
class QTreeWidget;

namespace arrscore {

// Help ▸ Keyboard Shortcuts: every action of the window's menus with its shortcut, read from the
// QActions themselves, so the list cannot drift from what the keys do.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QMenuBar *menuBar, QWidget *parent = nullptr);

    struct Entry
    {
        QString menu;
        QString action;
        QString shortcut; // native text, e.g. "Ctrl+E"; empty: reachable by its mnemonic only
    };
    // Every visible, non-separator action of the menus, in menu order; submenus are walked too.
    static QList<Entry> entries(const QMenuBar *menuBar);

private:
    QTreeWidget *m_list;
};

} // namespace arrscore
