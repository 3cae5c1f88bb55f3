#include "arr/libraryfetcher.h"

#include "arr/arrclient.h"
#include "base/logging.h"

namespace arrscore {

LibraryFetcher::LibraryFetcher(ArrClient *client, ServerStatus status, QObject *parent)
    : QObject(parent), m_client(client), m_status(std::move(status))
{
}

void LibraryFetcher::request(const QString &resource, const QUrlQuery &query, BodyHandler handler)
{
    ++m_outstanding;
    const QString path = QStringLiteral("api/v3/") + resource;
    m_client->get(path, query, [this, path, handler = std::move(handler)](Result<QByteArray> result) {
        --m_outstanding;
        if (m_finished)
            return;
        if (!result) {
            fail(result.error());
            return;
        }
        handler(result.value(), QLatin1Char('/') + path);
        checkDone();
    });
}

void LibraryFetcher::fail(const Error &error)
{
    if (m_finished)
        return;
    qCInfo(lcSync) << "fetch failed:" << error.message;
    m_error = error;
    m_finished = true;
    m_client->cancelAll();
    Q_EMIT finished();
}

void LibraryFetcher::checkDone()
{
    if (m_finished || m_outstanding > 0)
        return;
    assemble();
    if (m_finished) // assemble() may fail
        return;
    m_finished = true;
    Q_EMIT finished();
}

} // namespace arrscore
