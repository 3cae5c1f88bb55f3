#include "historycommands.h"

#include "audit/auditjson.h"
#include "base/localeformat.h"
#include "diffprinter.h"
#include "eventprinter.h"
#include "history/historyjson.h"
#include "history/historystore.h"
#include "history/snapshotdiffer.h"
#include "history/snapshotpruner.h"
#include "storage/serverhistorystore.h"
#include "storage/snapshotstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace arrscore {

namespace {

const QString kItem = QStringLiteral("item");
const QString kTitle = QStringLiteral("title");
const QString kFrom = QStringLiteral("from");
const QString kTo = QStringLiteral("to");
const QString kKeep = QStringLiteral("keep");
const QString kOlderThan = QStringLiteral("older-than");

// A snapshot, movie or episode id; 0 when text is empty or not a positive number.
qint64 positiveId(const QString &text)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    return ok && v > 0 ? v : 0;
}

} // namespace

QList<QCommandLineOption> HistoryCommands::options()
{
    return {
        QCommandLineOption(kItem, tr("A movie or episode id."), QStringLiteral("ID")),
        QCommandLineOption(kTitle, tr("Part of a title."), QStringLiteral("TEXT")),
        QCommandLineOption(kFrom, tr("The older snapshot."), QStringLiteral("SNAPSHOT")),
        QCommandLineOption(kTo, tr("The newer snapshot."), QStringLiteral("SNAPSHOT")),
        QCommandLineOption(kKeep, tr("Keep the newest N snapshots of each instance."), QStringLiteral("N")),
        QCommandLineOption(kOlderThan, tr("Delete snapshots older than this (90d, 12w, 48h)."), QStringLiteral("AGE"))};
}

bool HistoryCommands::handles(const QString &command)
{
    return command == QLatin1String("history") || command == QLatin1String("diff")
           || command == QLatin1String("snapshots") || command == QLatin1String("prune");
}

int HistoryCommands::run(const QString &command, const QCommandLineParser &parser, const QStringList &positional)
{
    if (!positional.isEmpty()) {
        m_ctx.err << tr("%1 takes no arguments; see \"arrscore --help\".").arg(command) << '\n';
        return ExitUsage;
    }
    const QStringList instances = parser.values(QStringLiteral("instance"));
    if (instances.size() > 1) {
        m_ctx.err << tr("%1 takes one --instance.").arg(command) << '\n';
        return ExitUsage;
    }
    const QString instance = instances.value(0);
    const bool json = parser.isSet(QStringLiteral("json"));
    if (command == QLatin1String("history"))
        return history(instance, parser.value(kItem), parser.value(kTitle), json);
    if (command == QLatin1String("diff"))
        return diff(instance, parser.value(kFrom), parser.value(kTo), json);
    if (command == QLatin1String("snapshots"))
        return snapshots(instance, json);
    return prune(instance, parser.value(kKeep), parser.value(kOlderThan));
}

int HistoryCommands::openFor(const QString &instance)
{
    m_db = m_ctx.openDatabase();
    if (!m_db)
        return ExitFailed;
    if (instance.isEmpty())
        return ExitOk;
    Result<QStringList> names = SnapshotStore(*m_db).instanceNames();
    if (names && names->contains(instance))
        return ExitOk;
    m_ctx.err << tr("No snapshot of an instance named \"%1\" in %2. Synced instances: %3.")
                     .arg(instance, m_db->displayLocation(),
                          !names || names->isEmpty() ? tr("none yet") : names->join(QStringLiteral(", ")))
              << '\n';
    return ExitUsage;
}

