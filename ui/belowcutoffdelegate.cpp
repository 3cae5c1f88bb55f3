#include "belowcutoffdelegate.h"

#include "models/modelroles.h"
#include "theme.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <algorithm>

namespace arrscore {

QIcon BelowCutoffDelegate::sign(const QColor &colour, int side)
{
    QIcon icon;
    for (const int size : {side, 2 * side}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        // A triangle pointing down, as wide as the box and a little less tall, centred.
        const qreal unit = size / 12.0;
        QPainterPath triangle;
        triangle.moveTo(0, 1.5 * unit);
        triangle.lineTo(12 * unit, 1.5 * unit);
        triangle.lineTo(6 * unit, 11 * unit);
        triangle.closeSubpath();
        painter.fillPath(triangle, colour);
        // The same for a selected row: QIcon would otherwise tint it with the highlight and blur it away.
        icon.addPixmap(pixmap, QIcon::Normal);
        icon.addPixmap(pixmap, QIcon::Selected);
    }
    return icon;
}

void BelowCutoffDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(ModelRole::BelowCutoff).toBool())
        return;
    // On a selected row the selection's own text colour: the red would not read on the highlight.
    const bool selected = option->state.testFlag(QStyle::State_Selected);
    const QColor colour =
        selected ? option->palette.color(QPalette::HighlightedText) : Theme::belowCutoffColour(option->palette);
    option->features |= QStyleOptionViewItem::HasDecoration;
    // As tall as a digit, so it reads as a sign of the number rather than a bullet.
    const int side = std::max(8, option->fontMetrics.ascent() * 4 / 5);
    const QPair<QRgb, int> key(colour.rgba(), side);
    auto cached = m_signs.find(key);
    if (cached == m_signs.end())
        cached = m_signs.insert(key, sign(colour, side));
    option->icon = *cached;
    option->decorationSize = QSize(side, side);
    option->decorationPosition = QStyleOptionViewItem::Left;
    option->decorationAlignment = Qt::AlignLeft | Qt::AlignVCenter;
    if (!selected)
        option->palette.setColor(QPalette::Text, colour);
}

} // namespace arrscore
