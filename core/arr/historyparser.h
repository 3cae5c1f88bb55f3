#pragma once

#include "base/error.h"
#include "base/serverevent.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace arrscore {

// Turns Radarr's and Sonarr's HistoryResource JSON into ServerEvents. Takes the frozen scores from
// data.customFormatScore (a string) and never the top-level customFormatScore, which the server recomputes
// with today's profile. Rows of a type an audit does not use are skipped; a row with a wrongly typed field
// is skipped and reported in `warnings`; a body that is not the expected JSON fails (ErrorKind::Parse).
class HistoryParser
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::HistoryParser)

public:
    // One page of GET history: its rows and the paging the server reported.
    struct Page
    {
        QList<ServerEvent> events;
        int page = 0;
        int pageSize = 0;
        qint64 totalRecords = 0;
    };

    // An unpaged list: GET history/since, history/movie, history/series.
    static Result<QList<ServerEvent>> list(const QByteArray &body, const QString &endpoint, bool sonarr,
                                           QStringList *warnings);
    // A page of GET history ({page, pageSize, totalRecords, records: [...]}).
    static Result<Page> page(const QByteArray &body, const QString &endpoint, bool sonarr, QStringList *warnings);
};

} // namespace arrscore
