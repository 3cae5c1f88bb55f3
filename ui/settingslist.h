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

    // Rows name their entry in nameColumn's Qt::UserRole and carry an Enabled check box in enabledColumn:
    // enabledToggled() follows each click on it.
    void watchEnabledColumn(int nameColumn, int enabledColumn);

Q_SIGNALS:
    // Queued: it arrives once the row's own setData() has returned, so a handler may refill the list (refilling it
    // inside itemChanged() deleted the row while Qt was still in it).
    void enabledToggled(const QString &name, bool enabled);
};

} // namespace arrscore
