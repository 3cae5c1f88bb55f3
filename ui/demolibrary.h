#pragma once

#include "arr/instancetarget.h"
#include "config/config.h"

#include <QList>
#include <QObject>

#include <memory>
#include <vector>

namespace arrscore {

class SimServer;

// The bundled demo: a 1080p and a 4K Radarr sharing one catalogue and a Sonarr, simulators started in this
// process on 127.0.0.1, with a realistic library whose items have releases to look up, searches that upgrade
// them and a history with what the Audit explains, so a newcomer can see the whole app work without a server
// of their own.
// Its history goes to a database of its own, never into the user's.
class DemoLibrary : public QObject
{
    Q_OBJECT
public:
    explicit DemoLibrary(QObject *parent = nullptr);
    ~DemoLibrary() override;

    // Starts the servers (once); false with *error when a port could not be opened.
    bool start(QString *error);
    bool isRunning() const { return !m_servers.empty(); }
    void stop();
    QList<InstanceTarget> targets() const;
    // The same as configured instances, with the default limits of release lookups and searches.
    QList<InstanceConfig> instances() const;
    // Time passes in the demo: a few files upgraded or replaced, a profile's score edited, so that the
    // next sync has changes to show.
    void advance();

    static QString databasePath();
    // The demo's first sync is followed by a check of the top candidates of each instance and a search for a
    // few of them, so the candidates' columns, the releases and the Searches view have something to show.
    static constexpr int kCheckedPerInstance = 10;
    static constexpr int kSearchedPerInstance = 3;

private:
    std::vector<std::unique_ptr<SimServer>> m_servers;
    int m_generation = 0;
};

} // namespace arrscore
