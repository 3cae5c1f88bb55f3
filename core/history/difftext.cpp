#include "history/difftext.h"

#include <QLocale>
#include <QStringList>

namespace arrscore {

QString DiffText::score(const std::optional<int> &score)
{
    return score ? QLocale().toString(*score) : QStringLiteral("—");
}

QString DiffText::counts(const SnapshotDiff &diff, const QList<ChangeKind> &kinds)
{
    QStringList parts;
    for (const ChangeKind kind : kinds) {
        const int n = diff.count(kind);
        switch (kind) {
        case ChangeKind::Added:
            parts << tr("%Ln added", nullptr, n);
            break;
        case ChangeKind::Removed:
            parts << tr("%Ln removed", nullptr, n);
            break;
        case ChangeKind::Upgraded:
            parts << tr("%Ln upgraded", nullptr, n);
            break;
        case ChangeKind::Downgraded:
            parts << tr("%Ln downgraded", nullptr, n);
            break;
        case ChangeKind::Replaced:
            parts << tr("%Ln replaced", nullptr, n);
            break;
        case ChangeKind::Rescored:
            parts << tr("%Ln re-scored", nullptr, n);
            break;
        case ChangeKind::Changed:
            parts << tr("%Ln changed", nullptr, n);
            break;
        }
    }
    return parts.join(QStringLiteral(", "));
}

QString DiffText::kind(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Added:
        return tr("added");
    case ChangeKind::Removed:
        return tr("removed");
    case ChangeKind::Upgraded:
        return tr("upgraded");
    case ChangeKind::Downgraded:
        return tr("downgraded");
    case ChangeKind::Replaced:
        return tr("replaced");
    case ChangeKind::Rescored:
        return tr("re-scored");
    case ChangeKind::Changed:
        return tr("changed");
    }
    return {};
}

QString DiffText::kind(const QString &name)
{
    for (const ChangeKind k : {ChangeKind::Added, ChangeKind::Removed, ChangeKind::Upgraded, ChangeKind::Downgraded,
                               ChangeKind::Replaced, ChangeKind::Rescored, ChangeKind::Changed}) {
        if (changeKindName(k) == name)
            return kind(k);
    }
    return name;
}

QString DiffText::fileLabel(const MediaFile &f)
{
    if (f.kind == MediaKind::Movie)
        return f.year > 0 ? QStringLiteral("%1 (%2)").arg(f.title).arg(f.year) : f.title;
    QString label = QStringLiteral("%1 S%2").arg(f.title).arg(f.season, 2, 10, QLatin1Char('0'));
    for (qsizetype i = 0; i < f.episodes.size(); ++i)
        label += (i ? QStringLiteral("-E") : QStringLiteral("E"))
                 + QStringLiteral("%1").arg(f.episodes[i], 2, 10, QLatin1Char('0'));
    return label;
}

QString DiffText::move(const FormatScoreMove &m)
{
    return QStringLiteral("%1 %2→%3").arg(m.name, score(m.before), score(m.after));
}

QString DiffText::cause(const ScoreCause &c)
{
    QStringList parts;
    if (c.previousProfileId != 0)
        parts << tr("profile %1 → %2").arg(c.previousProfileName, c.profileName);
    if (!c.scoreMoves.isEmpty()) {
        QStringList moves;
        for (const FormatScoreMove &m : c.scoreMoves)
            moves << move(m);
        parts << tr("profile %1: %2").arg(c.profileName, moves.join(QStringLiteral(", ")));
    }
    if (!c.redefinedFormats.isEmpty())
        parts << tr("redefined: %1").arg(c.redefinedFormats.join(QStringLiteral(", ")));
    if (!c.formatsGained.isEmpty())
        parts << tr("now matches: %1").arg(c.formatsGained.join(QStringLiteral(", ")));
    if (!c.formatsLost.isEmpty())
        parts << tr("no longer matches: %1").arg(c.formatsLost.join(QStringLiteral(", ")));
    return parts.isEmpty() ? tr("cause not recorded") : parts.join(QStringLiteral("; "));
}

} // namespace arrscore
