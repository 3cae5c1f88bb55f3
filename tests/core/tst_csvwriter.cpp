#include <QtTest>
class Tst_csvwriter : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(Tst_csvwriter)
#include "tst_csvwriter.moc"
