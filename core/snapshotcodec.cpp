#include "snapshotcodec.h"

#include <QJsonDocument>

#include <cstring>
#include <limits>

namespace arrscore::snapshotcodec {

namespace {

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
QString jsonIntsImpl(const QList<Int> &values)
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

QString jsonFormatRefsImpl(const QList<FormatRef> &formats)
{
    QString out = QStringLiteral("[");
    for (qsizetype i = 0; i < formats.size(); ++i) {
        out += (i ? QLatin1String(",[") : QLatin1String("[")) + QString::number(formats[i].id) + QLatin1Char(',');
        appendJson(out, formats[i].name);
        out += QLatin1Char(']');
    }
    return out + QLatin1Char(']');
}

char16_t codeUnit(QChar c)
{
    return c.unicode();
}

char16_t codeUnit(char c)
{
    return char16_t(uchar(c));
}

template <typename Int, typename Text>
QList<Int> parseInts(const Text &text)
{
    QList<Int> values;
    qint64 current = 0;
    bool inNumber = false;
    bool negative = false;
    for (const auto c : text) {
        const char16_t u = codeUnit(c);
        if (u >= u'0' && u <= u'9') {
            current = current * 10 + (u - u'0');
            inNumber = true;
        } else if (u == u'-') {
            negative = true;
        } else if (inNumber) {
            values.append(Int(negative ? -current : current));
            current = 0;
            inNumber = negative = false;
        }
    }
    return values;
}

// Content hashes: a canonical serialisation, hashed 8 bytes at a time. Stored, so stable.
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

} // namespace

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

QString jsonElementText(const QJsonValue &v)
{
    return v.isNull() ? QString() : readText(v.toString());
}

QJsonArray parseArray(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

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

namespace {

struct QueryRow
{
    const QSqlQuery &q;
    bool isNull(int c) const { return q.value(c).isNull(); }
    qint64 int64(int c) const { return q.value(c).toLongLong(); }
    double real(int c) const { return q.value(c).toDouble(); }
    QString text(int c) const { return readText(q.value(c)); }
    QString raw(int c) const { return q.value(c).toString(); }
};

} // namespace

QString jsonInts(const QList<int> &values)
{
    return jsonIntsImpl(values);
}

QString jsonInts(const QList<qint64> &values)
{
    return jsonIntsImpl(values);
}

QString jsonFormatRefs(const QList<FormatRef> &formats)
{
    return jsonFormatRefsImpl(formats);
}

QList<int> parseIntList(const QString &text)
{
    return parseInts<int>(text);
}

QList<qint64> parseInt64List(const QString &text)
{
    return parseInts<qint64>(text);
}

QList<int> parseIntList(QByteArrayView utf8)
{
    return parseInts<int>(utf8);
}

QList<qint64> parseInt64List(QByteArrayView utf8)
{
    return parseInts<qint64>(utf8);
}

MediaFile readFile(const QSqlQuery &q, ListDecoder &lists)
{
    return readFileColumns(QueryRow{q}, lists);
}

} // namespace arrscore::snapshotcodec
