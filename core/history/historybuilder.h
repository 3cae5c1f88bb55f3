#pragma once

#include "base/error.h"
#include "history/historytypes.h"
#include "storage/database.h"
#include "storage/listdecoder.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace arrscore {

// One stored version of a file and the snapshots it belongs to: valid_from <= S < valid_to.
struct FileVersionRow
{
    MediaFile file;
    qint64 validFrom = 0;
    qint64 validTo = 0; // 0 while current
};

// Turns the version rows of a movie or a series into item histories (one per movie or per episode),
// with each point's event, sync time and profile name. Knows one instance's snapshots and profiles.
class HistoryBuilder
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::HistoryBuilder)

public:
    HistoryBuilder() = default;
    // Reads the instance's complete snapshots (their times) and its profile versions (their names).
    static Result<HistoryBuilder> load(Database &db, qint64 instanceId, const QString &instanceName);

    // The histories of the items the rows belong to, ordered by title, season, episode. With
    // onlyEpisodeId, only that episode's (the rows may hold files of other episodes of the series).
    QList<ItemHistory> build(const QList<FileVersionRow> &rows, qint64 onlyEpisodeId = 0) const;

    // The columns FileVersionRow is read from: the file columns, then valid_from and valid_to.
    static QString rowColumns();
    static FileVersionRow readRow(const QSqlQuery &q, storage::ListDecoder &lists);

    QString instanceName() const { return m_instanceName; }
    // The name of a profile as stored in force at snapshotId; empty when unknown.
    QString profileName(int profileId, qint64 snapshotId) const;
    QDateTime syncTime(qint64 snapshotId) const { return m_times.value(snapshotId); }

private:
    struct ProfileSpan
    {
        qint64 from = 0;
        qint64 to = 0; // 0 while current
        QString name;
    };
    ItemHistory buildOne(const ItemRef &item, QList<const FileVersionRow *> rows) const;

    QString m_instanceName;
    QHash<qint64, QDateTime> m_times;
    QHash<int, QList<ProfileSpan>> m_profiles;
};

} // namespace arrscore
