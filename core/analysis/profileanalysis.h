#pragma once

#include "base/model.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace arrscore {

// One profile of one instance: how its files score against its own cutoff.
struct ProfileSummary
{
    QString instance;
    int profileId = 0;
    QString name;
    bool upgradeAllowed = false;
    int cutoffFormatScore = 0;
    int minFormatScore = 0;
    QString cutoffQuality;
    qint64 scale = 1; // ProfileFacts::scale
    int files = 0;
    int scoredFiles = 0;                        // files with a known score
    std::optional<double> meanScore;            // of the scored files; null when there are none
    std::optional<double> medianScore;          // the mean of the two middle scores for an even count
    std::optional<double> shareAtOrAboveCutoff; // of the scored files, 0..1
    int candidates = 0;                         // files below a cutoff; 0 when upgrades are not allowed
    int capped = 0;                             // files below a cutoff in a profile without upgrades
    QList<int> distribution;                    // scored files per bucket of ProfileAnalysis::bucketLabels()
};

// Profile summaries with a distribution relative to each profile's cutoff, in its own scale.
class ProfileAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::ProfileAnalysis)

public:
    // Every profile of each snapshot, files or not; by instance, then profile id.
    static QList<ProfileSummary> summaries(const QList<const LibrarySnapshot *> &snapshots);
    // Six buckets of (score − cutoff) / scale: < −1, [−1, −½), [−½, 0), [0, ½), [½, 1), ≥ 1.
    static int bucketOf(int score, int cutoff, qint64 scale);
    static QStringList bucketLabels();
    static constexpr int bucketCount = 6;
};

} // namespace arrscore
