#include "snapshotstore.h"

#include "logging.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QElapsedTimer>

#include <algorithm>
#include <cstring>
#include <functional>
#include <limits>
#include <memory>

namespace arrscore {

namespace {

// ---- values: null-aware conversions between the model and bound/read columns ----

QVariant textValue(const QString &s)
{
    return s.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QString readText(const QVariant &v)
{
    if (v.isNull())
        return {};
    QString s = v.toString();
    if (s.isNull())
        s = QString(QLatin1String("")); // an empty string, not a null one
    return s;
}

QVariant timeValue(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qlonglong>());
}

QDateTime readTime(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QVariant blobValue(const QByteArray &b)
{
    return b.isNull() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(b);
}

// ---- compact JSON for the list columns; written by hand (fast), read back through caches ----

void appendJson(QString &out, const QString &s)
{
    if (s.isNull()) {
        out += QLatin1String("null");
        return;
    }
    out += QLatin1Char('"');
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u == u'"' || u == u'\\') {
            out += QLatin1Char('\\');
            out += c;
        } else if (u < 0x20) {
            out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    out += QLatin1Char('"');
}

template <typename Int>
QString jsonInts(const QList<Int> &values)
{
    if (values.isEmpty())
        return QStringLiteral("[]");
    QString out = QStringLiteral("[");
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            out += QLatin1Char(',');
        out += QString::number(values[i]);
    }
    return out + QLatin1Char(']');
}

QString jsonStrings(const QStringList &values)
{
    if (values.isEmpty())
        return QStringLiteral("[]");
    QString out = QStringLiteral("[");
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            out += QLatin1Char(',');
        appendJson(out, values[i]);
    }
    return out + QLatin1Char(']');
}

QString jsonFormatRefs(const QList<FormatRef> &formats)
{
    QString out = QStringLiteral("[");
    for (qsizetype i = 0; i < formats.size(); ++i) {
        out += (i ? QLatin1String(",[") : QLatin1String("[")) + QString::number(formats[i].id) + QLatin1Char(',');
        appendJson(out, formats[i].name);
        out += QLatin1Char(']');
    }
    return out + QLatin1Char(']');
}

template <typename Int>
QList<Int> parseInts(const QString &text)
{
    QList<Int> values;
    qint64 current = 0;
    bool inNumber = false;
    bool negative = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9') {
            current = current * 10 + (u - u'0');
            inNumber = true;
        } else if (c == QLatin1Char('-')) {
            negative = true;
        } else if (inNumber) {
            values.append(Int(negative ? -current : current));
            current = 0;
            inNumber = negative = false;
        }
    }
    return values;
}

QString jsonElementText(const QJsonValue &v)
{
    return v.isNull() ? QString() : readText(v.toString());
}

