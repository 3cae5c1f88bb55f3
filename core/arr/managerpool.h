#pragma once

#include <QList>

#include <memory>
#include <vector>

class QNetworkAccessManager;

namespace arrscore {

// The network access managers one ArrClient sends on. Qt 6.4 opens at most six HTTP/1.1 connections per
// host and manager, so reaching maxConcurrency takes ⌈maxConcurrency / 6⌉ of them: the given one first, the
// others made here on first use with the given one's proxy, redirect policy, transfer timeout and STS.
class ManagerPool
{
public:
    // QHttpNetworkConnectionPrivate::defaultHttpChannelCount: fixed until Qt 6.5's QHttp1Configuration.
    static constexpr int kConnectionsPerHost = 6;

    ManagerPool(QNetworkAccessManager *given, int maxConcurrency);
    ~ManagerPool();
    ManagerPool(const ManagerPool &) = delete;
    ManagerPool &operator=(const ManagerPool &) = delete;

    // How many managers maxConcurrency needs.
    static int managersFor(int maxConcurrency);
    // Takes a place on the first manager with a connection free and returns its index for manager() and
    // release(). Filling the given manager first keeps one request at a time, and any sync that never has more
    // than six in flight, on it alone: another manager (and its network thread) is made only when needed.
    // With at most maxConcurrency places taken, there is always one free.
    int acquire();
    void release(int index);
    QNetworkAccessManager *manager(int index) const;

    int inFlight(int index) const { return m_inFlight.at(index); }
    // Managers in use so far (the given one included): the others are made when first needed.
    int created() const { return int(m_extra.size()) + 1; }
    int capacity() const { return int(m_inFlight.size()); }

    // Gives `to` what decides where and how its requests go: `from`'s proxy (its proxy factory, asked through
    // `from` since a factory belongs to one manager), redirect policy, transfer timeout and Strict Transport
    // Security state. A cache is not shared (it belongs to one manager) and API answers are never cached.
    static void copySettings(QNetworkAccessManager &from, QNetworkAccessManager &to);

private:
    QNetworkAccessManager *m_given;
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_extra;
    QList<int> m_inFlight; // per manager index, capacity() long
};

} // namespace arrscore
