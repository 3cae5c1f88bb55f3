#include "views/changerows.h"

#include "history/difftext.h"

namespace arrscore {

ChangeRows::ChangeRows(QList<SnapshotDiff> diffs) : m_diffs(std::move(diffs)) {}

QStringList ChangeRows::columns() const
{
    return {QStringLiteral("instance"),      QStringLiteral("change"),      QStringLiteral("title"),
            QStringLiteral("score_before"),  QStringLiteral("score_after"), QStringLiteral("quality_before"),
            QStringLiteral("quality_after"), QStringLiteral("cause"),       QStringLiteral("relative_path"),
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
    case 0:
        return d.instanceName;
    case 1:
        return changeKindName(c.kind);
    case 2:
        return DiffText::fileLabel(c.file());
    case 3:
        return c.before ? orNull(c.scoreBefore()) : QVariant();
    case 4:
        return c.after ? orNull(c.scoreAfter()) : QVariant();
    case 5:
        return c.before ? QVariant(c.before->quality) : QVariant();
    case 6:
        return c.after ? QVariant(c.after->quality) : QVariant();
    case 7:
        if (c.kind == ChangeKind::Rescored)
            return DiffText::cause(c.cause);
        if (c.kind == ChangeKind::Changed)
            return c.changedFields.join(QStringLiteral(", "));
        return {};
    case 8:
        return c.file().relativePath;
    case 9:
        return d.toTime;
    default:
        return {};
    }
}

} // namespace arrscore
