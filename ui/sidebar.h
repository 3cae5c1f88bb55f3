#pragma once

#include "arr/instancetarget.h"
#include "base/model.h"

#include <QDateTime>
#include <QHash>
#include <QTreeWidget>

namespace arrscore {

// The main window's sidebar: the views of the library, then the instances with their status and the
// time of their last sync. Choosing an instance narrows the views to it.
class Sidebar : public QTreeWidget
{
    Q_OBJECT
public:
    enum View { Library, Candidates, Formats, Profiles, Changes, Dashboard, Searches, Audit, Compare, ViewCount };

    struct InstanceStatus
    {
        QString name;
        QString type;       // "Radarr", "Sonarr"
        QDateTime lastSync; // invalid: never synced
        QString error;      // the last sync's error; empty when it worked
        bool syncing = false;
    };

    explicit Sidebar(QWidget *parent = nullptr);

    void setCurrentView(View view);
    View currentView() const { return m_view; }
    void setViewCount(View view, int count); // shown beside the view's name; -1 hides it
    void setInstances(const QList<InstanceStatus> &instances);
    // The statuses of the instances to sync (`configured`, in order) and then of those synced earlier
    // (by a cron job, say) that the configuration no longer lists.
    static QList<InstanceStatus> statuses(const QList<InstanceTarget> &configured, const QList<LibrarySnapshot> &latest,
                                          const QHash<QString, QString> &errors, bool syncing);
    void setSelectedInstance(const QString &name); // empty: all instances
    static QString viewTitle(View view);

Q_SIGNALS:
    void viewChosen(arrscore::Sidebar::View view);
    void instanceChosen(const QString &name); // empty: all instances

private:
    void onCurrentItemChanged(QTreeWidgetItem *current);
    // Wide enough for the longest entry: "Candidats à la mise à niveau (2 153)" is not cut off.
    void fitWidth();
    QTreeWidgetItem *m_views;
    QTreeWidgetItem *m_instances;
    QList<QTreeWidgetItem *> m_viewItems;
    View m_view = Library;
    bool m_updating = false;
};

} // namespace arrscore
