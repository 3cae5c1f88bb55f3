#pragma once

// The simulator's own admin API under /__sim/ (no key): stats, reset, config and library
// mutations, so a test driving an out-of-process arrsim can do what in-process tests do in C++.

#include "simhttp.h"

#include <QJsonObject>

namespace arrscore {

class SimServer;

class SimAdmin
{
public:
    explicit SimAdmin(SimServer &server);

    // route is what follows "/__sim/", e.g. "stats".
    SimResponse handle(const SimRequest &request, const QString &route);

    // The web UI's index page: what a client gets for a path outside the API.
    static SimResponse htmlPage(const QString &appName, const QString &urlBase);
    static SimResponse proxyErrorPage(int status);

private:
    SimResponse mutate(const QJsonObject &op);
    // GET /__sim/twin: which twin this library is, its items the other lacks, its profiles' drift.
    QJsonObject twin() const;

    SimServer &m_server;
};

} // namespace arrscore
