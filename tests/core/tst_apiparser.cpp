#include <QtTest>
class Tst_apiparser : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(Tst_apiparser)
#include "tst_apiparser.moc"
