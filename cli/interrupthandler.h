#pragma once

#include <QObject>

class QSocketNotifier;

namespace arrscore {

// Turns Ctrl-C (SIGINT) and SIGTERM into a Qt signal delivered on the event loop, so work can be
// cancelled cleanly instead of the process dying mid-write. A second Ctrl-C exits at once.
class InterruptHandler : public QObject
{
    Q_OBJECT
public:
    explicit InterruptHandler(QObject *parent = nullptr);
    ~InterruptHandler() override;

    bool interrupted() const { return m_interrupted; }

Q_SIGNALS:
    void interruptRequested();

private:
    void onActivated();

    QSocketNotifier *m_notifier = nullptr;
    bool m_interrupted = false;
};

} // namespace arrscore
