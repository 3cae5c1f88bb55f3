#pragma once

#include "notify/syncsummary.h"

#include <QJsonObject>
#include <QString>

namespace arrscore {

// A Discord webhook message: one embed per instance within Discord's limits (title 256, description 4096,
// 25 fields of 1024, 6000 characters and 10 embeds in all), cut with "…and N more"; mentions disabled.
class DiscordFormat
{
public:
    static constexpr int kTitle = 256;
    static constexpr int kDescription = 4096;
    static constexpr int kFields = 25;
    static constexpr int kFieldName = 256;
    static constexpr int kFieldValue = 1024;
    static constexpr int kTotal = 6000;
    static constexpr int kEmbeds = 10;

    static QJsonObject message(const SyncSummary &summary);
    // Text with Discord's markdown and mentions neutralised: \ * _ ~ ` | [ ] < escaped, and # - > at the start
    // of a line; @ followed by a zero-width space so that "@everyone" in a title pings nobody.
    static QString escape(const QString &text);
};

} // namespace arrscore
