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

} // namespace arrscore
