#pragma once

#include <QWidget>

class QProgressBar;

namespace arrscore {

class SyncSession;

// The status bar's view of a sync: one progress bar per instance, named after it, that says
// "connecting", the percentage fetched, "storing", then "done" or "failed".
class SyncProgress : public QWidget
{
    Q_OBJECT
public:
    explicit SyncProgress(QWidget *parent = nullptr);

    // Shows a bar for each instance of the session and follows it until it finishes.
    void follow(SyncSession *session);
    void clear();

private:
    QList<QProgressBar *> m_bars;
};

} // namespace arrscore
