#include "upgrades/itemcheck.h"

namespace arrscore {

std::optional<qint64> ItemCheck::gain() const
{
    if (!pick || !pick->customFormatScore || !item.currentScore)
        return std::nullopt;
    return qint64(*pick->customFormatScore) - qint64(*item.currentScore);
}

} // namespace arrscore