QJsonArray parseArray(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

// Lists repeat across a library (languages, genres, sets of formats): decode each text once and
// share the result, which also shares the memory of the loaded files.
class ListDecoder
{
public:
    QStringList strings(const QString &text)
    {
        auto it = m_strings.constFind(text);
        if (it != m_strings.constEnd())
            return *it;
        QStringList list;
        for (const QJsonValue &v : parseArray(text))
            list << jsonElementText(v);
        m_strings.insert(text, list);
        return list;
    }
    QList<FormatRef> formats(const QString &text)
    {
        auto it = m_formats.constFind(text);
        if (it != m_formats.constEnd())
            return *it;
        QList<FormatRef> list;
        for (const QJsonValue &v : parseArray(text)) {
            const QJsonArray pair = v.toArray();
            list.append({pair.at(0).toInt(), jsonElementText(pair.at(1))});
        }
        m_formats.insert(text, list);
        return list;
    }

private:
    QHash<QString, QStringList> m_strings;
    QHash<QString, QList<FormatRef>> m_formats;
};

// ---- content hashes: a canonical serialisation, hashed 8 bytes at a time. Stored, so stable. ----

class Hasher
{
public:
    explicit Hasher(const char *domain)
    {
        for (const char *c = domain; *c; ++c)
            byte(uchar(*c));
        flush();
    }
    void add(qint64 v)
    {
        flush();
        mix(quint64(v));
    }
    void add(const QString &s)
    {
        add(s.isNull() ? qint64(-1) : qint64(s.size()));
        // constData(), not utf16(): utf16() turns a null string into an empty one.
        const QChar *p = s.constData();
        qsizetype n = s.size();
        for (; n >= 4; n -= 4, p += 4) {
            mix(quint64(p[0].unicode()) | quint64(p[1].unicode()) << 16 | quint64(p[2].unicode()) << 32
                | quint64(p[3].unicode()) << 48);
        }
        for (; n > 0; --n, ++p) {
            byte(uchar(p->unicode() & 0xff));
            byte(uchar(p->unicode() >> 8));
        }
    }
    void add(const QStringList &list)
    {
        add(qint64(list.size()));
        for (const QString &s : list)
            add(s);
    }
    void add(double d)
    {
        qint64 bits = 0;
        std::memcpy(&bits, &d, sizeof bits);
        add(bits);
    }
    void add(const QByteArray &b)
    {
        add(b.isNull() ? qint64(-1) : qint64(b.size()));
        for (const char c : b)
            byte(uchar(c));
    }
    void add(const QDateTime &t) { add(t.isValid() ? t.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min()); }

    qint64 finish()
    {
        flush();
        quint64 h = m_state ^ m_length * kP1;
        h ^= h >> 33;
        h *= kP2;
        h ^= h >> 29;
        h *= kP3;
        h ^= h >> 32;
        return qint64(h);
    }

private:
    static constexpr quint64 kP1 = 0x9E3779B185EBCA87ULL;
    static constexpr quint64 kP2 = 0xC2B2AE3D27D4EB4FULL;
    static constexpr quint64 kP3 = 0x165667B19E3779F9ULL;
    static quint64 rotl(quint64 x, int r) { return (x << r) | (x >> (64 - r)); }

    // A single-lane xxHash64-style round per 8 bytes (little-endian values, so the same everywhere).
    void mix(quint64 word)
    {
        m_state = rotl(m_state ^ (rotl(word * kP2, 31) * kP1), 27) * kP1 + kP3;
        m_length += 8;
    }
    void byte(uchar b)
    {
        m_pending |= quint64(b) << (8 * m_pendingBytes);
        if (++m_pendingBytes == 8)
            flush();
    }
    void flush()
    {
        if (m_pendingBytes == 0)
            return;
        mix(m_pending);
        m_pending = 0;
        m_pendingBytes = 0;
    }

    quint64 m_state = kP3;
    quint64 m_length = 0;
    quint64 m_pending = 0;
    int m_pendingBytes = 0;
};

qint64 fileHash(const MediaFile &f)
{
    Hasher h("file/1");
    h.add(qint64(f.kind));
    h.add(f.fileId);
    h.add(f.itemId);
    h.add(f.title);
    h.add(qint64(f.year));
    h.add(f.titleSlug);
    h.add(f.seriesTitle);
    h.add(qint64(f.season));
    h.add(qint64(f.episodes.size()));
    for (int e : f.episodes)
        h.add(qint64(e));
    h.add(qint64(f.episodeIds.size()));
    for (qint64 e : f.episodeIds)
        h.add(e);
    h.add(f.episodeTitle);
    h.add(f.quality);
    h.add(qint64(f.qualityId));
    h.add(qint64(f.resolution));
    h.add(qint64(f.qualityProfileId));
    h.add(qint64(f.customFormats.size()));
    for (const FormatRef &ref : f.customFormats) {
        h.add(qint64(ref.id));
        h.add(ref.name);
    }
    h.add(f.customFormatScore ? qint64(*f.customFormatScore) : std::numeric_limits<qint64>::min());
    h.add(qint64(f.scoreComputed) | qint64(f.qualityCutoffNotMet) << 1);
    h.add(f.sizeBytes);
    for (const QString *s : {&f.relativePath, &f.releaseGroup, &f.edition, &f.videoCodec, &f.audioCodec})
        h.add(*s);
    h.add(f.audioChannels);
    h.add(f.dynamicRange);
    h.add(f.mediaResolution);
    h.add(f.languages);
    h.add(f.genres);
    h.add(f.collection);
    h.add(f.dateAdded);
    return h.finish();
}

QString jsonFormatItems(const QList<FormatItem> &items)
{
    QString out = QStringLiteral("[");
    for (qsizetype i = 0; i < items.size(); ++i) {
        out += (i ? QLatin1String(",[") : QLatin1String("[")) + QString::number(items[i].formatId) + QLatin1Char(',');
        appendJson(out, items[i].name);
        out += QLatin1Char(',') + QString::number(items[i].score) + QLatin1Char(']');
    }
    return out + QLatin1Char(']');
}

QString jsonQualities(const QList<ProfileQuality> &qualities)
{
    QString out = QStringLiteral("[");
    for (qsizetype i = 0; i < qualities.size(); ++i) {
        const ProfileQuality &q = qualities[i];
        out += (i ? QLatin1String(",[") : QLatin1String("[")) + QString::number(q.id) + QLatin1Char(',');
        appendJson(out, q.name);
        out += QLatin1Char(',') + QString::number(q.resolution) + QLatin1Char(',')
            + QString::number(int(q.allowed)) + QLatin1Char(',') + QString::number(q.groupId) + QLatin1Char(',');
        appendJson(out, q.groupName);
        out += QLatin1Char(']');
    }
    return out + QLatin1Char(']');
}

qint64 profileHash(const QualityProfile &p)
{
    Hasher h("profile/1");
    h.add(qint64(p.id));
    h.add(p.name);
    h.add(qint64(p.upgradeAllowed));
    h.add(qint64(p.cutoff));
    h.add(qint64(p.minFormatScore));
    h.add(qint64(p.cutoffFormatScore));
    h.add(p.minUpgradeFormatScore ? qint64(*p.minUpgradeFormatScore) : std::numeric_limits<qint64>::min());
    h.add(jsonFormatItems(p.formatItems));
    h.add(jsonQualities(p.qualities));
    h.add(p.definition);
    return h.finish();
}

qint64 formatHash(const CustomFormat &f)
{
    Hasher h("format/1");
    h.add(qint64(f.id));
    h.add(f.name);
    h.add(f.definition);
    return h.finish();
}

// ---- the columns of file_versions, in the order they are bound and read ----

const QStringList &fileColumns()
{
    static const QStringList columns = QStringList{
        QStringLiteral("kind"), QStringLiteral("file_id"), QStringLiteral("item_id"), QStringLiteral("title"),
        QStringLiteral("year"), QStringLiteral("title_slug"), QStringLiteral("series_title"), QStringLiteral("season"),
        QStringLiteral("episodes"), QStringLiteral("episode_ids"), QStringLiteral("episode_title"),
        QStringLiteral("quality"), QStringLiteral("quality_id"), QStringLiteral("resolution"),
        QStringLiteral("quality_profile_id"), QStringLiteral("custom_formats"), QStringLiteral("custom_format_score"),
        QStringLiteral("score_computed"), QStringLiteral("quality_cutoff_not_met"), QStringLiteral("size_bytes"),
        QStringLiteral("relative_path"), QStringLiteral("release_group"), QStringLiteral("edition"),
        QStringLiteral("video_codec"), QStringLiteral("audio_codec"), QStringLiteral("audio_channels"),
        QStringLiteral("dynamic_range"), QStringLiteral("media_resolution"), QStringLiteral("languages"),
        QStringLiteral("genres"), QStringLiteral("collection"), QStringLiteral("date_added")};
    return columns;
}

// Binds the values of a multi-row INSERT in order. By name: Qt's positional bindValue() formats a
// string per value, which was half the cost of storing a large library.
class Binder
{
public:
    Binder(QSqlQuery &query, const QStringList &names) : m_query(query), m_names(names) {}
    void operator()(const QVariant &value) { m_query.bindValue(m_names.at(m_pos++), value); }

private:
    QSqlQuery &m_query;
    const QStringList &m_names;
    int m_pos = 0;
};

void bindFile(Binder &bind, const MediaFile &f)
{
    bind(mediaKindName(f.kind));
    bind(f.fileId);
    bind(f.itemId);
    bind(textValue(f.title));
    bind(f.year);
    bind(textValue(f.titleSlug));
    bind(textValue(f.seriesTitle));
    bind(f.season);
    bind(jsonInts(f.episodes));
    bind(jsonInts(f.episodeIds));
    bind(textValue(f.episodeTitle));
    bind(textValue(f.quality));
    bind(f.qualityId);
    bind(f.resolution);
    bind(f.qualityProfileId);
    bind(jsonFormatRefs(f.customFormats));
    bind(f.customFormatScore ? QVariant(*f.customFormatScore) : QVariant(QMetaType::fromType<int>()));
    bind(int(f.scoreComputed));
    bind(int(f.qualityCutoffNotMet));
    bind(f.sizeBytes);
    bind(textValue(f.relativePath));
    bind(textValue(f.releaseGroup));
    bind(textValue(f.edition));
    bind(textValue(f.videoCodec));
    bind(textValue(f.audioCodec));
    bind(f.audioChannels);
    bind(textValue(f.dynamicRange));
    bind(textValue(f.mediaResolution));
    bind(jsonStrings(f.languages));
    bind(jsonStrings(f.genres));
    bind(textValue(f.collection));
    bind(timeValue(f.dateAdded));
}

MediaFile readFile(const QSqlQuery &q, ListDecoder &lists)
{
    MediaFile f;
    int c = 0;
    const auto next = [&]() { return q.value(c++); };
    f.kind = next().toString() == QLatin1String("episode") ? MediaKind::Episode : MediaKind::Movie;
    f.fileId = next().toLongLong();
    f.itemId = next().toLongLong();
    f.title = readText(next());
    f.year = next().toInt();
    f.titleSlug = readText(next());
    f.seriesTitle = readText(next());
    f.season = next().toInt();
    f.episodes = parseInts<int>(next().toString());
    f.episodeIds = parseInts<qint64>(next().toString());
    f.episodeTitle = readText(next());
    f.quality = readText(next());
    f.qualityId = next().toInt();
    f.resolution = next().toInt();
    f.qualityProfileId = next().toInt();
    f.customFormats = lists.formats(next().toString());
    const QVariant score = next();
    if (!score.isNull())
        f.customFormatScore = score.toInt();
    f.scoreComputed = next().toInt() != 0;
    f.qualityCutoffNotMet = next().toInt() != 0;
    f.sizeBytes = next().toLongLong();
    for (QString *s : {&f.relativePath, &f.releaseGroup, &f.edition, &f.videoCodec, &f.audioCodec})
        *s = readText(next());
    f.audioChannels = next().toDouble();
    f.dynamicRange = readText(next());
    f.mediaResolution = readText(next());
    f.languages = lists.strings(next().toString());
    f.genres = lists.strings(next().toString());
    f.collection = readText(next());
    f.dateAdded = readTime(next());
    return f;
}

bool fileLess(const MediaFile &a, const MediaFile &b)
{
    if (a.kind != b.kind)
        return a.kind < b.kind;
    if (const int c = a.title.compare(b.title); c != 0)
        return c < 0;
    if (a.season != b.season)
        return a.season < b.season;
    const int ea = a.episodes.isEmpty() ? -1 : a.episodes.first();
    const int eb = b.episodes.isEmpty() ? -1 : b.episodes.first();
    if (ea != eb)
        return ea < eb;
    return a.fileId < b.fileId;
}

const QString kMembership = QStringLiteral(
    "instance_id = ? AND valid_from <= ? AND (valid_to IS NULL OR valid_to > ?)");

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

constexpr int kFileRowsPerInsert = 64; // measured: 64-row INSERTs cost ~30% less CPU than single rows
constexpr int kCancelCheckRows = 2048;
constexpr int kIdsPerUpdate = 500;

// One save: the instance, the snapshot row, then the rows that changed since the last one.
class SaveJob
{
public:
    SaveJob(Database &db, const std::atomic_bool *cancel) : m_db(db), m_cancel(cancel) {}
    Result<qint64> run(const LibrarySnapshot &snapshot);

private:
    struct Key
    {
        qint64 entity = 0;
        qint64 hash = 0;
        qint64 ref = 0; // row id of a stored row, index of an incoming one
        bool operator<(const Key &o) const { return entity != o.entity ? entity < o.entity : hash < o.hash; }
    };
    using RowBinder = std::function<void(Binder &, int index)>;

    Status upsertInstance(const InstanceInfo &info);
    Status insertSnapshot(const LibrarySnapshot &snapshot);
    Status version(const QString &table, const QString &entityColumn, QList<Key> incoming,
                   const std::function<Status(const QList<int> &)> &insertNew);
    Status closeRows(const QString &table, const QList<qint64> &rowIds);
    Status insertRows(const QString &table, const QStringList &columns, const QList<int> &indexes,
                      int rowsPerStatement, const RowBinder &bindRow);
    Status saveProfiles(const QList<QualityProfile> &profiles);
    Status saveFormats(const QList<CustomFormat> &formats);
    Status saveFiles(const QList<MediaFile> &files);
    Error failed(const QSqlQuery &q) const
    {
        return m_db.failure(SnapshotStore::tr("Cannot store the snapshot in the database %1.").arg(m_db.displayLocation()),
                            q.lastError());
    }
    Error cancelledError() const { return Error{ErrorKind::Cancelled, SnapshotStore::tr("Saving the snapshot was cancelled; nothing was stored.")}; }

    Database &m_db;
    const std::atomic_bool *m_cancel;
    qint64 m_instanceId = 0;
    qint64 m_snapshotId = 0;
};

Result<qint64> SaveJob::run(const LibrarySnapshot &snapshot)
{
    QElapsedTimer timer;
    timer.start();
    Status s = upsertInstance(snapshot.instance);
    if (s)
        s = insertSnapshot(snapshot);
    if (s)
        s = saveProfiles(snapshot.profiles);
    if (s)
        s = saveFormats(snapshot.formats);
    const qint64 headerMs = timer.restart();
    if (s)
        s = saveFiles(snapshot.files);
    qCDebug(lcDb) << "save: header" << headerMs << "ms, files" << timer.elapsed() << "ms";
    if (s && cancelled(m_cancel))
        s = cancelledError();
    if (!s)
        return s.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE snapshots SET complete = 1 WHERE id = ?"));
    q.addBindValue(m_snapshotId);
    if (!q.exec())
        return failed(q);
    return m_snapshotId;
}

Status SaveJob::upsertInstance(const InstanceInfo &info)
{
    const QString type = instanceTypeName(info.type);
    const QString url = SnapshotStore::redactUrl(info.url);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, type, url FROM instances WHERE name = ?"));
    q.addBindValue(info.name);
    if (!q.exec())
        return failed(q);
    if (q.next()) {
        m_instanceId = q.value(0).toLongLong();
        if (q.value(1).toString() == type && q.value(2).toString() == url)
            return Status::success();
        q.finish();
        q.prepare(QStringLiteral("UPDATE instances SET type = ?, url = ? WHERE id = ?"));
        q.addBindValue(type);
        q.addBindValue(url);
        q.addBindValue(m_instanceId);
        return q.exec() ? Status::success() : Status(failed(q));
    }
    q.finish();
    const bool pg = m_db.isPostgres();
    q.prepare(QStringLiteral("INSERT INTO instances (name, type, url) VALUES (?, ?, ?)")
              + (pg ? QStringLiteral(" RETURNING id") : QString()));
    q.addBindValue(info.name);
    q.addBindValue(type);
    q.addBindValue(url);
    if (!q.exec() || (pg && !q.next()))
        return failed(q);
    m_instanceId = pg ? q.value(0).toLongLong() : q.lastInsertId().toLongLong();
    return Status::success();
}

Status SaveJob::insertSnapshot(const LibrarySnapshot &snapshot)
{
    QStringList warnings;
    for (const QString &w : snapshot.warnings)
        warnings << SnapshotStore::redactText(w);
    const bool pg = m_db.isPostgres();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO snapshots (instance_id, url, started_at, finished_at, app_name, version, "
                             "strategy, scores_available, request_count, file_count, warnings, complete) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
              + (pg ? QStringLiteral(" RETURNING id") : QString()));
    q.addBindValue(m_instanceId);
    q.addBindValue(SnapshotStore::redactUrl(snapshot.instance.url));
    q.addBindValue(timeValue(snapshot.startedAt));
    q.addBindValue(timeValue(snapshot.finishedAt));
    q.addBindValue(textValue(snapshot.instance.appName));
    q.addBindValue(textValue(snapshot.instance.version));
    q.addBindValue(textValue(snapshot.strategy.isNull() ? QString() : SnapshotStore::redactText(snapshot.strategy)));
    q.addBindValue(int(snapshot.scoresAvailable));
    q.addBindValue(snapshot.requestCount);
    q.addBindValue(int(snapshot.files.size()));
    q.addBindValue(jsonStrings(warnings));
    if (!q.exec() || (pg && !q.next()))
        return failed(q);
    m_snapshotId = pg ? q.value(0).toLongLong() : q.lastInsertId().toLongLong();
    return Status::success();
}

// Matches incoming rows to the current stored ones by (entity, hash): equal pairs stay as they are,
// stored rows left over are closed at this snapshot, incoming ones left over are inserted.
Status SaveJob::version(const QString &table, const QString &entityColumn, QList<Key> incoming,
                        const std::function<Status(const QList<int> &)> &insertNew)
{
    QList<Key> current;
    {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id, %1, content_hash FROM %2 WHERE instance_id = ? AND valid_to IS NULL")
                      .arg(entityColumn, table));
        q.addBindValue(m_instanceId);
        if (!q.exec())
            return failed(q);
        while (q.next())
            current.append({q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(0).toLongLong()});
    }
    QElapsedTimer timer;
    timer.start();
    std::sort(current.begin(), current.end());
    std::sort(incoming.begin(), incoming.end());
    QList<qint64> toClose;
    QList<int> toInsert;
    auto c = current.cbegin();
    auto i = incoming.cbegin();
    while (c != current.cend() || i != incoming.cend()) {
        if (i == incoming.cend() || (c != current.cend() && *c < *i)) {
            toClose.append((c++)->ref);
        } else if (c == current.cend() || *i < *c) {
            toInsert.append(int((i++)->ref));
        } else {
            ++c;
            ++i;
        }
    }
    std::sort(toInsert.begin(), toInsert.end()); // keep the server's order
    const qint64 matchMs = timer.restart();
    const Status closed = closeRows(table, toClose);
    const Status inserted = closed ? insertNew(toInsert) : closed;
    qCDebug(lcDb).noquote() << table << ":" << current.size() << "current," << toClose.size() << "closed,"
                            << toInsert.size() << "inserted; matching" << matchMs << "ms, writing" << timer.elapsed()
                            << "ms";
    return inserted;
}

