#pragma once

#include "base/filerow.h"
#include "upgrades/itemcheck.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

namespace arrscore {

// What the app knows about acting on each item: its latest release check (stored, or made in this session,
// deferred ones included) and when it was last searched. Keyed by instance and movie or episode id; a file
// row is looked up through its items, so a multi-episode file reads its first checked episode.
class UpgradeIndex
{
public:
    // A newly loaded state replaces everything; checks newer than a stored one for the same item win.
    void reset(const QList<ItemCheck> &checks, const QHash<QString, QHash<qint64, QDateTime>> &lastSearched);
    // Results that arrive in this session (deferred ones included, which the database never holds).
    void add(const QList<ItemCheck> &checks);
    // Items searched or grabbed just now.
    void markSearched(const QString &instance, const QList<qint64> &itemIds, const QDateTime &when);

    // The latest check of the file's items, null when none was checked or the check was of a file the
    // item no longer has (the verdict said nothing about the new one).
    const ItemCheck *checkOf(const FileRow &row) const;
    const ItemCheck *checkOf(const QString &instance, qint64 itemId) const;
    // When any of the file's items was last searched; invalid when never.
    QDateTime lastSearched(const FileRow &row) const;
    // The pick's score minus the file's current score; null without a pick or either score.
    static std::optional<qint64> gainOver(const ItemCheck &check, const FileRow &row);
    bool isEmpty() const { return m_checks.isEmpty() && m_searched.isEmpty(); }

private:
    using Key = QPair<QString, qint64>;
    static QList<qint64> itemIdsOf(const FileRow &row);
    QHash<Key, ItemCheck> m_checks;
    QHash<Key, QDateTime> m_searched;
};

} // namespace arrscore
