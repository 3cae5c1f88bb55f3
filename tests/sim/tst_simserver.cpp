#include <QtTest>
class Tst_simserver : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(Tst_simserver)
#include "tst_simserver.moc"
