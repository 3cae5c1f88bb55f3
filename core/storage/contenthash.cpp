#include "storage/contenthash.h"

#include "storage/listjson.h"

#include <cstring>
#include <limits>

namespace arrscore::storage {

namespace {

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

} // namespace arrscore::storage
