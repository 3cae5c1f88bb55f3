#pragma once

#include <QWidget>

class QProgressBar;
class QToolButton;

namespace arrscore {

class SyncSession;

// The status bar's view of a sync: one progress bar per instance, named after it, that says
// "connecting", the percentage fetched, "storing", then "done" or "failed"; and a Cancel button (Esc).
class SyncProgress : public QWidget
{
    Q_OBJECT
public:
    explicit SyncProgress(QWidget *parent = nullptr);

    // Shows a bar for each instance of the session and follows it until it finishes.
    void follow(SyncSession *session);
    void clear();

Q_SIGNALS:
    void cancelRequested();

private:
    QList<QProgressBar *> m_bars;
    QToolButton *m_cancel;
};

} // namespace arrscore
