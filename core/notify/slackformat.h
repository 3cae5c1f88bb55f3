#pragma once

#include "notify/syncsummary.h"

#include <QJsonObject>
#include <QString>

namespace arrscore {

// A Slack incoming-webhook message in Block Kit: a header, a section per instance with fields, the biggest
// upgrades; at most 50 blocks and 3000 characters per text, cut with "…and N more". "text" is the fallback.
class SlackFormat
{
public:
    static constexpr int kBlocks = 50;
    static constexpr int kText = 3000;
    static constexpr int kHeader = 150;
    static constexpr int kFields = 10;
    static constexpr int kFieldText = 2000;

    static QJsonObject message(const SyncSummary &summary);
    // mrkdwn-safe: &, < and > as entities (so "<!channel>" stays text), *_~` neutralised.
    static QString escape(const QString &text);
};

} // namespace arrscore
