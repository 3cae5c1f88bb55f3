#pragma once

#include "base/error.h"
#include "report/reportdata.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QString>

namespace arrscore {

// Writes the report as ONE self-contained HTML file: the page's CSS and script are inlined from
// resources (core/report/), the data is embedded as script-safe JSON, and a Content-Security-Policy
// forbids every remote load, so it opens offline in any browser, years from now.
class HtmlReport
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::HtmlReport)

public:
    // `destination` names the output in messages.
    static Status write(const ReportData &data, QIODevice *out, const QString &destination = {});

    // The policy of the page: nothing remote, images only as data: URLs, and only the one script whose
    // SHA-256 it names.
    static QByteArray contentSecurityPolicy(const QByteArray &script);
    static QByteArray script(); // the page's script, as inlined
};

} // namespace arrscore
