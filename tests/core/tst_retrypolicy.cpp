#include <QtTest>
class Tst_retrypolicy : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(Tst_retrypolicy)
#include "tst_retrypolicy.moc"
