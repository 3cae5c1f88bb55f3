#include "settingslist.h"

#include <QHeaderView>

namespace arrscore {

SettingsList::SettingsList(const QString &objectName, const QString &accessibleName, const QStringList &headers,
                           int stretch, QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(objectName);
    setAccessibleName(accessibleName);
    setHeaderLabels(headers);
    setRootIsDecorated(false);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    setUniformRowHeights(true);
    header()->setStretchLastSection(false);
    for (int column = 0; column < headers.size(); ++column)
        header()->setSectionResizeMode(column,
                                       column == stretch ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
}

void SettingsList::watchEnabledColumn(int nameColumn, int enabledColumn)
{
    connect(this, &QTreeWidget::itemChanged, this,
            [this, nameColumn, enabledColumn](QTreeWidgetItem *item, int column) {
                if (column != enabledColumn)
                    return;
                const QString name = item->data(nameColumn, Qt::UserRole).toString();
                const bool enabled = item->checkState(enabledColumn) == Qt::Checked;
                QMetaObject::invokeMethod(
                    this, [this, name, enabled] { Q_EMIT enabledToggled(name, enabled); }, Qt::QueuedConnection);
            });
}

} // namespace arrscore