int HistoryCommands::history(const QString &instance, const QString &item, const QString &title, bool json)
{
    if (item.isEmpty() == title.isEmpty()) {
        m_ctx.err << tr("history needs --item ID or --title TEXT (one of them).") << '\n';
        return ExitUsage;
    }
    const qint64 id = positiveId(item);
    if (!item.isEmpty() && !id) {
        m_ctx.err << tr("--item takes a movie or episode id (a positive number), not \"%1\".").arg(item) << '\n';
        return ExitUsage;
    }
    if (const int opened = openFor(instance); opened != ExitOk)
        return opened;
    HistoryStore store(*m_db);
    QList<ItemHistory> histories;
    if (id) {
        Result<QList<ItemHistory>> found = store.itemHistory(id, instance);
        if (!found) {
            m_ctx.err << found.error().message << '\n';
            return ExitFailed;
        }
        histories = *found;
    } else {
        Result<QList<ItemRef>> matches = store.findItems(title, instance);
        if (!matches) {
            m_ctx.err << matches.error().message << '\n';
            return ExitFailed;
        }
        QList<ItemRef> chosen = *matches;
        // A title typed in full picks its movie among longer ones that contain it.
        if (chosen.size() > 1) {
            QList<ItemRef> exact;
            for (const ItemRef &r : std::as_const(chosen)) {
                if (r.kind == MediaKind::Movie && r.title.compare(title, Qt::CaseInsensitive) == 0)
                    exact << r;
            }
            if (exact.size() == 1)
                chosen = exact;
        }
        if (chosen.size() > 1) {
            m_ctx.err << tr("%Ln items match \"%1\"; choose one with --item ID (and --instance NAME):", nullptr,
                            int(chosen.size()))
                             .arg(title)
                      << '\n';
            for (qsizetype i = 0; i < chosen.size() && i < 30; ++i) {
                m_ctx.err << QStringLiteral("  %1  %2  %3\n")
                                 .arg(chosen[i].instanceName)
                                 .arg(chosen[i].id, 8)
                                 .arg(chosen[i].displayName());
            }
            if (chosen.size() > 30)
                m_ctx.err << QStringLiteral("  ") << tr("… and %L1 more").arg(chosen.size() - 30) << '\n';
            return ExitUsage;
        }
        if (chosen.size() == 1) {
            Result<QList<ItemHistory>> found = store.itemHistory(chosen.first().id, chosen.first().instanceName);
            if (!found) {
                m_ctx.err << found.error().message << '\n';
                return ExitFailed;
            }
            histories = *found;
        }
    }
    if (histories.isEmpty()) {
        m_ctx.err
            << (id ? tr("No movie or episode with id %1 was ever stored in %2.").arg(id).arg(m_db->displayLocation())
                   : tr("No title contains \"%1\" in %2.").arg(title, m_db->displayLocation()))
            << '\n';
        return ExitFailed;
    }
    // Beside our snapshots, what the server itself recorded of the item (issue 12): why a file came or went.
    ServerHistoryStore serverHistory(*m_db);
    QList<QList<ServerEvent>> events;
    QList<bool> read;
    for (const ItemHistory &h : std::as_const(histories)) {
        Result<QList<ServerEvent>> found = serverHistory.eventsOf(h.item.instanceName, h.item.id);
        Result<QList<HistoryRead>> reads = serverHistory.reads(h.item.instanceName);
        if (!found || !reads) {
            m_ctx.err << (found ? reads.error() : found.error()).message << '\n';
            return ExitFailed;
        }
        events << *found;
        read << !reads->isEmpty();
    }
    if (json) {
        QJsonArray list;
        for (qsizetype i = 0; i < histories.size(); ++i) {
            QJsonObject object = historyjson::historyObject(histories[i]);
            QJsonArray serverEvents;
            for (const ServerEvent &e : std::as_const(events[i]))
                serverEvents.append(AuditJson::event(e));
            // null, not [], when the server's history was never read: "nothing happened" would be a lie.
            object.insert(QStringLiteral("server_events"), read[i] ? QJsonValue(serverEvents) : QJsonValue());
            list.append(object);
        }
        m_ctx.writeJson(QJsonObject{{QStringLiteral("histories"), list}});
        return ExitOk;
    }
    for (qsizetype i = 0; i < histories.size(); ++i) {
        if (i)
            m_ctx.out << '\n';
        DiffPrinter::printHistory(m_ctx.out, histories[i]);
        const QString app =
            histories[i].item.kind == MediaKind::Episode ? QStringLiteral("Sonarr") : QStringLiteral("Radarr");
        if (!read[i]) {
            m_ctx.out << "  "
                      << tr("The server's own history was not read for %1 (history_days: 0, or no sync since "
                            "this version): run \"arrscore sync\" to see its grabs and imports here.")
                             .arg(histories[i].item.instanceName)
                      << '\n';
        } else if (events[i].isEmpty()) {
            m_ctx.out << "  "
                      << tr("%1 recorded no grab, import, failure or deletion of it since the syncs "
                            "began reading its history.")
                             .arg(app)
                      << '\n';
        } else {
            m_ctx.out << "  " << tr("%1's own history of it (score = what the server kept at the time):").arg(app)
                      << '\n';
            EventPrinter::printEvents(m_ctx.out, events[i], QStringLiteral("    "));
        }
    }
    return ExitOk;
}

