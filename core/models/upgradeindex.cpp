#include "models/upgradeindex.h"

namespace arrscore {

namespace {

// A check made later than the one held replaces it; a deferral never hides a real answer.
bool replaces(const ItemCheck &incoming, const ItemCheck &held)
{
    if (incoming.verdict == Verdict::Deferred)
        return held.verdict == Verdict::Deferred;
    if (held.verdict == Verdict::Deferred)
        return true;
    return !held.checkedAt.isValid() || incoming.checkedAt >= held.checkedAt;
}

} // namespace

void UpgradeIndex::reset(const QList<ItemCheck> &checks, const QHash<QString, QHash<qint64, QDateTime>> &lastSearched)
{
    // Deferrals of this session stay: the database never stores them and nothing has run since.
    QHash<Key, ItemCheck> deferred;
    for (auto it = m_checks.cbegin(); it != m_checks.cend(); ++it) {
        if (it->verdict == Verdict::Deferred && it->deferredUntil > QDateTime::currentDateTimeUtc())
            deferred.insert(it.key(), it.value());
    }
    m_checks = std::move(deferred);
    add(checks);
    m_searched.clear();
    for (auto instance = lastSearched.cbegin(); instance != lastSearched.cend(); ++instance) {
        for (auto item = instance->cbegin(); item != instance->cend(); ++item)
            m_searched.insert(Key(instance.key(), item.key()), item.value());
    }
}

void UpgradeIndex::add(const QList<ItemCheck> &checks)
{
    for (const ItemCheck &check : checks) {
        const Key key(check.item.instance, check.item.itemId);
        const auto held = m_checks.constFind(key);
        if (held == m_checks.cend() || replaces(check, *held))
            m_checks.insert(key, check);
    }
}

void UpgradeIndex::markSearched(const QString &instance, const QList<qint64> &itemIds, const QDateTime &when)
{
    for (qint64 id : itemIds)
        m_searched.insert(Key(instance, id), when);
}

QList<qint64> UpgradeIndex::itemIdsOf(const FileRow &row)
{
    if (!row.file)
        return {};
    if (row.file->kind == MediaKind::Movie)
        return {row.file->itemId};
    return row.file->episodeIds;
}

const ItemCheck *UpgradeIndex::checkOf(const QString &instance, qint64 itemId) const
{
    const auto it = m_checks.constFind(Key(instance, itemId));
    return it == m_checks.cend() ? nullptr : &*it;
}

const ItemCheck *UpgradeIndex::checkOf(const FileRow &row) const
{
    if (m_checks.isEmpty() || !row.snapshot)
        return nullptr;
    for (qint64 id : itemIdsOf(row)) {
        const ItemCheck *check = checkOf(row.snapshot->instance.name, id);
        if (!check)
            continue;
        // A lookup judged the file the item had then; once it has another, that verdict no longer holds.
        if (check->item.fileId != 0 && check->item.fileId != row.file->fileId)
            continue;
        return check;
    }
    return nullptr;
}

QDateTime UpgradeIndex::lastSearched(const FileRow &row) const
{
    QDateTime last;
    if (m_searched.isEmpty() || !row.snapshot)
        return last;
    for (qint64 id : itemIdsOf(row)) {
        const auto it = m_searched.constFind(Key(row.snapshot->instance.name, id));
        if (it != m_searched.cend() && (!last.isValid() || *it > last))
            last = *it;
    }
    return last;
}

std::optional<qint64> UpgradeIndex::gainOver(const ItemCheck &check, const FileRow &row)
{
    if (!check.pick || !check.pick->customFormatScore || !row.file || !row.file->customFormatScore)
        return std::nullopt;
    return qint64(*check.pick->customFormatScore) - *row.file->customFormatScore;
}

} // namespace arrscore
