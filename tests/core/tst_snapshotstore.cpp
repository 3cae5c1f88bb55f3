#include <QtTest>
class Tst_snapshotstore : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(Tst_snapshotstore)
#include "tst_snapshotstore.moc"
