#pragma once

#include "models/modelroles.h"
#include "models/rowtablemodel.h"

#include <QObject>
#include <QSortFilterProxyModel>

namespace arrscore {

// A proxy that sorts a RowTableModel by its cells' sort values (numbers as numbers, dates as dates): what the
// small tables of the Searches and Compare views put between their model and their view.
inline QSortFilterProxyModel *sortedProxy(RowTableModel *model, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(ModelRole::Sort);
    return proxy;
}

} // namespace arrscore