Status SaveJob::closeRows(const QString &table, const QList<qint64> &rowIds)
{
    for (qsizetype start = 0; start < rowIds.size(); start += kIdsPerUpdate) {
        if (cancelled(m_cancel))
            return cancelledError();
        const qsizetype n = std::min<qsizetype>(kIdsPerUpdate, rowIds.size() - start);
        QStringList marks(n, QStringLiteral("?"));
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE %1 SET valid_to = ? WHERE id IN (%2)").arg(table, marks.join(QLatin1Char(','))));
        q.addBindValue(m_snapshotId);
        for (qsizetype k = 0; k < n; ++k)
            q.addBindValue(rowIds[start + k]);
        if (!q.exec())
            return failed(q);
    }
    return Status::success();
}

Status SaveJob::insertRows(const QString &table, const QStringList &columns, const QList<int> &indexes,
                           int rowsPerStatement, const RowBinder &bindRow)
{
    // Placeholders :v0, :v1, ... numbered across the rows of one statement.
    QStringList names;
    const auto sqlFor = [&](qsizetype rows) -> QString {
        QStringList tuples;
        for (qsizetype r = 0; r < rows; ++r) {
            QStringList marks;
            for (qsizetype c = 0; c < columns.size(); ++c) {
                const qsizetype n = r * columns.size() + c;
                if (n >= names.size())
                    names << QStringLiteral(":v%1").arg(n);
                marks << names.at(n);
            }
            tuples << QLatin1Char('(') + marks.join(QLatin1Char(',')) + QLatin1Char(')');
        }
        return QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, columns.join(QLatin1Char(',')))
            + tuples.join(QLatin1Char(','));
    };
    QSqlQuery full(m_db.connection());
    bool fullPrepared = false;
    std::unique_ptr<QSqlQuery> partial;
    qsizetype sinceCheck = 0;
    for (qsizetype start = 0; start < indexes.size(); start += rowsPerStatement) {
        const qsizetype n = std::min<qsizetype>(rowsPerStatement, indexes.size() - start);
        if (n != rowsPerStatement) {
            partial = std::make_unique<QSqlQuery>(m_db.connection());
            if (!partial->prepare(sqlFor(n)))
                return failed(*partial);
        } else if (!fullPrepared) {
            if (!full.prepare(sqlFor(n)))
                return failed(full);
            fullPrepared = true;
        }
        QSqlQuery &q = n == rowsPerStatement ? full : *partial;
        Binder binder(q, names);
        for (qsizetype k = 0; k < n; ++k)
            bindRow(binder, indexes[start + k]);
        if (!q.exec())
            return failed(q);
        sinceCheck += n;
        if (sinceCheck >= kCancelCheckRows) {
            sinceCheck = 0;
            if (cancelled(m_cancel))
                return cancelledError();
        }
    }
    return Status::success();
}

