#pragma once

#include "base/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace arrscore {

// Where log messages go: replaces Qt's message handler so that each message is written as text (Qt's own
// format) or as one JSON object per line (docs/LOGGING.md), to stderr and, with a file, also to that file,
// which is rotated by size (PATH, PATH.1 … PATH.N, oldest dropped). For long-running and scheduled use.
class LogOutput
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::LogOutput)

public:
    enum class Format { Text, Json };
    static constexpr qint64 kDefaultMaxFileBytes = qint64(10) * 1024 * 1024;
    static constexpr int kDefaultKeptFiles = 3;

    struct Options
    {
        Format format = Format::Text;
        QString filePath; // empty: stderr only
        qint64 maxFileBytes = kDefaultMaxFileBytes;
        int keptFiles = kDefaultKeptFiles; // rotated files kept besides PATH
    };

    // "text" or "json" (any case); nullopt for anything else.
    static std::optional<Format> parseFormat(const QString &text);
    // "10M", "512k", "1G", "4096" (bytes); at least 4 KiB. nullopt when it is not a size.
    static std::optional<qint64> parseSize(const QString &text);

    // Installs the handler; the file (and its folder) is created or appended to. An error says why the file
    // cannot be written; nothing is installed then.
    static Status install(const Options &options);
    // Restores Qt's default handler and closes the file.
    static void uninstall();

    // Writes a message that did not come through Qt's logging (the CLI's own output lines in JSON mode) as
    // the handler would: to stderr and the file.
    static void write(QtMsgType type, const char *category, const QString &message);
    // Only to the log file, when there is one: the CLI's text output, which reaches the terminal itself.
    static void writeToFile(QtMsgType type, const char *category, const QString &message);
    static bool isJson();

    // One JSON line (without the newline) for a message: time (ISO 8601 UTC with milliseconds), level,
    // category, message, then fields (LogFields::current()) as keys of their own.
    static QByteArray jsonLine(QtMsgType type, const char *category, const QString &message, const QVariantMap &fields,
                               const QDateTime &time);
};

} // namespace arrscore
