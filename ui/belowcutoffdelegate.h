#pragma once

#include <QColor>
#include <QHash>
#include <QIcon>
#include <QPair>
#include <QStyledItemDelegate>

namespace arrscore {

// Marks scores below the cutoff in the tables with a sign, not a colour alone: a downward triangle before the
// number, both in Theme::belowCutoffColour (cells whose ModelRole::BelowCutoff is true). The models give those
// cells their words for screen readers and tool tips.
class BelowCutoffDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The sign in colour, side pixels square, drawn as a shape (no font needs to have the glyph) at that size
    // and twice it, so it is never scaled.
    static QIcon sign(const QColor &colour, int side);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    mutable QHash<QPair<QRgb, int>, QIcon> m_signs; // a table paints many such cells: one per colour and size
};

} // namespace arrscore
