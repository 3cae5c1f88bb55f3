#pragma once

#include "base/model.h"
#include "models/filerowmodel.h"
#include "models/libraryfilter.h"
#include "models/textmatcher.h"

#include <QHash>
#include <QSortFilterProxyModel>

#include <memory>
#include <vector>

namespace arrscore {

class ProfileIndex;
class UpgradeIndex;

// Sorts and filters a FileRowModel by a LibraryFilter, fast enough for 300,000 rows: the sort keys of
// the sorted column (numbers, text as its rank) and each row's candidate verdict are computed once per
// reset of the source and then compared directly, not through QVariant per comparison.
class LibraryFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit LibraryFilterModel(QObject *parent = nullptr);
    ~LibraryFilterModel() override;

    void setSourceModel(QAbstractItemModel *model) override; // a FileRowModel
    FileRowModel *fileModel() const { return m_files; }

    void setLibraryFilter(const LibraryFilter &filter);
    // What "better release available" reads; it must outlive the proxy. refilter() after it changes.
    void setUpgradeIndex(const UpgradeIndex *index) { m_upgrades = index; }
    void refilter();
    const LibraryFilter &libraryFilter() const { return m_filter; }

    const FileRow &fileRowAt(int proxyRow) const;
    QList<FileRow> filteredRows() const; // in the order shown

    // Copies of `all` holding only the files of `rows`, in their original order; snapshots without
    // any of them are left out. What "export the current view" writes.
    static QList<LibrarySnapshot> snapshotsOf(const QList<LibrarySnapshot> &all, const QList<FileRow> &rows);
    static QString resolutionLabel(int resolution); // "1080p", or "Unknown" for 0
    // Upgrade candidate by CandidateFinder's rules (capped files are not).
    static bool isCandidate(const FileRow &row, const ProfileIndex &profiles);

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void libraryFilterChanged(const arrscore::LibraryFilter &filter);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool acceptsRow(const FileRow &row, int sourceRow) const;
    bool candidate(const FileRow &row, int sourceRow) const;
    void prepareKeys(int column) const;
    std::vector<double> sortKeys(int column) const;
    void clearCaches();

    FileRowModel *m_files = nullptr;
    QList<QMetaObject::Connection> m_connections;
    LibraryFilter m_filter;
    const UpgradeIndex *m_upgrades = nullptr;
    QString m_text;                                // the filter text, lower-cased
    TextMatcher m_matcher;                         // m_text, case-insensitive
    mutable std::vector<bool> m_textRejected;      // rows m_text (or a text it extends) rejected
    mutable std::vector<signed char> m_candidates; // -1: not yet judged
    mutable QHash<const LibrarySnapshot *, std::shared_ptr<ProfileIndex>> m_profiles;
    mutable int m_keyColumn = -1;
    mutable std::vector<double> m_keys; // of m_keyColumn, by source row: numbers, or the text's rank
    bool m_ascending = true;            // the order of the last sort(): lessThan() asks no QVariant or d-pointer
};

} // namespace arrscore
