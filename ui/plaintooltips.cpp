#include "plaintooltips.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QTextDocument>
#include <QToolTip>

namespace arrscore {

PlainToolTips::PlainToolTips(QAbstractItemView *view) : QObject(view), m_view(view) {}

void PlainToolTips::install(QAbstractItemView *view)
{
    view->viewport()->installEventFilter(new PlainToolTips(view));
}

void PlainToolTips::showText(const QPoint &pos, const QString &text, QWidget *widget, const QRect &rect)
{
    if (text.isEmpty()) {
        QToolTip::hideText();
        return;
    }
    // Escaped into rich text of our own, which QToolTip then shows as the characters they were.
    QToolTip::showText(pos, Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal), widget, rect);
}

bool PlainToolTips::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ToolTip || watched != m_view->viewport())
        return QObject::eventFilter(watched, event);
    const auto *help = static_cast<QHelpEvent *>(event);
    const QModelIndex index = m_view->indexAt(help->pos());
    const QString text = index.data(Qt::ToolTipRole).toString();
    if (text.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    showText(help->globalPos(), text, m_view->viewport(), m_view->visualRect(index));
    return true;
}

} // namespace arrscore
