#pragma once

#include "base/filerow.h"
#include "config/config.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;
class QWidget;

namespace arrscore {

class Database;
class RecordedSearch;
struct SearchPlan;

// "Search for upgrades" on the files the user picked, through the cooldown and hourly limit: plans what
// to send (SearchPlanner), asks first with what will be sent per instance, what the cooldown skips, the
// limit's room, and offers "Search anyway (ignore cooldown)"; then sends and records each search
// (RecordedSearch) and follows its command on the server until it ends.
class UpgradeSearcher : public QObject
{
    Q_OBJECT
public:
    explicit UpgradeSearcher(QWidget *window);
    ~UpgradeSearcher() override;

    bool isRunning() const; // some search is sending; following the commands afterwards does not count
    // Asks whether to search items that are in upgrade loops (`loops`: the loops' explanations, as
    // LibraryModels::upgradeLoopsOf gives them), naming each; true to go on (at once when there are none).
    bool confirmLoops(const QStringList &loops) const;
    // instances: the configured ones with their keys and limits. With confirm false nothing is asked and the
    // cooldown holds unless force (tests).
    void search(const QList<FileRow> &rows, const QList<InstanceConfig> &instances, const QString &database,
                bool confirm = true, bool force = false);

Q_SIGNALS:
    // summaries: one line per instance that was asked; failures: one actionable line per failure.
    void finished(const QStringList &summaries, const QStringList &failures);
    // Items of an instance were just searched (the Last searched column follows at once).
    void searched(const QString &instance, const QList<qint64> &itemIds);
    // A recorded search changed (sent, or its command moved on): the Searches view reads them again.
    void recordChanged();

private:
    // What the user chose: 0 cancel, 1 search, 2 search anyway (ignore cooldown).
    int ask(const SearchPlan &plan, int files) const;

    QWidget *m_window;
    QNetworkAccessManager *m_nam;
    // One run sends, then follows its commands; a new search may start while an older one is followed.
    struct Run
    {
        std::unique_ptr<Database> db;
        QPointer<RecordedSearch> search;
        bool sending = true;
    };
    std::vector<std::unique_ptr<Run>> m_runs;
};

} // namespace arrscore
