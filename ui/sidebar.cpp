#include "sidebar.h"

#include "plaintooltips.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QStyle>

#include <algorithm>

namespace arrscore {

namespace {

enum ItemRole { ViewRole = Qt::UserRole + 1, InstanceRole };

QIcon dot(const QColor &color)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(3.5, 3.5, 9, 9));
    return QIcon(pixmap);
}

} // namespace

QString Sidebar::viewTitle(View view)
{
    switch (view) {
    case Library:
        return tr("Library");
    case Candidates:
        return tr("Upgrade candidates");
    case Formats:
        return tr("Custom formats");
    case Profiles:
        return tr("Quality profiles");
    case Changes:
        return tr("Changes");
    case Dashboard:
        return tr("Dashboard");
    case Searches:
        return tr("Searches");
    case Audit:
        return tr("Audit");
    case Compare:
        return tr("Compare");
    case ViewCount:
        break;
    }
    return {};
}

Sidebar::Sidebar(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("sidebar"));
    setHeaderHidden(true);
    setRootIsDecorated(false);
    setIndentation(12);
    setUniformRowHeights(true);
    setFrameShape(QFrame::NoFrame);
    setColumnCount(1);
    PlainToolTips::install(this); // an instance's tooltip quotes its last sync error
    setIconSize(QSize(16, 16));
    setMinimumWidth(200);
    // Room between the rows, as a navigation list has.
    setStyleSheet(QStringLiteral("QTreeView::item { padding: 3px 2px; }"));
    setAccessibleName(tr("Views and instances"));

    QFont groupFont = font();
    groupFont.setBold(true);
    m_views = new QTreeWidgetItem(this, {tr("Views")});
    m_instances = new QTreeWidgetItem(this, {tr("Instances")});
    for (QTreeWidgetItem *group : {m_views, m_instances}) {
        group->setFont(0, groupFont);
        group->setFlags(Qt::ItemIsEnabled);
        group->setExpanded(true);
    }
    m_instances->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_instances->setToolTip(0, tr("Show every instance"));
    const QStyle::StandardPixmap icons[] = {QStyle::SP_FileDialogDetailedView, QStyle::SP_ArrowUp,
                                            QStyle::SP_FileDialogListView,     QStyle::SP_FileDialogInfoView,
                                            QStyle::SP_BrowserReload,          QStyle::SP_ComputerIcon,
                                            QStyle::SP_FileDialogContentsView, QStyle::SP_MessageBoxQuestion,
                                            QStyle::SP_FileDialogBack};
    for (int v = 0; v < ViewCount; ++v) {
        auto *item = new QTreeWidgetItem(m_views, {viewTitle(View(v))});
        item->setData(0, ViewRole, v);
        item->setIcon(0, style()->standardIcon(icons[v]));
        m_viewItems << item;
    }
    connect(this, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { onCurrentItemChanged(current); });
    setCurrentItem(m_viewItems.first());
}

void Sidebar::onCurrentItemChanged(QTreeWidgetItem *current)
{
    if (m_updating || !current)
        return;
    if (current->data(0, ViewRole).isValid()) {
        m_view = View(current->data(0, ViewRole).toInt());
        Q_EMIT viewChosen(m_view);
    } else if (current == m_instances) {
        Q_EMIT instanceChosen(QString());
    } else if (current->data(0, InstanceRole).isValid()) {
        Q_EMIT instanceChosen(current->data(0, InstanceRole).toString());
    }
}

void Sidebar::setCurrentView(View view)
{
    m_view = view;
    m_updating = true;
    setCurrentItem(m_viewItems.at(view));
    m_updating = false;
}

void Sidebar::setViewCount(View view, int count)
{
    QTreeWidgetItem *item = m_viewItems.at(view);
    item->setText(0, count < 0 ? viewTitle(view)
                               : QStringLiteral("%1  (%2)").arg(viewTitle(view), QLocale().toString(count)));
    fitWidth();
}

