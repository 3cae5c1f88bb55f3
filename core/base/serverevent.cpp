#include "base/serverevent.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace arrscore {

namespace {

constexpr std::array kNames{
    std::pair{ServerEventType::Grabbed, "grabbed"},
    std::pair{ServerEventType::DownloadFolderImported, "downloadFolderImported"},
    std::pair{ServerEventType::DownloadFailed, "downloadFailed"},
    std::pair{ServerEventType::DownloadIgnored, "downloadIgnored"},
    std::pair{ServerEventType::FileDeleted, "fileDeleted"},
    std::pair{ServerEventType::FileRenamed, "fileRenamed"},
};

} // namespace

QString serverEventTypeName(ServerEventType type)
{
    for (const auto &[t, name] : kNames) {
        if (t == type)
            return QLatin1String(name);
    }
    return {};
}

std::optional<ServerEventType> serverEventTypeFromName(const QString &name)
{
    for (const auto &[t, text] : kNames) {
        if (name == QLatin1String(text))
            return t;
    }
    return std::nullopt;
}

std::optional<ServerEventType> serverEventTypeFromServer(const QString &value, bool sonarr)
{
    bool isNumber = false;
    const int number = value.toInt(&isNumber);
    if (isNumber) {
        // MovieHistoryEventType and EpisodeHistoryEventType number them differently.
        switch (number) {
        case 1:
            return ServerEventType::Grabbed;
        case 2:
            return sonarr ? std::optional(ServerEventType::DownloadFolderImported) : std::nullopt;
        case 3:
            return ServerEventType::DownloadFolderImported;
        case 4:
            return ServerEventType::DownloadFailed;
        case 5:
            return sonarr ? std::optional(ServerEventType::FileDeleted) : std::nullopt;
        case 6:
            return sonarr ? ServerEventType::FileRenamed : ServerEventType::FileDeleted;
        case 7:
            return sonarr ? std::optional(ServerEventType::DownloadIgnored) : std::nullopt;
        case 8:
            return sonarr ? std::nullopt : std::optional(ServerEventType::FileRenamed);
        case 9:
            return sonarr ? std::nullopt : std::optional(ServerEventType::DownloadIgnored);
        default:
            return std::nullopt;
        }
    }
    const QString v = value.toLower();
    if (v == QLatin1String("grabbed"))
        return ServerEventType::Grabbed;
    if (v == QLatin1String("downloadfolderimported") || v == QLatin1String("seriesfolderimported"))
        return ServerEventType::DownloadFolderImported;
    if (v == QLatin1String("downloadfailed"))
        return ServerEventType::DownloadFailed;
    if (v == QLatin1String("downloadignored"))
        return ServerEventType::DownloadIgnored;
    if (v == QLatin1String("moviefiledeleted") || v == QLatin1String("episodefiledeleted"))
        return ServerEventType::FileDeleted;
    if (v == QLatin1String("moviefilerenamed") || v == QLatin1String("episodefilerenamed"))
        return ServerEventType::FileRenamed;
    return std::nullopt;
}

QString serverEventTypeTitle(ServerEventType type)
{
    switch (type) {
    case ServerEventType::Grabbed:
        return QCoreApplication::translate("arrscore::ServerEvent", "Grabbed");
    case ServerEventType::DownloadFolderImported:
        return QCoreApplication::translate("arrscore::ServerEvent", "Imported");
    case ServerEventType::DownloadFailed:
        return QCoreApplication::translate("arrscore::ServerEvent", "Download failed");
    case ServerEventType::DownloadIgnored:
        return QCoreApplication::translate("arrscore::ServerEvent", "Download ignored");
    case ServerEventType::FileDeleted:
        return QCoreApplication::translate("arrscore::ServerEvent", "File deleted");
    case ServerEventType::FileRenamed:
        return QCoreApplication::translate("arrscore::ServerEvent", "File renamed");
    }
    return {};
}

} // namespace arrscore
