// LogOutput and LogFields: JSON lines with their fields, the text format, size parsing, and a real log file
// rotated at a small size with every line kept once.

#include "base/logfields.h"
#include "base/logoutput.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QtTest>

using namespace arrscore;

namespace {
Q_LOGGING_CATEGORY(lcTest, "arrscore.test", QtDebugMsg)

QList<QJsonObject> jsonLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QJsonObject> lines;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            qFatal("not a JSON object: %s", line.constData());
        lines << doc.object();
    }
    return lines;
}
} // namespace

class tst_LogOutput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { LogOutput::uninstall(); }

    void jsonLineHasTheSchemaAndFields();
    void fieldScopesNest();
    void parsesFormatsAndSizes();
    void rotatesAtTheSizeKeepingThree();
    void textFileHasTimeLevelCategory();
};

void tst_LogOutput::jsonLineHasTheSchemaAndFields()
{
    const QDateTime time(QDate(2026, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
    const QVariantMap fields{{QStringLiteral("instance"), QStringLiteral("radarr")},
                             {QStringLiteral("path"), QStringLiteral("api/v3/movie")},
                             {QStringLiteral("status"), 200},
                             {QStringLiteral("duration_ms"), 42},
                             {QStringLiteral("level"), QStringLiteral("not this")}};
    const QByteArray line = LogOutput::jsonLine(
        QtWarningMsg, "arrscore.net", QStringLiteral("GET http://h/api?apikey=SECRET0123456789 failed"), fields, time);
    QVERIFY(!line.contains('\n'));
    const QJsonObject o = QJsonDocument::fromJson(line).object();
    QCOMPARE(o.value(QStringLiteral("time")).toString(), QStringLiteral("2026-01-02T03:04:05.678Z"));
    QCOMPARE(o.value(QStringLiteral("level")).toString(), QStringLiteral("warning"));
    QCOMPARE(o.value(QStringLiteral("category")).toString(), QStringLiteral("arrscore.net"));
    QCOMPARE(o.value(QStringLiteral("instance")).toString(), QStringLiteral("radarr"));
    QCOMPARE(o.value(QStringLiteral("path")).toString(), QStringLiteral("api/v3/movie"));
    QCOMPARE(o.value(QStringLiteral("status")).toInt(), 200);
    QCOMPARE(o.value(QStringLiteral("duration_ms")).toInt(), 42);
    QVERIFY2(!line.contains("SECRET0123456789"), line.constData());
    // Without an instance the key is there, null: every line has the same keys.
    const QJsonObject bare =
        QJsonDocument::fromJson(LogOutput::jsonLine(QtDebugMsg, "x", QStringLiteral("m"), {}, time)).object();
    QVERIFY(bare.contains(QStringLiteral("instance")));
    QVERIFY(bare.value(QStringLiteral("instance")).isNull());
    QCOMPARE(bare.value(QStringLiteral("level")).toString(), QStringLiteral("debug"));
}

void tst_LogOutput::fieldScopesNest()
{
    QVERIFY(LogFields::current().isEmpty());
    {
        const LogFields outer({{QStringLiteral("instance"), QStringLiteral("a")}, {QStringLiteral("status"), 1}});
        {
            const LogFields inner({{QStringLiteral("status"), 2}});
            QCOMPARE(LogFields::current().value(QStringLiteral("status")).toInt(), 2);
            QCOMPARE(LogFields::current().value(QStringLiteral("instance")).toString(), QStringLiteral("a"));
        }
        QCOMPARE(LogFields::current().value(QStringLiteral("status")).toInt(), 1);
    }
    QVERIFY(LogFields::current().isEmpty());
}

void tst_LogOutput::parsesFormatsAndSizes()
{
    QCOMPARE(LogOutput::parseFormat(QStringLiteral("JSON")), std::optional(LogOutput::Format::Json));
    QCOMPARE(LogOutput::parseFormat(QStringLiteral("text")), std::optional(LogOutput::Format::Text));
    QVERIFY(!LogOutput::parseFormat(QStringLiteral("xml")));
    QCOMPARE(LogOutput::parseSize(QStringLiteral("10M")), std::optional<qint64>(qint64(10) << 20));
    QCOMPARE(LogOutput::parseSize(QStringLiteral("512k")), std::optional<qint64>(qint64(512) << 10));
    QCOMPARE(LogOutput::parseSize(QStringLiteral("1GiB")), std::optional<qint64>(qint64(1) << 30));
    QCOMPARE(LogOutput::parseSize(QStringLiteral("8192")), std::optional<qint64>(8192));
    QVERIFY(!LogOutput::parseSize(QStringLiteral("100")));
    QVERIFY(!LogOutput::parseSize(QStringLiteral("ten")));
    QVERIFY(!LogOutput::parseSize(QStringLiteral("-5M")));
}

void tst_LogOutput::rotatesAtTheSizeKeepingThree()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("logs/arrscore.log"));
    LogOutput::Options options;
    options.format = LogOutput::Format::Json;
    options.filePath = path;
    options.maxFileBytes = 4096;
    QVERIFY(LogOutput::install(options).ok());
    constexpr int kLines = 400; // ~60 KB: many more rotations than files kept
    for (int i = 0; i < kLines; ++i) {
        const LogFields fields({{QStringLiteral("instance"), QStringLiteral("radarr")}, {QStringLiteral("n"), i}});
        qCDebug(lcTest) << "line" << i;
    }
    LogOutput::uninstall();
    QStringList files = QDir(dir.filePath(QStringLiteral("logs"))).entryList(QDir::Files, QDir::Name);
    QCOMPARE(files, (QStringList{QStringLiteral("arrscore.log"), QStringLiteral("arrscore.log.1"),
                                 QStringLiteral("arrscore.log.2"), QStringLiteral("arrscore.log.3")}));
    QList<int> numbers;
    for (const QString &suffix : {QStringLiteral(".3"), QStringLiteral(".2"), QStringLiteral(".1"), QString()}) {
        QVERIFY(QFileInfo(path + suffix).size() <= 4096);
        for (const QJsonObject &o : jsonLines(path + suffix)) {
            QCOMPARE(o.value(QStringLiteral("category")).toString(), QStringLiteral("arrscore.test"));
            numbers << o.value(QStringLiteral("n")).toInt();
        }
    }
    // The newest lines, in order, none twice, the last one written last.
    QVERIFY(numbers.size() > 40);
    QCOMPARE(numbers.last(), kLines - 1);
    for (qsizetype i = 1; i < numbers.size(); ++i)
        QCOMPARE(numbers[i], numbers[i - 1] + 1);
}

void tst_LogOutput::textFileHasTimeLevelCategory()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("text.log"));
    LogOutput::Options options;
    options.filePath = path;
    QVERIFY(LogOutput::install(options).ok());
    qCWarning(lcTest) << "something happened";
    LogOutput::uninstall();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString line = QString::fromUtf8(file.readAll()).trimmed();
    QVERIFY2(line.contains(QRegularExpression(QStringLiteral(
                 R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z warning arrscore\.test: something happened$)"))),
             qPrintable(line));
}

QTEST_GUILESS_MAIN(tst_LogOutput)
#include "tst_logoutput.moc"
