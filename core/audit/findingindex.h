#pragma once

#include "audit/finding.h"

#include <QHash>
#include <QList>
#include <QString>

namespace arrscore {

// Which items have findings, and of which kinds: what the candidates view marks and what a search asks
// about first (an item in an upgrade loop). Keyed like UpgradeItem: instance and movie or episode id.
class FindingIndex
{
public:
    FindingIndex() = default;
    explicit FindingIndex(const QList<Finding> &findings);

    void add(const Finding &finding);
    bool isEmpty() const { return m_kinds.isEmpty(); }
    // The kinds of finding of an item, in FindingKind order; empty when it has none.
    QList<FindingKind> kindsOf(const QString &instance, qint64 itemId) const;
    bool has(const QString &instance, qint64 itemId, FindingKind kind) const;
    bool inUpgradeLoop(const QString &instance, qint64 itemId) const;
    // The findings' explanations of an item, for a tooltip or a confirmation.
    QStringList explanationsOf(const QString &instance, qint64 itemId) const;

private:
    struct Key
    {
        QString instance;
        qint64 itemId = 0;
        friend bool operator==(const Key &, const Key &) = default;
        friend size_t qHash(const Key &key, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, key.instance, key.itemId);
        }
    };
    QHash<Key, quint32> m_kinds; // bit (1 << int(kind))
    QHash<Key, QStringList> m_explanations;
};

} // namespace arrscore