int HistoryCommands::diff(const QString &instance, const QString &from, const QString &to, bool json)
{
    const qint64 fromId = positiveId(from);
    const qint64 toId = positiveId(to);
    if ((!from.isEmpty() && !fromId) || (!to.isEmpty() && !toId)) {
        m_ctx.err << tr("--from and --to take snapshot ids, as \"arrscore snapshots\" lists them.") << '\n';
        return ExitUsage;
    }
    if (const int opened = openFor(instance); opened != ExitOk)
        return opened;
    HistoryStore store(*m_db);
    QList<std::pair<qint64, qint64>> pairs;
    if (fromId || toId) {
        // The instance follows from the snapshot given; the other end defaults to its neighbour.
        Result<QString> owner = store.instanceOf(fromId ? fromId : toId);
        if (!owner) {
            m_ctx.err << owner.error().message << '\n';
            return ExitUsage;
        }
        if (!instance.isEmpty() && *owner != instance) {
            m_ctx.err << tr("Snapshot %1 is of %2, not of %3.").arg(fromId ? fromId : toId).arg(*owner, instance)
                      << '\n';
            return ExitUsage;
        }
        Result<QList<qint64>> ids = store.snapshotIds(*owner);
        if (!ids) {
            m_ctx.err << ids.error().message << '\n';
            return ExitFailed;
        }
        qint64 a = fromId;
        qint64 b = toId;
        if (!toId) {
            b = ids->last();
        } else if (!fromId) {
            for (qint64 s : std::as_const(*ids)) {
                if (s < b)
                    a = s;
            }
            if (a == 0) {
                m_ctx.err << tr("Snapshot %1 is the first of %2: there is nothing before it to compare with.")
                                 .arg(b)
                                 .arg(*owner)
                          << '\n';
                return ExitFailed;
            }
        }
        pairs.append({a, b});
    } else {
        Result<QStringList> names = SnapshotStore(*m_db).instanceNames();
        if (!names) {
            m_ctx.err << names.error().message << '\n';
            return ExitFailed;
        }
        for (const QString &name : std::as_const(*names)) {
            if (!instance.isEmpty() && name != instance)
                continue;
            Result<QList<qint64>> ids = store.snapshotIds(name);
            if (!ids) {
                m_ctx.err << ids.error().message << '\n';
                return ExitFailed;
            }
            if (ids->size() >= 2)
                pairs.append({ids->at(ids->size() - 2), ids->last()});
        }
        if (pairs.isEmpty()) {
            m_ctx.err
                << tr("Nothing to compare: %1 holds fewer than two syncs of %2. Run \"arrscore sync\" again later.")
                       .arg(m_db->displayLocation(), instance.isEmpty() ? tr("any instance") : instance)
                << '\n';
            return ExitFailed;
        }
    }
    QJsonArray list;
    SnapshotDiffer differ(*m_db);
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        Result<SnapshotDiff> d = differ.diff(pairs[i].first, pairs[i].second);
        if (!d) {
            m_ctx.err << d.error().message << '\n';
            return d.error().kind == ErrorKind::Storage ? ExitFailed : ExitUsage;
        }
        if (json) {
            list.append(historyjson::diffObject(*d));
            continue;
        }
        if (i)
            m_ctx.out << '\n';
        DiffPrinter::printDiff(m_ctx.out, *d);
    }
    if (json)
        m_ctx.writeJson(QJsonObject{{QStringLiteral("diffs"), list}});
    return ExitOk;
}