Status SaveJob::saveProfiles(const QList<QualityProfile> &profiles)
{
    QList<Key> keys;
    for (int i = 0; i < profiles.size(); ++i)
        keys.append({profiles[i].id, profileHash(profiles[i]), i});
    const QStringList columns = {QStringLiteral("instance_id"), QStringLiteral("valid_from"),
                                 QStringLiteral("content_hash"), QStringLiteral("profile_id"), QStringLiteral("name"),
                                 QStringLiteral("upgrade_allowed"), QStringLiteral("cutoff"),
                                 QStringLiteral("min_format_score"), QStringLiteral("cutoff_format_score"),
                                 QStringLiteral("min_upgrade_format_score"), QStringLiteral("format_items"),
                                 QStringLiteral("qualities"), QStringLiteral("definition")};
    return version(QStringLiteral("profile_versions"), QStringLiteral("profile_id"), keys, [&](const QList<int> &rows) {
        return insertRows(QStringLiteral("profile_versions"), columns, rows, 1, [&](Binder &bind, int i) {
            const QualityProfile &p = profiles[i];
            bind(m_instanceId);
            bind(m_snapshotId);
            bind(profileHash(p));
            bind(p.id);
            bind(textValue(p.name));
            bind(int(p.upgradeAllowed));
            bind(p.cutoff);
            bind(p.minFormatScore);
            bind(p.cutoffFormatScore);
            bind(p.minUpgradeFormatScore ? QVariant(*p.minUpgradeFormatScore) : QVariant(QMetaType::fromType<int>()));
            bind(jsonFormatItems(p.formatItems));
            bind(jsonQualities(p.qualities));
            bind(blobValue(p.definition));
        });
    });
}

