#include "base/logoutput.h"

#include "base/logfields.h"
#include "base/redaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QMutex>
#include <QRegularExpression>

#include <cstdio>
#include <memory>

namespace arrscore {

namespace {

// The installed handler's state: messages come from every thread.
struct Sink
{
    QMutex mutex;
    LogOutput::Options options;
    std::unique_ptr<QFile> file;
    QtMessageHandler previous = nullptr;
};

Sink &sink()
{
    static Sink s;
    return s;
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "error";
    case QtFatalMsg:
        return "fatal";
    }
    return "info";
}

// PATH.N-1 → PATH.N … PATH → PATH.1, the oldest dropped; called with the mutex held.
void rotate(Sink &s)
{
    const QString path = s.options.filePath;
    s.file->close();
    QFile::remove(path + QStringLiteral(".%1").arg(s.options.keptFiles));
    for (int n = s.options.keptFiles - 1; n >= 1; --n)
        QFile::rename(path + QStringLiteral(".%1").arg(n), path + QStringLiteral(".%1").arg(n + 1));
    if (s.options.keptFiles > 0)
        QFile::rename(path, path + QStringLiteral(".1"));
    else
        QFile::remove(path);
    if (!s.file->open(QIODevice::WriteOnly | QIODevice::Append))
        std::fprintf(stderr, "arrscore: cannot reopen the log file %s after rotating it\n", qPrintable(path));
}

void writeLine(QtMsgType type, const char *category, const QString &message, bool toStderr)
{
    Sink &s = sink();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QByteArray line;
    if (s.options.format == LogOutput::Format::Json) {
        line = LogOutput::jsonLine(type, category, message, LogFields::current(), now);
    } else {
        line =
            QStringLiteral("%1 %2 %3: %4")
                .arg(now.toString(Qt::ISODateWithMs), QLatin1String(levelName(type)), QLatin1String(category), message)
                .toUtf8();
    }
    line += '\n';
    const QMutexLocker lock(&s.mutex);
    if (toStderr) {
        // Text on stderr stays as Qt writes it; JSON is the whole line.
        // Qt's default format: "category: message", the message alone for uncategorised ones.
        const bool json = s.options.format == LogOutput::Format::Json;
        const bool bare = qstrcmp(category, "default") == 0;
        const QByteArray out =
            json   ? line
            : bare ? (message + QLatin1Char('\n')).toUtf8()
                   : (QLatin1String(category) + QStringLiteral(": ") + message + QLatin1Char('\n')).toUtf8();
        std::fwrite(out.constData(), 1, size_t(out.size()), stderr);
        std::fflush(stderr);
    }
    if (s.file && s.file->isOpen()) {
        if (s.file->size() > 0 && s.file->size() + line.size() > s.options.maxFileBytes)
            rotate(s);
        s.file->write(line);
        s.file->flush();
    }
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    writeLine(type, context.category ? context.category : "default", message, true);
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

std::optional<LogOutput::Format> LogOutput::parseFormat(const QString &text)
{
    const QString lower = text.trimmed().toLower();
    if (lower == QLatin1String("text"))
        return Format::Text;
    if (lower == QLatin1String("json"))
        return Format::Json;
    return std::nullopt;
}

std::optional<qint64> LogOutput::parseSize(const QString &text)
{
    static const QRegularExpression size(QStringLiteral("^(\\d{1,12})\\s*([kKmMgG]?)[iI]?[bB]?$"));
    const QRegularExpressionMatch m = size.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    qint64 bytes = m.captured(1).toLongLong();
    const QChar unit = m.captured(2).isEmpty() ? QChar() : m.captured(2).at(0).toLower();
    if (unit == QLatin1Char('k'))
        bytes *= 1024;
    else if (unit == QLatin1Char('m'))
        bytes *= qint64(1024) * 1024;
    else if (unit == QLatin1Char('g'))
        bytes *= qint64(1024) * 1024 * 1024;
    constexpr qint64 kMinimum = 4096;
    if (bytes < kMinimum)
        return std::nullopt;
    return bytes;
}

Status LogOutput::install(const Options &options)
{
    std::unique_ptr<QFile> file;
    if (!options.filePath.isEmpty()) {
        QDir().mkpath(QFileInfo(options.filePath).absolutePath());
        file = std::make_unique<QFile>(options.filePath);
        if (!file->open(QIODevice::WriteOnly | QIODevice::Append))
            return Error{ErrorKind::Config, tr("Cannot write the log file %1: %2.")
                                                .arg(QDir::toNativeSeparators(options.filePath), file->errorString())};
    }
    Sink &s = sink();
    {
        const QMutexLocker lock(&s.mutex);
        s.options = options;
        s.file = std::move(file);
    }
    const QtMessageHandler previous = qInstallMessageHandler(handler);
    if (previous != handler)
        s.previous = previous;
    return Status::success();
}

void LogOutput::uninstall()
{
    Sink &s = sink();
    qInstallMessageHandler(s.previous);
    const QMutexLocker lock(&s.mutex);
    s.file.reset();
    s.options = Options();
}

void LogOutput::write(QtMsgType type, const char *category, const QString &message)
{
    writeLine(type, category, message, true);
}

bool LogOutput::isJson()
{
    Sink &s = sink();
    const QMutexLocker lock(&s.mutex);
    return s.options.format == Format::Json;
}

void LogOutput::writeToFile(QtMsgType type, const char *category, const QString &message)
{
    {
        Sink &s = sink();
        const QMutexLocker lock(&s.mutex);
        if (!s.file)
            return;
    }
    writeLine(type, category, message, false);
}

QByteArray LogOutput::jsonLine(QtMsgType type, const char *category, const QString &message, const QVariantMap &fields,
                               const QDateTime &time)
{
    QJsonObject o;
    // Fields first, so that none of them can replace the five keys every line has.
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        o.insert(it.key(), QJsonValue::fromVariant(it.value()));
    o.insert(QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("level"), QLatin1String(levelName(type)));
    o.insert(QStringLiteral("category"), QLatin1String(category));
    // A request URL in a message loses its key here too, whoever wrote the message.
    o.insert(QStringLiteral("message"), Redaction::text(message));
    if (!o.contains(QStringLiteral("instance")))
        o.insert(QStringLiteral("instance"), QJsonValue::Null);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace arrscore
