#include <QtTest>
class Tst_syncjob : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(Tst_syncjob)
#include "tst_syncjob.moc"