Status SaveJob::saveFormats(const QList<CustomFormat> &formats)
{
    QList<Key> keys;
    for (int i = 0; i < formats.size(); ++i)
        keys.append({formats[i].id, formatHash(formats[i]), i});
    const QStringList columns = {QStringLiteral("instance_id"), QStringLiteral("valid_from"),
                                 QStringLiteral("content_hash"), QStringLiteral("format_id"), QStringLiteral("name"),
                                 QStringLiteral("definition")};
    return version(QStringLiteral("format_versions"), QStringLiteral("format_id"), keys, [&](const QList<int> &rows) {
        return insertRows(QStringLiteral("format_versions"), columns, rows, 1, [&](Binder &bind, int i) {
            const CustomFormat &f = formats[i];
            bind(m_instanceId);
            bind(m_snapshotId);
            bind(formatHash(f));
            bind(f.id);
            bind(textValue(f.name));
            bind(blobValue(f.definition));
        });
    });
}

Status SaveJob::saveFiles(const QList<MediaFile> &files)
{
    QElapsedTimer timer;
    timer.start();
    QList<Key> keys;
    keys.reserve(files.size());
    QList<qint64> hashes(files.size());
    for (int i = 0; i < files.size(); ++i) {
        if (i % kCancelCheckRows == 0 && cancelled(m_cancel))
            return cancelledError();
        hashes[i] = fileHash(files[i]);
        keys.append({files[i].fileId, hashes[i], i});
    }
    qCDebug(lcDb) << "hashed" << files.size() << "files in" << timer.elapsed() << "ms";
    const QStringList columns = QStringList{QStringLiteral("instance_id"), QStringLiteral("valid_from"),
                                            QStringLiteral("content_hash")}
        + fileColumns();
    return version(QStringLiteral("file_versions"), QStringLiteral("file_id"), keys, [&](const QList<int> &rows) {
        return insertRows(QStringLiteral("file_versions"), columns, rows, kFileRowsPerInsert,
                          [&](Binder &bind, int i) {
                              bind(m_instanceId);
                              bind(m_snapshotId);
                              bind(hashes[i]);
                              bindFile(bind, files[i]);
                          });
    });
}

} // namespace