void Sidebar::fitWidth()
{
    constexpr int kNarrowest = 200;
    constexpr int kPadding = 24; // the items' own padding, the focus frame and some air
    // The splitter widens the sidebar to its minimum. Only the views count: an instance's name may be
    // as long as its owner likes, and its tool tip has it in full.
    int widest = 0;
    for (const QTreeWidgetItem *item : std::as_const(m_viewItems))
        widest = std::max(widest, QFontMetrics(item->font(0)).horizontalAdvance(item->text(0)));
    setMinimumWidth(
        std::max(kNarrowest, widest + iconSize().width() + 2 * indentation() + 2 * frameWidth() + kPadding));
}

QList<Sidebar::InstanceStatus> Sidebar::statuses(const QList<InstanceTarget> &configured,
                                                 const QList<LibrarySnapshot> &latest,
                                                 const QHash<QString, QString> &errors, bool syncing)
{
    QHash<QString, const LibrarySnapshot *> snapshots;
    for (const LibrarySnapshot &s : latest)
        snapshots.insert(s.instance.name, &s);
    QStringList names;
    QHash<QString, QString> types;
    for (const InstanceTarget &t : configured) {
        names << t.name;
        types.insert(t.name, t.type == InstanceType::Radarr ? QStringLiteral("Radarr") : QStringLiteral("Sonarr"));
    }
    for (const LibrarySnapshot &s : latest) {
        if (!names.contains(s.instance.name)) {
            names << s.instance.name;
            types.insert(s.instance.name, s.instance.appName);
        }
    }
    QList<InstanceStatus> list;
    for (const QString &name : std::as_const(names)) {
        InstanceStatus st;
        st.name = name;
        st.type = types.value(name);
        if (const LibrarySnapshot *s = snapshots.value(name))
            st.lastSync = s->finishedAt;
        st.error = errors.value(name);
        st.syncing = syncing;
        list << st;
    }
    return list;
}

void Sidebar::setInstances(const QList<InstanceStatus> &instances)
{
    m_updating = true;
    const QString selectedName = currentItem() ? currentItem()->data(0, InstanceRole).toString() : QString();
    qDeleteAll(m_instances->takeChildren());
    const QLocale locale;
    for (const InstanceStatus &s : instances) {
        auto *item = new QTreeWidgetItem(m_instances, {s.name});
        item->setData(0, InstanceRole, s.name);
        QString state;
        if (s.syncing) {
            item->setIcon(0, dot(QColor(0x3b, 0x82, 0xf6)));
            state = tr("syncing…");
        } else if (!s.error.isEmpty()) {
            item->setIcon(0, dot(QColor(0xdc, 0x26, 0x26)));
            state = tr("last sync failed: %1").arg(s.error);
        } else if (s.lastSync.isValid()) {
            item->setIcon(0, dot(QColor(0x16, 0xa3, 0x4a)));
            state = tr("last sync %1").arg(locale.toString(s.lastSync.toLocalTime(), QLocale::ShortFormat));
        } else {
            item->setIcon(0, dot(QColor(0x9c, 0xa3, 0xaf)));
            state = tr("not synced yet");
        }
        item->setToolTip(0, QStringLiteral("%1 (%2)\n%3").arg(s.name, s.type, state));
        item->setStatusTip(0, state);
        if (!selectedName.isEmpty() && selectedName == s.name)
            setCurrentItem(item);
    }
    m_instances->setHidden(instances.isEmpty());
    m_updating = false;
}

void Sidebar::setSelectedInstance(const QString &name)
{
    m_updating = true;
    for (int i = 0; i < m_instances->childCount(); ++i) {
        QTreeWidgetItem *item = m_instances->child(i);
        item->setFont(0, font());
        if (item->data(0, InstanceRole).toString() == name) {
            QFont bold = font();
            bold.setBold(true);
            item->setFont(0, bold);
        }
    }
    m_updating = false;
}

} // namespace arrscore
