#include <QtTest>
class Tst_exporter : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(Tst_exporter)
#include "tst_exporter.moc"
