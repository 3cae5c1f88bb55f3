#include "errorpanel.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QTextDocument>
#include <QToolButton>

namespace arrscore {

ErrorPanel::ErrorPanel(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("errorPanel"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    tint();
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(24, 24));
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setObjectName(QStringLiteral("errorText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_close->setObjectName(QStringLiteral("dismissErrorsButton"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss the problems"));
    connect(m_close, &QToolButton::clicked, this, &ErrorPanel::dismiss);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    hide();
}

void ErrorPanel::tint()
{
    // A tint of the application palette's own colours, so it reads in light and dark themes alike.
    QPalette p = QApplication::palette(this);
    const QColor base = p.color(QPalette::Window);
    const QColor warn(0xdc, 0x26, 0x26);
    p.setColor(QPalette::Window, QColor((base.red() * 5 + warn.red()) / 6, (base.green() * 5 + warn.green()) / 6,
                                        (base.blue() * 5 + warn.blue()) / 6));
    m_tinting = true;
    setPalette(p);
    m_tinting = false;
}

void ErrorPanel::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_tinting)
        tint(); // the theme changed
}

void ErrorPanel::showProblems(const QString &title, const QStringList &messages)
{
    QString html = QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped());
    if (!messages.isEmpty()) {
        html += QStringLiteral("<ul style=\"margin-left:-20px; margin-top:2px; margin-bottom:0\">");
        for (const QString &m : messages)
            html += QStringLiteral("<li>%1</li>").arg(m.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    m_text->setText(html);
    show();
}

void ErrorPanel::dismiss()
{
    hide();
    m_text->clear();
}

QString ErrorPanel::text() const
{
    QTextDocument doc;
    doc.setHtml(m_text->text());
    return doc.toPlainText();
}

} // namespace arrscore
