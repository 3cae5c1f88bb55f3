#pragma once

#include "base/error.h"
#include "upgrades/itemcheck.h"
#include "upgrades/releaseinfo.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QThreadPool;
class QTreeWidget;

namespace arrscore {

// The detail pane's releases of the selected file's latest check: the pick first, then the others, each
// with its title, indexer, quality, size, custom formats, score and gain over the file, and whether the
// server approves it or why not; a Grab button for an approved one, and when the lookup was made.
class ReleaseList : public QWidget
{
    Q_OBJECT
public:
    explicit ReleaseList(QWidget *parent = nullptr);

    void setDatabaseLocation(const QString &location) { m_location = location; }
    // check: the file's latest check, or none; fileScore: the file's score now, for the gains.
    void showCheck(const std::optional<ItemCheck> &check, std::optional<int> fileScore);
    void clear();
    QTreeWidget *list() const { return m_list; }
    QPushButton *grabButton() const { return m_grab; }
    QString text() const; // for tests: the heading and every row
    // The release of the list's row (the pick is row 0 when there is one).
    std::optional<ReleaseInfo> releaseAt(int row) const;

Q_SIGNALS:
    void grabRequested(const arrscore::ItemCheck &check, const arrscore::ReleaseInfo &release);
    void releasesShown(); // the releases of the check arrived and are listed (or could not be read)

private:
    void fill(const QList<ReleaseInfo> &releases);
    void updateGrab();

    QLabel *m_heading;
    QTreeWidget *m_list;
    QPushButton *m_grab;
    QThreadPool *m_pool;
    QString m_location;
    std::optional<ItemCheck> m_check;
    std::optional<int> m_fileScore;
    QList<ReleaseInfo> m_releases; // in the list's order
    quint64 m_serial = 0;
};

} // namespace arrscore
