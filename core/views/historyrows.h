#pragma once

#include "base/error.h"
#include "history/historybuilder.h"
#include "history/historystore.h"
#include "storage/database.h"
#include "views/rowsource.h"

#include <QCoreApplication>

#include <memory>

class QSqlQuery;

namespace arrscore {

// The "history" export view: one row per point of every item's history (a version of its file, or its
// removal), item by item, streamed from the version rows one movie or series at a time.
class HistoryRows : public RowSource
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::HistoryRows)

public:
    // instanceNames: only these instances; empty: all.
    HistoryRows(Database &db, QStringList instanceNames);
    ~HistoryRows() override;

    // Finds the instances; call before writing. Reading errors later end the rows early: check error().
    Status open();
    const Error &error() const { return m_error; }

    QStringList columns() const override { return columnNames(); }
    bool next() override;
    QVariant cell(int column) const override;

    static QStringList columnNames();
    static QString description(int column); // one translated line, for docs and --help

private:
    bool startInstance();
    bool fillPending();

    Database &m_db;
    QStringList m_names;
    QList<HistoryStore::Instance> m_instances;
    qsizetype m_instanceIndex = -1;
    std::unique_ptr<QSqlQuery> m_query;
    bool m_queryHasRow = false;
    HistoryBuilder m_builder;
    storage::ListDecoder m_lists;
    QList<std::pair<ItemRef, HistoryEntry>> m_pending;
    qsizetype m_position = 0;
    Error m_error;
};

} // namespace arrscore