int HistoryCommands::snapshots(const QString &instance, bool json)
{
    if (const int opened = openFor(instance); opened != ExitOk)
        return opened;
    Result<QList<SnapshotInfo>> infos = SnapshotStore(*m_db).list(instance);
    if (!infos) {
        m_ctx.err << infos.error().message << '\n';
        return ExitFailed;
    }
    if (json) {
        QJsonArray list;
        for (const SnapshotInfo &s : std::as_const(*infos)) {
            list.append(QJsonObject{{QStringLiteral("id"), s.id},
                                    {QStringLiteral("instance"), s.instanceName},
                                    {QStringLiteral("type"), instanceTypeName(s.type)},
                                    {QStringLiteral("version"), s.version},
                                    {QStringLiteral("finished_at"), s.finishedAt.toUTC().toString(Qt::ISODate)},
                                    {QStringLiteral("file_count"), s.fileCount},
                                    {QStringLiteral("request_count"), s.requestCount},
                                    {QStringLiteral("warning_count"), s.warningCount}});
        }
        m_ctx.writeJson(QJsonObject{{QStringLiteral("snapshots"), list}});
        return ExitOk;
    }
    if (infos->isEmpty()) {
        m_ctx.out << tr("No snapshot is stored yet.") << '\n';
        return ExitOk;
    }
    m_ctx.out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                     .arg(tr("ID"), 6)
                     .arg(tr("INSTANCE"), -16)
                     .arg(tr("TYPE"), -7)
                     .arg(tr("FINISHED"), -16)
                     .arg(tr("FILES"), 8)
                     .arg(tr("VERSION"), -14)
                     .arg(tr("WARNINGS"));
    for (const SnapshotInfo &s : std::as_const(*infos)) {
        m_ctx.out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                         .arg(s.id, 6)
                         .arg(s.instanceName, -16)
                         .arg(instanceTypeName(s.type), -7)
                         .arg(LocaleFormat::dateTime(s.finishedAt), -16)
                         .arg(QLocale().toString(s.fileCount), 8)
                         .arg(s.version, -14)
                         .arg(s.warningCount);
    }
    return ExitOk;
}

int HistoryCommands::prune(const QString &instance, const QString &keep, const QString &olderThan)
{
    if (keep.isEmpty() == olderThan.isEmpty()) {
        m_ctx.err << tr("prune needs --keep N or --older-than AGE (one of them), e.g. --older-than 90d.") << '\n';
        return ExitUsage;
    }
    PruneRule rule;
    rule.instanceName = instance;
    if (!keep.isEmpty()) {
        bool ok = false;
        const int n = keep.toInt(&ok);
        if (!ok || n < 1) {
            m_ctx.err << tr("--keep takes a number of snapshots, 1 or more (the latest is always kept).") << '\n';
            return ExitUsage;
        }
        rule.keep = n;
    } else {
        static const QRegularExpression age(QStringLiteral("^(\\d+)([hdw])$"));
        const QRegularExpressionMatch m = age.match(olderThan.trimmed());
        if (!m.hasMatch()) {
            m_ctx.err << tr("--older-than takes an age such as 90d (days), 12w (weeks) or 48h (hours), not \"%1\".")
                             .arg(olderThan)
                      << '\n';
            return ExitUsage;
        }
        const qint64 n = m.captured(1).toLongLong();
        const QChar unit = m.captured(2).at(0);
        const qint64 hours = unit == QLatin1Char('h') ? n : unit == QLatin1Char('d') ? n * 24 : n * 24 * 7;
        rule.before = QDateTime::currentDateTimeUtc().addSecs(-hours * 3600);
    }
    if (const int opened = openFor(instance); opened != ExitOk)
        return opened;
    if (const Status writable = m_db->checkWritable(); !writable) {
        m_ctx.err << writable.error().message << '\n';
        return ExitFailed;
    }
    Result<PruneResult> result = SnapshotPruner(*m_db).prune(rule);
    if (!result) {
        m_ctx.err << result.error().message << '\n';
        return ExitFailed;
    }
    if (result->deletedSnapshots.isEmpty()) {
        m_ctx.out << tr("Nothing to delete.") << '\n';
        return ExitOk;
    }
    QStringList ids;
    for (qint64 id : std::as_const(result->deletedSnapshots))
        ids << QString::number(id);
    m_ctx.out << tr("Deleted %1 (%2) and %3 no kept snapshot uses.")
                     .arg(tr("%Ln snapshots", nullptr, int(result->deletedSnapshots.size())),
                          ids.join(QStringLiteral(", ")),
                          tr("%Ln stored versions", nullptr,
                             int(result->fileRows + result->profileRows + result->formatRows)))
              << '\n';
    return ExitOk;
}

} // namespace arrscore
