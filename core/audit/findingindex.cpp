#include "audit/findingindex.h"

namespace arrscore {

FindingIndex::FindingIndex(const QList<Finding> &findings)
{
    for (const Finding &f : findings)
        add(f);
}

void FindingIndex::add(const Finding &finding)
{
    QList<qint64> ids = finding.episodeIds;
    if (!ids.contains(finding.itemId))
        ids.prepend(finding.itemId);
    for (qint64 id : std::as_const(ids)) {
        const Key key{finding.instance, id};
        m_kinds[key] |= 1U << unsigned(finding.kind);
        m_explanations[key] << finding.explanation;
    }
}

QList<FindingKind> FindingIndex::kindsOf(const QString &instance, qint64 itemId) const
{
    const quint32 bits = m_kinds.value(Key{instance, itemId});
    QList<FindingKind> kinds;
    for (FindingKind kind : Finding::allKinds()) {
        if ((bits & (1U << unsigned(kind))) != 0)
            kinds << kind;
    }
    return kinds;
}

bool FindingIndex::has(const QString &instance, qint64 itemId, FindingKind kind) const
{
    return (m_kinds.value(Key{instance, itemId}) & (1U << unsigned(kind))) != 0;
}

bool FindingIndex::inUpgradeLoop(const QString &instance, qint64 itemId) const
{
    return has(instance, itemId, FindingKind::UpgradeLoop);
}

QStringList FindingIndex::explanationsOf(const QString &instance, qint64 itemId) const
{
    return m_explanations.value(Key{instance, itemId});
}

} // namespace arrscore
