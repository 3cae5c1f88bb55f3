#include "arr/libraryfetcher.h"

#include "arr/arrclient.h"
#include "base/logging.h"

#include <QCoreApplication>

namespace arrscore {

LibraryFetcher::LibraryFetcher(ArrClient *client, ServerStatus status, QObject *parent)
    : QObject(parent), m_client(client), m_status(std::move(status))
{
}

void LibraryFetcher::request(const QString &resource, const QUrlQuery &query, BodyHandler handler, PeekHandler peek)
{
    ++m_outstanding;
    ++m_requested;
    const QString path = QStringLiteral("api/v3/") + resource;
    ArrClient::Progress progress;
    if (peek)
        progress = [this, peek = std::move(peek)](QByteArrayView body) {
            if (!m_finished)
                peek(body);
        };
    m_client->get(
        path, query,
        [this, path, handler = std::move(handler)](Result<QByteArray> result) {
            --m_outstanding;
            if (m_finished)
                return;
            if (!result) {
                fail(result.error());
                return;
            }
            handler(result.value(), QLatin1Char('/') + path);
            if (m_requested > m_reportedRequests && !m_finished) {
                m_reportedRequests = m_requested;
                Q_EMIT requestsPlanned(m_requested);
            }
            checkDone();
        },
        std::move(progress));
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
    warnOfDuplicates();
    m_finished = true;
    Q_EMIT finished();
}

void LibraryFetcher::deliver(const QList<MediaFile> &files)
{
    if (files.isEmpty())
        return;
    for (const MediaFile &file : files) {
        if (m_seen.contains(file.fileId)) {
            if (!m_duplicated.contains(file.fileId)) {
                m_duplicated.append(file.fileId);
                m_duplicateNames << QCoreApplication::translate("arrscore::LibraryFetcher", "%1 (file %2)")
                                        .arg(quoted(file.title), QString::number(file.fileId));
            }
            continue;
        }
        m_seen.insert(file.fileId);
    }
    Q_EMIT filesFetched(files);
}

void LibraryFetcher::warnOfDuplicates()
{
    if (m_duplicated.isEmpty())
        return;
    qCWarning(lcSync) << "server listed" << m_duplicated.size() << "file ids more than once";
    m_warnings.prepend(
        QCoreApplication::translate("arrscore::LibraryFetcher",
                                    "The server listed %n file(s) more than once: %1. One of each was "
                                    "kept; a file the server lists twice may be a problem of its database.",
                                    nullptr, int(m_duplicated.size()))
            .arg(firstFew(m_duplicateNames, m_duplicated.size())));
}

void LibraryFetcher::checkReturned(qint64 announced, qint64 returned, const QStringList &missing,
                                   const QString &announcement)
{
    if (returned >= announced || missing.isEmpty())
        return;
    if (returned == 0) {
        fail(Error{ErrorKind::Server,
                   QCoreApplication::translate("arrscore::LibraryFetcher",
                                               "%1, but the server returned none of their files. Nothing was "
                                               "stored: the previous snapshot stays the current one. The server "
                                               "may be starting up or rescanning, or its database may be damaged; "
                                               "check its web UI, then sync again.")
                       .arg(announcement)});
        return;
    }
    qCWarning(lcSync) << "server returned" << returned << "of" << announced << "files";
    m_warnings.prepend(QCoreApplication::translate("arrscore::LibraryFetcher",
                                                   "%1, but the server returned only %2 of %3 files; missing: %4. They "
                                                   "are stored as gone in this snapshot. If they still exist on the "
                                                   "server, sync again.")
                           .arg(announcement)
                           .arg(returned)
                           .arg(announced)
                           .arg(firstFew(missing, announced - returned)));
}

QString LibraryFetcher::quoted(const QString &title)
{
    return QChar(0x201C) + title + QChar(0x201D);
}

QString LibraryFetcher::firstFew(const QStringList &items, qsizetype total)
{
    constexpr qsizetype kShown = 5;
    const QStringList shown = items.mid(0, kShown);
    QString list = shown.join(QStringLiteral(", "));
    if (total <= shown.size())
        return list;
    return QCoreApplication::translate("arrscore::LibraryFetcher", "%1 and %n more", nullptr, int(total - shown.size()))
        .arg(list);
}

} // namespace arrscore