SnapshotStore::SnapshotStore(Database &db) : m_db(db) {}

Result<qint64> SnapshotStore::save(const LibrarySnapshot &snapshot, const std::atomic_bool *cancel)
{
    if (snapshot.instance.name.trimmed().isEmpty())
        return Error{ErrorKind::Storage, tr("A snapshot without an instance name cannot be stored.")};
    const Status begun = m_db.beginWrite();
    if (!begun)
        return begun.error();
    Result<qint64> id = SaveJob(m_db, cancel).run(snapshot);
    if (!id) {
        m_db.rollback();
        return id;
    }
    const Status committed = m_db.commit();
    if (!committed)
        return committed.error();
    qCDebug(lcDb) << "stored snapshot" << *id << "of" << snapshot.instance.name << "with" << snapshot.files.size()
                  << "files";
    return id;
}

Result<std::optional<LibrarySnapshot>> SnapshotStore::latest(const QString &instanceName)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT MAX(s.id) FROM snapshots s JOIN instances i ON i.id = s.instance_id "
                             "WHERE i.name = ? AND s.complete = 1"));
    q.addBindValue(instanceName);
    if (!q.exec() || !q.next())
        return m_db.failure(tr("Cannot read the history of %1 from the database %2.").arg(instanceName, m_db.displayLocation()),
                            q.lastError());
    if (q.value(0).isNull())
        return std::optional<LibrarySnapshot>();
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    Result<LibrarySnapshot> snapshot = load(id);
    if (!snapshot)
        return snapshot.error();
    return std::optional<LibrarySnapshot>(std::move(snapshot).value());
}

