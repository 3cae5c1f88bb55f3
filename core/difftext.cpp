#include "difftext.h"

namespace arrscore {

QString DiffText::score(const std::optional<int> &score)
{
    return score ? QString::number(*score) : QStringLiteral("—");
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

ChangeRows::ChangeRows(QList<SnapshotDiff> diffs) : m_diffs(std::move(diffs)) {}

QStringList ChangeRows::columns() const
{
    return {QStringLiteral("instance"),       QStringLiteral("change"),        QStringLiteral("title"),
            QStringLiteral("score_before"),   QStringLiteral("score_after"),   QStringLiteral("quality_before"),
            QStringLiteral("quality_after"),  QStringLiteral("cause"),         QStringLiteral("relative_path"),
            QStringLiteral("synced_at")};
}

bool ChangeRows::next()
{
    while (m_diff < m_diffs.size()) {
        if (++m_change < m_diffs.at(m_diff).changes.size())
            return true;
        ++m_diff;
        m_change = -1;
    }
    return false;
}

QVariant ChangeRows::cell(int column) const
{
    const SnapshotDiff &d = m_diffs.at(m_diff);
    const DiffChange &c = d.changes.at(m_change);
    auto orNull = [](const std::optional<int> &v) { return v ? QVariant(*v) : QVariant(); };
    switch (column) {
    case 0: return d.instanceName;
    case 1: return changeKindName(c.kind);
    case 2: return DiffText::fileLabel(c.file());
    case 3: return c.before ? orNull(c.scoreBefore()) : QVariant();
    case 4: return c.after ? orNull(c.scoreAfter()) : QVariant();
    case 5: return c.before ? QVariant(c.before->quality) : QVariant();
    case 6: return c.after ? QVariant(c.after->quality) : QVariant();
    case 7:
        if (c.kind == ChangeKind::Rescored)
            return DiffText::cause(c.cause);
        if (c.kind == ChangeKind::Changed)
            return c.changedFields.join(QStringLiteral(", "));
        return {};
    case 8: return c.file().relativePath;
    case 9: return d.toTime;
    default: return {};
    }
}

} // namespace arrscore
