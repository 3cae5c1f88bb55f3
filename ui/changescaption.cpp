#include "changescaption.h"

#include "history/difftext.h"

#include <QLocale>

namespace arrscore {

QString ChangesCaption::html(const QList<SnapshotDiff> &diffs, bool anythingSynced)
{
    const QLocale locale;
    QStringList lines;
    for (const SnapshotDiff &d : diffs) {
        QString line =
            tr("<b>%1</b>, %2 → %3: %4 upgraded, %5 downgraded, %6 replaced, %7 re-scored, %8 added, "
               "%9 removed")
                .arg(d.instanceName.toHtmlEscaped(), locale.toString(d.fromTime.toLocalTime(), QLocale::ShortFormat),
                     locale.toString(d.toTime.toLocalTime(), QLocale::ShortFormat))
                .arg(d.count(ChangeKind::Upgraded))
                .arg(d.count(ChangeKind::Downgraded))
                .arg(d.count(ChangeKind::Replaced))
                .arg(d.count(ChangeKind::Rescored))
                .arg(d.count(ChangeKind::Added))
                .arg(d.count(ChangeKind::Removed));
        for (const ProfileChange &p : d.profiles) {
            QStringList parts;
            for (const FormatScoreMove &m : p.scoreMoves)
                parts << DiffText::move(m);
            parts += p.otherChanges;
            line += QStringLiteral("<br>&nbsp;&nbsp;")
                    + tr("Profile %1 was edited: %2")
                          .arg(p.name, p.added     ? tr("added")
                                       : p.removed ? tr("removed")
                                                   : parts.join(QStringLiteral(", ")))
                          .toHtmlEscaped();
        }
        lines << line;
    }
    if (lines.isEmpty())
        lines << (anythingSynced ? tr("Changes appear after the second sync of an instance: they compare each "
                                      "instance's latest sync with the one before.")
                                 : tr("Nothing synced yet."));
    return lines.join(QStringLiteral("<br>"));
}

} // namespace arrscore
