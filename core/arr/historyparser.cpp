#include "arr/historyparser.h"

namespace arrscore {

Result<QList<ServerEvent>> HistoryParser::list(const QByteArray &, const QString &, bool, QStringList *)
{
    return QList<ServerEvent>{};
}

Result<HistoryParser::Page> HistoryParser::page(const QByteArray &, const QString &, bool, QStringList *)
{
    return Page{};
}

} // namespace arrscore
