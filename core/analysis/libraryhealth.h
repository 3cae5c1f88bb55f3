#pragma once

#include "base/model.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace arrscore {

// One change that would raise the health figure, with how many checks it would pass.
struct HealthImprovement
{
    enum class Kind {
        AddFormat,      // files of the instance gain a positive format their profile scores
        RemoveFormat,   // files lose a format their profile scores below 0
        UpgradeQuality, // files of a profile reach its cutoff quality
    };
    Kind kind = Kind::AddFormat;
    QString instance;
    int formatId = 0; // AddFormat / RemoveFormat
    QString formatName;
    int profileId = 0; // UpgradeQuality
    QString profileName;
    int files = 0;   // checks this change would turn from failed to passed
    double gain = 0; // health points: 100 × files / checks
};

struct HealthReport
{
    int health = 100; // 0..100, round(100 × passed / checks); 100 when there is nothing to check
    int checks = 0;
    int passed = 0;
    int files = 0;                         // files judged: in a known profile that allows upgrades
    QList<HealthImprovement> improvements; // the three largest gains, largest first
};

// One 0–100 figure for the whole library and the changes that would raise it most (docs/ANALYSIS.md).
// Each judged file has a quality check and, when its score is known, a score check.
class LibraryHealth
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::LibraryHealth)

public:
    static HealthReport compute(const QList<const LibrarySnapshot *> &snapshots, int improvementCount = 3);
    static QString describe(const HealthImprovement &improvement); // in words
    static QString kindName(HealthImprovement::Kind kind);         // "add_format", ...
};

} // namespace arrscore
