#pragma once

#include "base/filerow.h"
#include "config/config.h"
#include "upgrades/itemcheck.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;
class QWidget;

namespace arrscore {

class Database;
class LookupRunner;

// "Check for better releases" on the files the user picked: asks first (how many lookups each instance will
// make, what they cost the user's indexers and the hourly limit's room), then runs them through LookupRunner,
// one at a time per instance, storing each as it finishes. Only upgrade candidates are checked.
class ReleaseChecker : public QObject
{
    Q_OBJECT
public:
    explicit ReleaseChecker(QWidget *window);
    ~ReleaseChecker() override;

    bool isRunning() const;
    // instances: the configured ones with their keys and limits. With confirm false nothing is asked (tests).
    // False when nothing was started (nothing to check, the database could not be opened, or the user said no);
    // finished() then follows only for a problem.
    bool check(const QList<FileRow> &candidates, const QList<InstanceConfig> &instances, const QString &database,
               bool confirm = true);
    void cancel();
    // Why the files cannot be checked (no candidate among them, lookups switched off), empty when they can.
    static QString whyNot(const QList<FileRow> &candidates, const QList<InstanceConfig> &instances);

Q_SIGNALS:
    void started(int lookups);
    void lookupStarted(const QString &instance, const QString &description);
    void progress(int done, int total);
    void checked(const QList<arrscore::ItemCheck> &checks); // the items of one lookup, as it ends
    // summary: one line for the status bar; problems: actionable lines for the error panel.
    void finished(const QString &summary, const QStringList &problems);

private:
    QString finishedSummary() const;

    QWidget *m_window;
    QNetworkAccessManager *m_nam;
    std::unique_ptr<Database> m_db; // the runner's connection, on this thread; lives as long as the runner
    QPointer<LookupRunner> m_runner;
};

} // namespace arrscore
