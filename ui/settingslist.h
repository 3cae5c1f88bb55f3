#pragma once

#include <QStringList>
#include <QTreeWidget>

namespace arrscore {

// The list of a Settings page (instances, notification targets): one row per entry, one selected at a time,
// alternating rows, the `stretch` column taking the room left and the others as wide as their contents.
class SettingsList : public QTreeWidget
{
    Q_OBJECT
public:
    SettingsList(const QString &objectName, const QString &accessibleName, const QStringList &headers, int stretch,
                 QWidget *parent);
};

} // namespace arrscore
