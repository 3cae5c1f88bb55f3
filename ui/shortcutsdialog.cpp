#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace arrscore {

namespace {

QString plain(const QString &text)
{
    // "&Export…" → "Export…", "R&&D" → "R&D"
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&') && i + 1 < text.size())
            ++i;
        out += text.at(i);
    }
    return out;
}

void collect(const QMenu *menu, const QString &path, QList<ShortcutsDialog::Entry> *out)
{
    for (QAction *a : menu->actions()) {
        if (a->isSeparator() || !a->isVisible())
            continue;
        if (a->menu()) {
            collect(a->menu(), path + QStringLiteral(" ▸ ") + plain(a->text()), out);
            continue;
        }
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        out->append({path, plain(a->text()), keys.join(QStringLiteral(", "))});
    }
}

} // namespace

QList<ShortcutsDialog::Entry> ShortcutsDialog::entries(const QMenuBar *menuBar)
{
    QList<Entry> out;
    for (QAction *a : menuBar->actions()) {
        if (a->menu() && a->isVisible())
            collect(a->menu(), plain(a->text()), &out);
    }
    return out;
}

ShortcutsDialog::ShortcutsDialog(QMenuBar *menuBar, QWidget *parent) : QDialog(parent), m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *intro = new QLabel(tr("Every menu command can also be reached with Alt and its underlined letter, and "
                                "F10 opens the menus."),
                             this);
    intro->setWordWrap(true);

    m_list->setObjectName(QStringLiteral("shortcutList"));
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setAccessibleDescription(tr("Each menu with its commands and their keys."));
    m_list->setHeaderLabels({tr("Command"), tr("Shortcut")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    QTreeWidgetItem *group = nullptr;
    for (const Entry &e : entries(menuBar)) {
        if (!group || group->text(0) != e.menu) {
            group = new QTreeWidgetItem(m_list, {e.menu});
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
            group->setFlags(Qt::ItemIsEnabled);
            group->setExpanded(true);
        }
        auto *item = new QTreeWidgetItem(group, {e.action, e.shortcut.isEmpty() ? tr("—") : e.shortcut});
        if (e.shortcut.isEmpty())
            item->setData(1, Qt::AccessibleTextRole, tr("no shortcut")); // not "em dash"
    }
    m_list->expandAll();
    m_list->setItemsExpandable(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    intro->setBuddy(m_list);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);

    // Tall enough to list every command without scrolling, as far as the screen allows.
    int rows = m_list->topLevelItemCount();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        rows += m_list->topLevelItem(i)->childCount();
    const int content =
        rows * m_list->sizeHintForRow(0) + m_list->header()->sizeHint().height() + 2 * m_list->frameWidth();
    const int screenHeight = screen() ? screen()->availableGeometry().height() : 768;
    m_list->setMinimumHeight(std::min(content, screenHeight * 2 / 3));
    resize(520, sizeHint().height());
    m_list->setMinimumHeight(m_list->sizeHintForRow(0) * 6); // then the user may make it smaller
}

} // namespace arrscore
