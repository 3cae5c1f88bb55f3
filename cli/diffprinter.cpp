#include "diffprinter.h"

#include "base/localeformat.h"
#include "history/difftext.h"

namespace arrscore {

QString DiffPrinter::score(const std::optional<int> &score)
{
    return DiffText::score(score);
}

QString DiffPrinter::fileLabel(const MediaFile &f)
{
    return DiffText::fileLabel(f);
}

void DiffPrinter::printDiff(QTextStream &out, const SnapshotDiff &diff)
{
    out << tr("%1: snapshot %2 (%3) → %4 (%5)")
               .arg(diff.instanceName)
               .arg(diff.fromId)
               .arg(LocaleFormat::dateTime(diff.fromTime))
               .arg(diff.toId)
               .arg(LocaleFormat::dateTime(diff.toTime))
        << '\n';
    out << "  "
        << DiffText::counts(diff, {ChangeKind::Added, ChangeKind::Removed, ChangeKind::Upgraded, ChangeKind::Downgraded,
                                   ChangeKind::Replaced, ChangeKind::Rescored, ChangeKind::Changed})
        << '\n';
    for (const ProfileChange &p : diff.profiles) {
        QString what;
        if (p.added)
            what = tr("added");
        else if (p.removed)
            what = tr("removed");
        else {
            QStringList parts;
            for (const FormatScoreMove &m : p.scoreMoves)
                parts << DiffText::move(m);
            parts += p.otherChanges;
            what = parts.join(QStringLiteral(", "));
        }
        out << "  " << tr("profile %1: %2").arg(p.name, what) << '\n';
    }
    for (const FormatChange &f : diff.formats) {
        out << "  "
            << tr("custom format %1: %2")
                   .arg(f.name, f.added     ? tr("added")
                                : f.removed ? tr("removed")
                                            : tr("redefined"))
            << '\n';
    }
    ChangeKind section = ChangeKind::Changed;
    bool first = true;
    for (const DiffChange &c : diff.changes) {
        if (first || c.kind != section) {
            out << DiffText::kind(c.kind) << ":\n";
            section = c.kind;
            first = false;
        }
        const MediaFile &f = c.file();
        QString line = QStringLiteral("  ") + fileLabel(f) + QStringLiteral("  ");
        switch (c.kind) {
        case ChangeKind::Added:
        case ChangeKind::Removed:
            line += QStringLiteral("%1  %2  %3").arg(f.quality, score(f.customFormatScore), f.relativePath);
            break;
        case ChangeKind::Upgraded:
        case ChangeKind::Downgraded:
        case ChangeKind::Replaced:
            if (c.before && c.after) // always, for these three kinds
                line += QStringLiteral("%1 %2 → %3 %4  (%5)")
                            .arg(c.before->quality, score(c.scoreBefore()), c.after->quality, score(c.scoreAfter()),
                                 c.after->relativePath);
            break;
        case ChangeKind::Rescored:
            line += QStringLiteral("%1 → %2  %3")
                        .arg(score(c.scoreBefore()), score(c.scoreAfter()), DiffText::cause(c.cause));
            break;
        case ChangeKind::Changed:
            line += c.changedFields.join(QStringLiteral(", "));
            break;
        }
        out << line << '\n';
    }
}

void DiffPrinter::printHistory(QTextStream &out, const ItemHistory &history)
{
    const ItemRef &item = history.item;
    out << tr("%1 — %2 %3 on %4").arg(item.displayName(), mediaKindName(item.kind)).arg(item.id).arg(item.instanceName);
    if (item.kind == MediaKind::Episode && !item.episodeTitle.isEmpty())
        out << QStringLiteral(" — ") << item.episodeTitle;
    out << '\n';
    out << QStringLiteral("  %1  %2  %3  %4  %5  %6  %7  %8\n")
               .arg(tr("SNAPSHOT"), -8)
               .arg(tr("SYNCED"), -16)
               .arg(tr("EVENT"), -10)
               .arg(tr("SCORE"), 6)
               .arg(tr("FILE"), -8)
               .arg(tr("QUALITY"), -14)
               .arg(tr("PROFILE"), -14)
               .arg(tr("FORMATS"));
    for (const HistoryEntry &e : history.entries) {
        const MediaFile *f = e.file ? &*e.file : nullptr;
        out << QStringLiteral("  %1  %2  %3  %4  %5  %6  %7  %8\n")
                   .arg(QString::number(e.snapshotId), -8)
                   .arg(LocaleFormat::dateTime(e.syncedAt), -16)
                   .arg(DiffText::kind(e.event), -10)
                   .arg(f ? score(f->customFormatScore) : QString(), 6)
                   .arg(f ? QString::number(f->fileId) : QString(), -8)
                   .arg(f ? f->quality : QString(), -14)
                   .arg(f ? e.profileName : QString(), -14)
                   .arg(f ? f->customFormatNames().join(QStringLiteral(", ")) : QString());
    }
}

} // namespace arrscore
