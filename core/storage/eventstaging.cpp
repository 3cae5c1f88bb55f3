#include "storage/eventstaging.h"

#include "base/redaction.h"
#include "storage/database.h"

namespace arrscore {

namespace {

constexpr int kEventRowsPerInsert = 64;

} // namespace

EventStaging::EventStaging(Database &db, const std::atomic_bool *cancel) : m_context(db, cancel), m_inserter(m_context)
{
}

EventStaging::~EventStaging()
{
    if (m_table)
        m_context.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(table()));
}

QString EventStaging::table()
{
    return QStringLiteral("arrscore_staged_events");
}

QStringList EventStaging::columns()
{
    return {QStringLiteral("server_id"),      QStringLiteral("event_type"),        QStringLiteral("event_date"),
            QStringLiteral("item_id"),        QStringLiteral("series_id"),         QStringLiteral("source_title"),
            QStringLiteral("quality"),        QStringLiteral("download_id"),       QStringLiteral("score"),
            QStringLiteral("release_source"), QStringLiteral("indexer"),           QStringLiteral("release_group"),
            QStringLiteral("size_bytes"),     QStringLiteral("torrent_info_hash"), QStringLiteral("release_hash"),
            QStringLiteral("guid"),           QStringLiteral("file_id"),           QStringLiteral("reason"),
            QStringLiteral("message")};
}

Status EventStaging::createTable()
{
    // Created with the first batch: a sync without history (or a database before schema 5) needs none. On disk
    // for SQLite, as FileStaging has set the connection (temp_store = FILE).
    const QStringList statements = {
        QStringLiteral("DROP TABLE IF EXISTS %1").arg(table()),
        QStringLiteral("CREATE TEMPORARY TABLE %1 AS SELECT %2 FROM server_events WHERE 1 = 0")
            .arg(table(), columns().join(QLatin1Char(','))),
    };
    for (const QString &sql : statements) {
        if (const Status s = m_context.exec(sql); !s)
            return s;
    }
    m_table = true;
    return Status::success();
}

Status EventStaging::add(const QList<ServerEvent> &events)
{
    if (events.isEmpty())
        return Status::success();
    if (!m_table) {
        if (const Status s = createTable(); !s)
            return s;
    }
    return m_inserter.insert(table(), columns(), events.size(), kEventRowsPerInsert, [&](auto &out, qsizetype k) {
        const ServerEvent &e = events[k];
        out.int64(e.serverId);
        out.text(serverEventTypeName(e.type));
        out.int64(e.date.toMSecsSinceEpoch());
        out.int64(e.itemId);
        out.int64(e.seriesId);
        out.text(e.sourceTitle);
        out.text(e.quality);
        out.text(e.downloadId);
        out.optionalInt(e.score);
        out.text(e.releaseSource);
        out.text(e.indexer);
        out.text(e.releaseGroup);
        out.int64(e.sizeBytes);
        out.text(e.torrentInfoHash);
        out.text(e.releaseHash);
        // An indexer's guid can be a link holding its API key; a failure's message can quote a URL.
        out.text(e.guid.isNull() ? e.guid : Redaction::text(e.guid));
        out.int64(e.fileId);
        out.text(e.reason);
        out.text(e.message.isNull() ? e.message : Redaction::text(e.message));
    });
}

} // namespace arrscore
