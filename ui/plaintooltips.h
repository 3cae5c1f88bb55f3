#pragma once

#include <QObject>

class QAbstractItemView;

namespace arrscore {

// Shows an item view's tooltips as plain text. QToolTip renders any text that looks like markup as rich
// text, and tooltips here repeat titles, paths, format names and errors from a server; this escapes them,
// keeping their line breaks.
class PlainToolTips : public QObject
{
    Q_OBJECT

public:
    // Installs itself on the view's viewport, as a child of the view.
    static void install(QAbstractItemView *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit PlainToolTips(QAbstractItemView *view);

    QAbstractItemView *m_view;
};

} // namespace arrscore
