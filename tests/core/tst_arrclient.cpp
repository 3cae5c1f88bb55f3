#include <QtTest>
class Tst_arrclient : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(Tst_arrclient)
#include "tst_arrclient.moc"
