#include "simplanter.h"

#include "simlibrary.h"

#include <algorithm>
#include <array>

namespace arrscore {

int SimPlanter::roll(quint64 seed, int id)
{
    // SplitMix64's finaliser over (seed, id).
    quint64 h = (seed << 32) ^ quint64(quint32(id));
    h = (h ^ (h >> 30)) * 0xBF58476D1CE4E5B9ULL;
    h = (h ^ (h >> 27)) * 0x94D049BB133111EBULL;
    return int((h ^ (h >> 31)) % 100);
}

bool SimPlanter::needsFormat(SimPlant kind)
{
    return kind == SimPlant::SameReleaseLoop || kind == SimPlant::GrabImportMismatch
           || kind == SimPlant::ImportCurrentMismatch;
}

int SimPlanter::extraFormat(const SimLibrary &library, const SimFile &file, int profileId)
{
    // The lowest positive score the file lacks: a streaming tag or a repack the release name carried.
    const SimProfile *profile = library.profile(profileId);
    if (!profile)
        return 0;
    int best = 0;
    for (int id = 1; id < profile->formatScores.size(); ++id) {
        const int score = profile->formatScores.at(id);
        if (score > 0 && !file.customFormatIds.contains(id) && (!best || score < profile->formatScores.at(best)))
            best = id;
    }
    return best;
}

SimPlant SimPlanter::rolled(int roll)
{
    struct Share
    {
        int below;
        SimPlant kind;
    };
    static constexpr std::array<Share, 8> shares{{{3, SimPlant::SameReleaseLoop},
                                                  {5, SimPlant::RepeatedGrabLoop},
                                                  {8, SimPlant::GrabImportMismatch},
                                                  {11, SimPlant::ImportCurrentMismatch},
                                                  {14, SimPlant::ScoreMismatch},
                                                  {17, SimPlant::RepeatedFailure},
                                                  {27, SimPlant::OrdinaryUpgrade},
                                                  {45, SimPlant::OrdinaryDownload}}};
    const auto it = std::find_if(shares.cbegin(), shares.cend(), [roll](const Share &s) { return roll < s.below; });
    return it == shares.cend() ? SimPlant::None : it->kind;
}

QHash<int, SimPlantInfo> SimPlanter::plan(const SimLibrary &library)
{
    QList<QPair<const SimFile *, int>> eligible; // file, profile
    if (library.isRadarr()) {
        for (const SimMovie &m : library.movies()) {
            if (m.file)
                eligible.append({&*m.file, m.qualityProfileId});
        }
    } else {
        for (const SimSeries &s : library.series()) {
            QHash<int, int> episodes;
            for (const SimEpisode &e : s.episodes)
                ++episodes[e.episodeFileId];
            for (const SimFile &f : s.files) {
                if (episodes.value(f.id) == 1)
                    eligible.append({&f, s.qualityProfileId});
            }
        }
    }
    QList<SimPlant> pending{SimPlant::SameReleaseLoop, SimPlant::GrabImportMismatch, SimPlant::ImportCurrentMismatch,
                            SimPlant::ScoreMismatch,   SimPlant::RepeatedFailure,    SimPlant::RepeatedGrabLoop};
    const quint64 seed = library.config().seed;
    QHash<int, SimPlantInfo> out;
    for (const auto &[file, profileId] : eligible) {
        const int r = roll(seed, file->id);
        const int extra = extraFormat(library, *file, profileId);
        SimPlantInfo info;
        const auto next =
            std::find_if(pending.begin(), pending.end(), [extra](SimPlant k) { return extra || !needsFormat(k); });
        if (next != pending.end()) {
            info.kind = *next;
            pending.erase(next);
        } else {
            info.kind = rolled(r);
            if (needsFormat(info.kind) && !extra)
                info.kind = SimPlant::OrdinaryDownload;
        }
        if (needsFormat(info.kind))
            info.formatId = extra;
        if (info.kind == SimPlant::ScoreMismatch)
            info.skew = (r % 2 ? 1 : -1) * (10 + 5 * (r % 9));
        if (info.kind != SimPlant::None)
            out.insert(file->id, info);
    }
    return out;
}

} // namespace arrscore
