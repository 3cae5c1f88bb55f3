#include "models/filerowmodel.h"

#include "models/modelroles.h"

#include <QLocale>

namespace arrscore {

QVariant FileRowModel::scoreCellData(const FileRow &row, int role)
{
    // As ProfileFacts::scoreBelow judges it: an unknown score is never below.
    const std::optional<int> &score = row.file->customFormatScore;
    const bool below = row.profile && score && *score < row.profile->cutoffFormatScore;
    if (role == ModelRole::BelowCutoff)
        return below;
    if (!below || (role != Qt::AccessibleTextRole && role != Qt::ToolTipRole))
        return {};
    const QLocale locale;
    const int cutoff = row.profile->cutoffFormatScore;
    if (role == Qt::AccessibleTextRole)
        return tr("%1, below the cutoff score %2").arg(locale.toString(*score), locale.toString(cutoff));
    return tr("%Ln points below the cutoff score %1", nullptr, cutoff - *score).arg(locale.toString(cutoff));
}

} // namespace arrscore
