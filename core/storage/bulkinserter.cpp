#include "storage/bulkinserter.h"

#include <algorithm>

namespace arrscore {

QString BulkInserter::insertSql(const QString &table, const QStringList &columns, const QStringList &names,
                                qsizetype rows, OnConflict onConflict)
{
    QStringList tuples;
    for (qsizetype r = 0; r < rows; ++r)
        tuples << QLatin1Char('(') + names.mid(r * columns.size(), columns.size()).join(QLatin1Char(','))
                      + QLatin1Char(')');
    return QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, columns.join(QLatin1Char(',')))
           + tuples.join(QLatin1Char(','))
           + (onConflict == OnConflict::Skip ? QStringLiteral(" ON CONFLICT DO NOTHING") : QString());
}

Status BulkInserter::forEachChunk(qsizetype count, int rowsPerChunk,
                                  const std::function<Status(qsizetype, qsizetype)> &chunk) const
{
    qsizetype sinceCheck = 0;
    for (qsizetype first = 0; first < count; first += rowsPerChunk) {
        const qsizetype n = std::min<qsizetype>(rowsPerChunk, count - first);
        if (const Status s = chunk(first, n); !s)
            return s;
        sinceCheck += n;
        if (sinceCheck >= kCancelCheckRows) {
            sinceCheck = 0;
            if (m_context.cancelled())
                return m_context.cancelledError();
        }
    }
    return Status::success();
}

} // namespace arrscore
