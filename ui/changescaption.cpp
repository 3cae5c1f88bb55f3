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
            tr("<b>%1</b>, %2 → %3: %4")
                .arg(d.instanceName.toHtmlEscaped(), locale.toString(d.fromTime.toLocalTime(), QLocale::ShortFormat),
                     locale.toString(d.toTime.toLocalTime(), QLocale::ShortFormat),
                     DiffText::counts(d, {ChangeKind::Upgraded, ChangeKind::Downgraded, ChangeKind::Replaced,
                                          ChangeKind::Rescored, ChangeKind::Added, ChangeKind::Removed}));
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
