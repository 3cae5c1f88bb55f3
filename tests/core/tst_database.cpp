#include <QtTest>
class Tst_database : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(Tst_database)
#include "tst_database.moc"
