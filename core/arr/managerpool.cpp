#include "arr/managerpool.h"

#include <QHstsPolicy>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPointer>

#include <algorithm>

namespace arrscore {

namespace {

// Asks the given manager's proxy factory, which that manager owns and cannot share.
class ForwardingProxyFactory : public QNetworkProxyFactory
{
public:
    explicit ForwardingProxyFactory(QNetworkAccessManager *source) : m_source(source) {}

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        if (m_source && m_source->proxyFactory())
            return m_source->proxyFactory()->queryProxy(query);
        // The given manager's factory is gone: what a manager without one would use.
        return QNetworkProxyFactory::proxyForQuery(query);
    }

private:
    QPointer<QNetworkAccessManager> m_source;
};

} // namespace

ManagerPool::ManagerPool(QNetworkAccessManager *given, int maxConcurrency)
    : m_given(given), m_inFlight(managersFor(maxConcurrency), 0)
{
}

ManagerPool::~ManagerPool() = default;

int ManagerPool::managersFor(int maxConcurrency)
{
    return std::max(1, (maxConcurrency + kConnectionsPerHost - 1) / kConnectionsPerHost);
}

int ManagerPool::acquire()
{
    const auto free = std::find_if(m_inFlight.cbegin(), m_inFlight.cend(),
                                   [](int inFlight) { return inFlight < kConnectionsPerHost; });
    // More places than capacity() × six are never asked for (ArrClient's queue holds the rest); if they were,
    // the last manager would queue them inside Qt, as one manager always did.
    const int index = free == m_inFlight.cend() ? capacity() - 1 : int(free - m_inFlight.cbegin());
    while (created() <= index) {
        auto manager = std::make_unique<QNetworkAccessManager>();
        copySettings(*m_given, *manager);
        m_extra.push_back(std::move(manager));
    }
    ++m_inFlight[index];
    return index;
}

void ManagerPool::release(int index)
{
    Q_ASSERT(m_inFlight.at(index) > 0);
    --m_inFlight[index];
}

QNetworkAccessManager *ManagerPool::manager(int index) const
{
    return index == 0 ? m_given : m_extra.at(index - 1).get();
}

void ManagerPool::copySettings(QNetworkAccessManager &from, QNetworkAccessManager &to)
{
    if (from.proxyFactory())
        to.setProxyFactory(new ForwardingProxyFactory(&from)); // owned by `to`
    else
        to.setProxy(from.proxy());
    to.setRedirectPolicy(from.redirectPolicy());
    to.setTransferTimeout(from.transferTimeout());
    to.setStrictTransportSecurityEnabled(from.isStrictTransportSecurityEnabled());
    // Hosts the given manager learnt (or was told) to reach over https only stay https-only here too.
    to.addStrictTransportSecurityHosts(from.strictTransportSecurityHosts());
}

} // namespace arrscore
