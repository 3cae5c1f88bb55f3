#include "arr/managerpool.h"

#include <QHstsPolicy>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QRandomGenerator>
#include <QtTest>

#include <algorithm>

using namespace arrscore;

namespace {

// Answers every query with one fixed proxy, and counts the queries.
class FixedProxyFactory : public QNetworkProxyFactory
{
public:
    explicit FixedProxyFactory(const QNetworkProxy &proxy) : m_proxy(proxy) {}
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &) override
    {
        ++queries;
        return {m_proxy};
    }
    int queries = 0;

private:
    QNetworkProxy m_proxy;
};

} // namespace

class tst_ManagerPool : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void managersFor_data()
    {
        QTest::addColumn<int>("concurrency");
        QTest::addColumn<int>("managers");
        QTest::newRow("0 (normalised to 1 by ArrClient)") << 0 << 1;
        QTest::newRow("1") << 1 << 1;
        QTest::newRow("6") << 6 << 1;
        QTest::newRow("7") << 7 << 2;
        QTest::newRow("8") << 8 << 2;
        QTest::newRow("12") << 12 << 2;
        QTest::newRow("13") << 13 << 3;
        QTest::newRow("64, the configuration's most") << 64 << 11;
    }

    void managersFor()
    {
        QFETCH(int, concurrency);
        QFETCH(int, managers);
        QCOMPARE(ManagerPool::managersFor(concurrency), managers);
        QNetworkAccessManager given;
        QCOMPARE(ManagerPool(&given, concurrency).capacity(), managers);
    }

    void oneAtATimeStaysOnTheGivenManager()
    {
        QNetworkAccessManager given;
        ManagerPool pool(&given, 12);
        for (int i = 0; i < 5; ++i) {
            const int index = pool.acquire();
            QCOMPARE(index, 0);
            QCOMPARE(pool.manager(index), &given);
            pool.release(index);
        }
        QCOMPARE(pool.created(), 1); // nothing made that was never needed
    }

    void theGivenManagerIsFilledFirst()
    {
        QNetworkAccessManager given;
        ManagerPool pool(&given, 8);
        for (int i = 0; i < 6; ++i)
            QCOMPARE(pool.acquire(), 0);
        QCOMPARE(pool.created(), 1); // six in flight need no other manager
        QCOMPARE(pool.acquire(), 1);
        QCOMPARE(pool.acquire(), 1);
        QCOMPARE(pool.created(), 2);
        QCOMPARE(pool.inFlight(0), 6);
        QCOMPARE(pool.inFlight(1), 2);
        QVERIFY(pool.manager(1) != &given);
        pool.release(0);
        QCOMPARE(pool.acquire(), 0); // a connection of the given manager is free again
        pool.release(1);
        pool.release(1);
        QCOMPARE(pool.inFlight(1), 0);
    }

    // Requests start and finish in any order; as long as at most maxConcurrency are in flight (ArrClient's
    // queue sees to that), no manager is asked for more than Qt opens connections.
    void noManagerExceedsItsConnections()
    {
        QRandomGenerator rng(16);
        for (int concurrency = 1; concurrency <= 64; ++concurrency) {
            QNetworkAccessManager given;
            ManagerPool pool(&given, concurrency);
            QList<int> running;
            int peak = 0;
            for (int step = 0; step < 2000; ++step) {
                if (int(running.size()) < concurrency && (running.isEmpty() || rng.bounded(3) != 0)) {
                    running.append(pool.acquire());
                } else {
                    const qsizetype which = rng.bounded(int(running.size()));
                    pool.release(running.takeAt(which));
                }
                for (int i = 0; i < pool.capacity(); ++i) {
                    QVERIFY2(pool.inFlight(i) <= ManagerPool::kConnectionsPerHost,
                             qPrintable(QStringLiteral("concurrency %1, manager %2: %3 in flight")
                                            .arg(concurrency)
                                            .arg(i)
                                            .arg(pool.inFlight(i))));
                }
                peak = std::max(peak, int(running.size()));
            }
            QCOMPARE(peak, concurrency);
            QCOMPARE(pool.created(), ManagerPool::managersFor(concurrency));
        }
    }

    void settingsAreCopied()
    {
        QNetworkAccessManager given;
        const QNetworkProxy proxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), 3128);
        given.setProxy(proxy);
        given.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
        given.setTransferTimeout(12345);
        given.setStrictTransportSecurityEnabled(true);
        given.addStrictTransportSecurityHosts(
            {QHstsPolicy(QDateTime::currentDateTimeUtc().addDays(1), {}, QStringLiteral("radarr.example"))});

        ManagerPool pool(&given, 7);
        for (int i = 0; i < ManagerPool::kConnectionsPerHost; ++i)
            pool.acquire();
        QNetworkAccessManager *extra = pool.manager(pool.acquire());
        QVERIFY(extra != &given);
        QCOMPARE(extra->proxy(), proxy);
        QCOMPARE(extra->redirectPolicy(), QNetworkRequest::NoLessSafeRedirectPolicy);
        QCOMPARE(extra->transferTimeout(), 12345);
        QVERIFY(extra->isStrictTransportSecurityEnabled());
        QCOMPARE(extra->strictTransportSecurityHosts().size(), 1);
        QCOMPARE(extra->strictTransportSecurityHosts().first().host(), QStringLiteral("radarr.example"));
        QVERIFY(!extra->cache());
    }

    void proxyFactoryIsAskedThroughTheGivenManager()
    {
        QNetworkAccessManager given;
        const QNetworkProxy proxy(QNetworkProxy::Socks5Proxy, QStringLiteral("10.0.0.9"), 1080);
        auto *factory = new FixedProxyFactory(proxy);
        given.setProxyFactory(factory); // owned by `given`
        QNetworkAccessManager extra;
        ManagerPool::copySettings(given, extra);
        QVERIFY(extra.proxyFactory());
        QVERIFY(extra.proxyFactory() != factory);
        const QList<QNetworkProxy> answer =
            extra.proxyFactory()->queryProxy(QNetworkProxyQuery(QUrl(QStringLiteral("http://radarr.lan:7878/"))));
        QCOMPARE(answer, QList<QNetworkProxy>{proxy});
        QCOMPARE(factory->queries, 1);
    }
};

QTEST_GUILESS_MAIN(tst_ManagerPool)
#include "tst_managerpool.moc"