Result<LibrarySnapshot> SnapshotStore::load(qint64 snapshotId)
{
    const QString cannot = tr("Cannot read snapshot %1 from the database %2.").arg(snapshotId).arg(m_db.displayLocation());
    LibrarySnapshot s;
    qint64 instanceId = 0;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT s.instance_id, i.name, i.type, s.url, s.started_at, s.finished_at, s.app_name, "
                             "s.version, s.strategy, s.scores_available, s.request_count, s.warnings "
                             "FROM snapshots s JOIN instances i ON i.id = s.instance_id "
                             "WHERE s.id = ? AND s.complete = 1"));
    q.addBindValue(snapshotId);
    if (!q.exec())
        return m_db.failure(cannot, q.lastError());
    if (!q.next())
        return Error{ErrorKind::NotFound, tr("There is no snapshot %1 in the database %2.").arg(snapshotId).arg(m_db.displayLocation())};
    s.id = snapshotId;
    instanceId = q.value(0).toLongLong();
    s.instance.name = q.value(1).toString();
    s.instance.type = instanceTypeFromName(q.value(2).toString()).value_or(InstanceType::Radarr);
    s.instance.url = q.value(3).toString();
    s.startedAt = readTime(q.value(4));
    s.finishedAt = readTime(q.value(5));
    s.instance.appName = readText(q.value(6));
    s.instance.version = readText(q.value(7));
    s.strategy = readText(q.value(8));
    s.scoresAvailable = q.value(9).toInt() != 0;
    s.requestCount = q.value(10).toInt();
    for (const QJsonValue &w : parseArray(q.value(11).toString()))
        s.warnings << jsonElementText(w);
    q.finish();

    const auto bindMembership = [&](QSqlQuery &query) {
        query.addBindValue(instanceId);
        query.addBindValue(snapshotId);
        query.addBindValue(snapshotId);
    };
    q.prepare(QStringLiteral("SELECT profile_id, name, upgrade_allowed, cutoff, min_format_score, cutoff_format_score, "
                             "min_upgrade_format_score, format_items, qualities, definition FROM profile_versions "
                             "WHERE %1 ORDER BY profile_id, id").arg(kMembership));
    bindMembership(q);
    if (!q.exec())
        return m_db.failure(cannot, q.lastError());
    while (q.next()) {
        QualityProfile p;
        p.id = q.value(0).toInt();
        p.name = readText(q.value(1));
        p.upgradeAllowed = q.value(2).toInt() != 0;
        p.cutoff = q.value(3).toInt();
        p.minFormatScore = q.value(4).toInt();
        p.cutoffFormatScore = q.value(5).toInt();
        if (!q.value(6).isNull())
            p.minUpgradeFormatScore = q.value(6).toInt();
        for (const QJsonValue &v : parseArray(q.value(7).toString())) {
            const QJsonArray a = v.toArray();
            p.formatItems.append({a.at(0).toInt(), jsonElementText(a.at(1)), a.at(2).toInt()});
        }
        for (const QJsonValue &v : parseArray(q.value(8).toString())) {
            const QJsonArray a = v.toArray();
            p.qualities.append({a.at(0).toInt(), jsonElementText(a.at(1)), a.at(2).toInt(), a.at(3).toInt() != 0,
                                a.at(4).toInt(), jsonElementText(a.at(5))});
        }
        p.definition = q.value(9).isNull() ? QByteArray() : q.value(9).toByteArray();
        s.profiles.append(p);
    }
    q.finish();

    q.prepare(QStringLiteral("SELECT format_id, name, definition FROM format_versions WHERE %1 ORDER BY format_id, id")
                  .arg(kMembership));
    bindMembership(q);
    if (!q.exec())
        return m_db.failure(cannot, q.lastError());
    while (q.next())
        s.formats.append({q.value(0).toInt(), readText(q.value(1)),
                          q.value(2).isNull() ? QByteArray() : q.value(2).toByteArray()});
    q.finish();

    q.prepare(QStringLiteral("SELECT %1 FROM file_versions WHERE %2")
                  .arg(fileColumns().join(QLatin1Char(',')), kMembership));
    bindMembership(q);
    if (!q.exec())
        return m_db.failure(cannot, q.lastError());
    ListDecoder lists;
    while (q.next())
        s.files.append(readFile(q, lists));
    q.finish();
    std::sort(s.files.begin(), s.files.end(), fileLess);
    return s;
}

