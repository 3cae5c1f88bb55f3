#pragma once

#include <QtGlobal>

#include <algorithm>
#include <cmath>

namespace arrscore::test {

// WCAG 2.x contrast ratio of two sRGB colours (0xRRGGBB): 1 to 21; AA asks 4.5 for text, 3 for large text.
inline double relativeLuminance(quint32 rgb)
{
    const auto channel = [](quint32 c) {
        const double s = double(c & 0xff) / 255.0;
        return s <= 0.04045 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
}

inline double contrastRatio(quint32 a, quint32 b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace arrscore::test
