#pragma once

#include "audit/instancecomparison.h"
#include "models/variantrows.h"

#include <QCoreApplication>
#include <QStringList>

namespace arrscore {

// The Compare view's tables for two instances of one kind (a Comparison of exactly two), as rows with
// column titles that name the instances: the shared items side by side with the score difference, the
// items only one of them has, and the formats their same-named profiles score differently.
class CompareRows
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::CompareRows)
public:
    // title, left_quality, left_score, right_quality, right_score, difference (right − left; null when a
    // score is unknown), left_profile, right_profile, left_file, right_file.
    static VariantRows shared(const Comparison &comparison);
    static QStringList sharedColumns();
    static QStringList sharedTitles(const QString &left, const QString &right);
    // title, only_in, quality, score, profile, file.
    static VariantRows onlyIn(const Comparison &comparison);
    static QStringList onlyInColumns();
    static QStringList onlyInTitles();
    // profile, format, left_score, right_score, difference (right − left; a format a profile does not list
    // counts as 0 there, its cell stays empty).
    static VariantRows drift(const Comparison &comparison);
    static QStringList driftColumns();
    static QStringList driftTitles(const QString &left, const QString &right);
};

} // namespace arrscore
