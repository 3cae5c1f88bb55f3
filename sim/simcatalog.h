#pragma once

// The fixed vocabulary of a simulated server: qualities, TRaSH-Guides-like custom formats and
// quality profiles, languages and titles. The generator draws from it; the renderer looks up in it.

#include "simtypes.h"

#include <QHash>

namespace arrscore {

class SimCatalog
{
public:
    explicit SimCatalog(SimAppType type);

    SimAppType type() const { return m_type; }
    const QList<SimQuality> &qualities() const { return m_qualities; }
    const SimQuality &quality(int id) const;
    int qualityId(const QString &name) const; // -1 when unknown
    // The default profile item ladder (lowest first) with nothing allowed.
    QList<SimProfileItem> itemLadder() const;

    const QList<SimCustomFormat> &customFormats() const { return m_formats; }
    int formatId(const QString &name) const; // -1 when unknown
    QList<SimProfile> defaultProfiles() const;

    static SimLanguage language(int id);
    static QStringList movieTitles();
    static QStringList hostileTitles();
    static QStringList seriesTitles();
    static QStringList hostileSeriesTitles();

private:
    void addQuality(int id, const QString &name, const QString &source, int resolution,
                    const QString &modifier = QString());
    SimProfile makeProfile(int id, const QString &name, const QStringList &allowed, const QString &cutoff,
                           const QHash<QString, int> &scores) const;

    SimAppType m_type;
    QList<SimQuality> m_qualities;
    QHash<int, int> m_qualityIndex;
    QList<SimCustomFormat> m_formats;
};

} // namespace arrscore
