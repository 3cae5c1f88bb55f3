#pragma once

// Draws a realistic library from the catalog with a seeded generator: qualities that fit the
// profile, custom formats consistent with quality, release group and media info.

#include "simcatalog.h"

#include <QRandomGenerator>

namespace arrscore {

class SimGenerator
{
public:
    SimGenerator(const SimCatalog &catalog, quint64 seed);

    SimMovie movie(int id, int index);
    QList<SimSeries> series(int count, const QList<int> &filesPerSeries, int &nextFileId);

    // A file for a movie (ownerId = movie id) or an episode file. qualityId < 0 lets the
    // generator pick one that fits the profile.
    SimFile movieFile(const SimMovie &movie, int fileId, int qualityId = -1);
    // A release an indexer offers, made like a file (quality, group, formats, size) but always with a scene
    // name, which is its title. baseName is "Title (Year)" or "Title - S01E02"; sizeScale as for files.
    SimFile release(const QString &baseName, int qualityId, qint64 sizeScale);
    // Another release of the same episode file (same id, episodes and place), in a quality of this profile.
    SimFile restyledEpisodeFile(const SimFile &file, int profileId);
    int pickQuality(int profileId);
    int pickProfile();
    int bounded(int lowest, int highest); // inclusive

private:
    struct Style
    {
        int qualityId = 0;
        QString group;
        QString service;
    };
    SimFile makeFile(int fileId, const Style &style, const QString &baseName, qint64 sizeScale,
                     bool alwaysSceneName = false);
    Style pickStyle(int qualityId);
    bool chance(int percent);
    template <typename T> const T &pick(const QList<T> &list)
    {
        return list.at(int(m_rng.bounded(quint32(list.size()))));
    }
    void fillSeries(SimSeries &s, int files, int &nextFileId, int &nextEpisodeId);

    const SimCatalog &m_catalog;
    QRandomGenerator m_rng;
    QHash<QString, int> m_cf;
};

} // namespace arrscore
