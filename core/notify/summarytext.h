#pragma once

#include "notify/syncsummary.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace arrscore {

// The words of a summary, shared by every format: the title, each instance's line, the upgrades.
// Plain text: each format escapes it for its own markup.
class SummaryText
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::SummaryText)

public:
    // "Arr Score: 12 upgraded, 3 downgraded, 1 instance failed" — or "… no changes" when quiet.
    static QString title(const SyncSummary &summary);
    // "12 upgraded, 3 downgraded, 140 re-scored, 2 new upgrade candidates": the non-zero counts in plural forms.
    static QString counts(const InstanceSummary &instance);
    // What happened to one instance: its counts, "failed: …" or "first sync, 900 files stored".
    static QString status(const InstanceSummary &instance);
    // The first line for one instance: "radarr (Radarr): 12 upgraded, …", "failed: …", "first sync: 900 files".
    static QString instanceLine(const InstanceSummary &instance);
    // "140 files re-scored: profile HD: x265 10→-10"
    static QString causeLine(const RescoreCause &cause);
    // "The Matrix (1999): 1200 → 2400 (+1200)"
    static QString upgradeLine(const UpgradeLine &upgrade);
    // "Report: file:///…/report.html", empty when there is none.
    static QString reportLine(const SyncSummary &summary);
    static QString sampleNote(); // "This is a test message from arrscore notify --test."
    // The whole message as plain text (ntfy, Gotify, e-mail's plain part), lines joined by '\n'.
    static QString plain(const SyncSummary &summary);
    // file:// URL of the report, or an invalid URL.
    static QUrl reportUrl(const SyncSummary &summary);
    // "radarr (Radarr)"
    static QString instanceName(const InstanceSummary &instance);
    // text cut to at most max characters, ending in "…" when cut.
    static QString clip(const QString &text, int max);
    // As many whole lines as fit in max characters (joined by '\n'), then "…and N more" for the rest.
    static QString fitLines(const QStringList &lines, int max);
};

} // namespace arrscore
