#include "arr/upgradesearch.h"

#include "arr/arrclient.h"
#include "base/logging.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

namespace arrscore {

namespace {

QString appName(InstanceType type)
{
    return type == InstanceType::Radarr ? QStringLiteral("Radarr") : QStringLiteral("Sonarr");
}

// "1 movie", "10 movies", "1 episode", "3 episodes".
QString countOf(InstanceType type, int n)
{
    return type == InstanceType::Radarr ? UpgradeSearch::tr("%Ln movies", nullptr, n)
                                        : UpgradeSearch::tr("%Ln episodes", nullptr, n);
}

QString commandList(const QList<int> &ids)
{
    QStringList parts;
    for (int id : ids)
        parts << QString::number(id);
    return UpgradeSearch::tr("command %1", "the ids of the commands, comma-separated", int(ids.size()))
        .arg(parts.join(QStringLiteral(", ")));
}

} // namespace

UpgradeSearch::UpgradeSearch(QNetworkAccessManager *nam, QObject *parent) : QObject(parent), m_nam(nam) {}

UpgradeSearch::~UpgradeSearch() = default;

QString UpgradeSearch::commandName(InstanceType type)
{
    return type == InstanceType::Radarr ? QStringLiteral("MoviesSearch") : QStringLiteral("EpisodeSearch");
}

QByteArray UpgradeSearch::commandBody(InstanceType type, const QList<qint64> &ids)
{
    QJsonArray list;
    for (qint64 id : ids)
        list.append(id);
    QJsonObject body;
    body.insert(QStringLiteral("name"), commandName(type));
    body.insert(type == InstanceType::Radarr ? QStringLiteral("movieIds") : QStringLiteral("episodeIds"), list);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QList<SearchItems> UpgradeSearch::itemsFor(const QList<FileRow> &rows)
{
    QList<SearchItems> out;
    QHash<QString, int> index; // instance → position in out
    QHash<QString, QSet<qint64>> seen;
    for (const FileRow &row : rows) {
        if (!row.snapshot || !row.file)
            continue;
        const QString &name = row.snapshot->instance.name;
        auto it = index.constFind(name);
        if (it == index.constEnd()) {
            it = index.insert(name, int(out.size()));
            SearchItems items;
            items.instance = name;
            items.type = row.snapshot->instance.type;
            out.append(items);
        }
        SearchItems &items = out[*it];
        const MediaFile &file = *row.file;
        const QList<qint64> ids = file.kind == MediaKind::Movie ? QList<qint64>{file.itemId} : file.episodeIds;
        bool any = false;
        for (qint64 id : ids) {
            if (id <= 0)
                continue;
            any = true;
            if (!seen[name].contains(id)) {
                seen[name].insert(id);
                items.ids.append(id);
            }
        }
        if (any)
            ++items.files;
        else
            ++items.skipped; // an episode file whose episodes the sync could not link
    }
    return out;
}

int UpgradeSearch::requestCount() const
{
    return m_client ? m_client->requestsSent() : 0;
}

void UpgradeSearch::start(const InstanceTarget &target, const QList<qint64> &ids)
{
    Q_ASSERT(!m_running);
    if (m_client)
        m_client->deleteLater();
    m_target = target;
    m_ids.clear();
    QSet<qint64> seen;
    for (qint64 id : ids) {
        if (!seen.contains(id)) {
            seen.insert(id);
            m_ids.append(id);
        }
    }
    m_next = 0;
    m_accepted = 0;
    m_commandIds.clear();
    m_error = {};
    m_finished = false;
    m_running = true;
    m_client = new ArrClient(m_nam, m_target.client, this);
    // Asynchronous even when there is nothing to post, so a caller can connect after start().
    QTimer::singleShot(0, this, &UpgradeSearch::postNext);
}

void UpgradeSearch::cancel()
{
    if (!m_running)
        return;
    if (m_client)
        m_client->cancelAll(); // the callback of the batch in flight reports Cancelled and finishes
}

void UpgradeSearch::postNext()
{
    if (!m_running)
        return;
    if (m_next >= m_ids.size()) {
        finish();
        return;
    }
    if (m_client->isCancelled()) {
        finish(Error{ErrorKind::Cancelled, tr("Cancelled.")});
        return;
    }
    const QList<qint64> batch = m_ids.mid(m_next, kBatchSize);
    qCInfo(lcNet) << m_target.name << commandName(m_target.type) << batch.size() << "ids";
    m_client->post(
        QStringLiteral("api/v3/command"), commandBody(m_target.type, batch),
        [this, count = int(batch.size())](Result<QByteArray> result) {
            if (!result) {
                finish(explain(result.error()));
                return;
            }
            const QJsonDocument doc = QJsonDocument::fromJson(result.value());
            const QJsonObject command = doc.object();
            const int id = command.value(QStringLiteral("id")).toInt();
            if (!doc.isObject() || id <= 0) {
                finish(Error{ErrorKind::Parse, tr("%1 answered the %2 command with something that is not a command "
                                                  "(no id). The search may have been queued; check System › Tasks "
                                                  "in %3.")
                                                   .arg(m_target.client.baseUrl.toDisplayString(QUrl::RemoveUserInfo),
                                                        commandName(m_target.type), appName(m_target.type))});
                return;
            }
            m_commandIds.append(id);
            m_accepted += count;
            m_next += count;
            postNext();
        });
}

Error UpgradeSearch::explain(const Error &error) const
{
    if (error.kind == ErrorKind::Server
        && error.message.contains(QLatin1String("Sequence contains no matching element")))
        // What a server says to a command name it does not have: a Sonarr asked for MoviesSearch, or the reverse.
        return {ErrorKind::Config,
                tr("%1 does not know the %2 command. Is it really a %3 server? Check the type of the instance "
                   "\"%4\" in the configuration.")
                    .arg(m_target.client.baseUrl.toDisplayString(QUrl::RemoveUserInfo), commandName(m_target.type),
                         appName(m_target.type), m_target.name)};
    return error;
}

void UpgradeSearch::finish(const Error &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_finished = true;
    m_error = error;
    qCInfo(lcNet) << m_target.name << "search:" << m_accepted << "of" << m_ids.size() << "ids queued"
                  << (error.isError() ? error.message : QString());
    Q_EMIT finished();
}

QString UpgradeSearch::summary() const
{
    const QString who = tr("%1 \"%2\"").arg(appName(m_target.type), m_target.name);
    if (!m_finished)
        return tr("Asking %1 to search for %2…").arg(who, countOf(m_target.type, idsRequested()));
    if (!m_error.isError()) {
        if (m_ids.isEmpty())
            return tr("Nothing to ask %1 to search for.").arg(who);
        return tr("Asked %1 to search for %2 (%3).")
            .arg(who, countOf(m_target.type, m_accepted), commandList(m_commandIds));
    }
    QString text = m_error.kind == ErrorKind::Cancelled
                       ? tr("Stopped asking %1 to search.").arg(who)
                       : tr("Could not ask %1 to search for %2: %3")
                             .arg(who, countOf(m_target.type, idsRequested()), m_error.message);
    if (m_accepted > 0)
        text += QLatin1Char(' ')
                + tr("Already queued before that: %1 of %2 (%3).")
                      .arg(countOf(m_target.type, m_accepted))
                      .arg(idsRequested())
                      .arg(commandList(m_commandIds));
    return text;
}

} // namespace arrscore
