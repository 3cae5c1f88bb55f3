#pragma once

// Renders library resources into the exact JSON shapes of Radarr v3–v6 and Sonarr v3/v4
// (field order, omitted nulls, version-dependent fields).

#include "simjsonwriter.h"
#include "simlibrary.h"

namespace arrscore {

class SimRenderer
{
public:
    // Which score-related fields a movie file carries; it depends on version and endpoint.
    struct FileShape
    {
        bool customFormats = true;  // the customFormats array
        bool scoreField = true;     // the customFormatScore field
        bool fakeZeroScore = false; // the field is there but not computed (always 0)
    };

    explicit SimRenderer(const SimLibrary &library);

    QByteArray movies(bool excludeLocalCovers) const;
    QByteArray movie(const SimMovie &movie, bool excludeLocalCovers) const;
    QByteArray movieFiles(const QList<const SimMovie *> &movies, const FileShape &shape) const;
    QByteArray seriesList() const;
    QByteArray series(const SimSeries &series) const;
    QByteArray episodes(const SimSeries &series) const;
    QByteArray episodeFiles(const SimSeries &series) const;
    QByteArray profiles() const;
    QByteArray customFormats() const;
    QByteArray status(const QString &urlBase) const;

    // Pieces other resources (releases, history) share with files.
    void writeFileQuality(SimJsonWriter &w, const SimFile &f) const;
    void writeFormats(SimJsonWriter &w, const QList<int> &ids) const;
    void writeLanguages(SimJsonWriter &w, const QList<SimLanguage> &languages) const;

private:
    void writeMovie(SimJsonWriter &w, const SimMovie &m, bool excludeLocalCovers) const;
    void writeMovieFile(SimJsonWriter &w, const SimMovie &m, const SimFile &f, const FileShape &shape,
                        bool embedded) const;
    void writeSeries(SimJsonWriter &w, const SimSeries &s) const;
    void writeEpisodeFile(SimJsonWriter &w, const SimSeries &s, const SimFile &f) const;
    void writeQuality(SimJsonWriter &w, int qualityId) const;
    void writeLanguage(SimJsonWriter &w, const SimLanguage &l) const;
    static void writeFileOnDisk(SimJsonWriter &w, const SimFile &f);
    void writeMediaInfo(SimJsonWriter &w, const SimMediaInfo &mi) const;
    void writeProfile(SimJsonWriter &w, const SimProfile &p) const;

    const SimLibrary &m_library;
};

} // namespace arrscore
