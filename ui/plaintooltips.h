#pragma once

#include <QObject>
#include <QPoint>
#include <QRect>
#include <QString>

class QAbstractItemView;
class QWidget;

namespace arrscore {

// Shows tooltips as plain text: an item view's, or any shown by hand. QToolTip renders any text that looks
// like markup as rich text, and tooltips here repeat titles, paths, format names and errors from a server;
// this escapes them, keeping their line breaks.
class PlainToolTips : public QObject
{
    Q_OBJECT

public:
    // Installs itself on the view's viewport, as a child of the view.
    static void install(QAbstractItemView *view);
    // QToolTip::showText() for text that is not markup (a chart's bar or point naming a server's format,
    // quality or release group); an empty text hides the tooltip.
    static void showText(const QPoint &pos, const QString &text, QWidget *widget, const QRect &rect = {});

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit PlainToolTips(QAbstractItemView *view);

    QAbstractItemView *m_view;
};

} // namespace arrscore