Result<QList<SnapshotInfo>> SnapshotStore::list(const QString &instanceName)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT s.id, i.name, i.type, s.version, s.started_at, s.finished_at, s.file_count, "
                             "s.request_count, s.warnings, s.strategy "
                             "FROM snapshots s JOIN instances i ON i.id = s.instance_id WHERE s.complete = 1")
              + (instanceName.isEmpty() ? QString() : QStringLiteral(" AND i.name = ?"))
              + QStringLiteral(" ORDER BY s.id"));
    if (!instanceName.isEmpty())
        q.addBindValue(instanceName);
    if (!q.exec())
        return m_db.failure(tr("Cannot read the list of snapshots from the database %1.").arg(m_db.displayLocation()),
                            q.lastError());
    QList<SnapshotInfo> infos;
    while (q.next()) {
        SnapshotInfo info;
        info.id = q.value(0).toLongLong();
        info.instanceName = q.value(1).toString();
        info.type = instanceTypeFromName(q.value(2).toString()).value_or(InstanceType::Radarr);
        info.version = readText(q.value(3));
        info.startedAt = readTime(q.value(4));
        info.finishedAt = readTime(q.value(5));
        info.fileCount = q.value(6).toInt();
        info.requestCount = q.value(7).toInt();
        info.warningCount = int(parseArray(q.value(8).toString()).size());
        info.strategy = readText(q.value(9));
        infos.append(info);
    }
    return infos;
}

Result<QStringList> SnapshotStore::instanceNames()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT name FROM instances")))
        return m_db.failure(tr("Cannot read the instances from the database %1.").arg(m_db.displayLocation()),
                            q.lastError());
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    // The same order on every backend (SQL collations differ).
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        const int c = a.compare(b, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a < b;
    });
    return names;
}

QString SnapshotStore::redactUrl(const QString &url)
{
    QUrl u(url);
    if (url.isEmpty() || !u.isValid())
        return redactText(url);
    u.setUserInfo({});
    QUrlQuery query(u);
    const QList<QPair<QString, QString>> items = query.queryItems();
    for (const auto &item : items) {
        const QString key = item.first.toLower();
        if (key == QLatin1String("apikey") || key == QLatin1String("api_key") || key == QLatin1String("x-api-key"))
            query.removeAllQueryItems(item.first);
    }
    if (query.isEmpty())
        u.setQuery(QString());
    else
        u.setQuery(query);
    return u.toString();
}

QString SnapshotStore::redactText(const QString &text)
{
    static const QRegularExpression userInfo(QStringLiteral("([a-zA-Z][a-zA-Z0-9+.-]*://)[^/@\\s]+@"));
    static const QRegularExpression keys(QStringLiteral("((?:apikey|api_key|x-api-key)\\s*[=:]\\s*)[^&\\s\"']+|"
                                                        "(bearer\\s+)[^\\s\"']+"),
                                         QRegularExpression::CaseInsensitiveOption);
    QString out = text;
    out.replace(userInfo, QStringLiteral("\\1"));
    out.replace(keys, QStringLiteral("\\1\\2<redacted>"));
    return out;
}

} // namespace arrscore
