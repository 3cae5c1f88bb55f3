#pragma once

#include "arr/instancetarget.h"
#include "base/filerow.h"

#include <QObject>

class QWidget;

namespace arrscore {

class SearchRunner;

// "Search for upgrades" on the files the user picked: asks for confirmation (naming how many movies
// and episodes each instance will search for), then asks every instance at once and reports one line
// per instance. The searches themselves run later on the servers.
class UpgradeSearcher : public QObject
{
    Q_OBJECT
public:
    explicit UpgradeSearcher(QWidget *window);

    bool isRunning() const;
    // targets: the instances with their keys, by name. With confirm false nothing is asked (tests).
    void search(const QList<FileRow> &rows, const QList<InstanceTarget> &targets, bool confirm = true);

Q_SIGNALS:
    // summaries: one line per instance that was asked; failures: one actionable line per failure.
    void finished(const QStringList &summaries, const QStringList &failures);

private:
    QWidget *m_window;
    SearchRunner *m_runner;
    QStringList m_summaries;
    QStringList m_failures;
};

} // namespace arrscore
