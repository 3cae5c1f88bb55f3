#include "checkprogresspanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

namespace arrscore {

CheckProgressPanel::CheckProgressPanel(QWidget *parent)
    : QFrame(parent), m_label(new QLabel(this)), m_bar(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("checkProgress"));
    setFrameShape(QFrame::StyledPanel);
    m_label->setObjectName(QStringLiteral("checkProgressText"));
    m_label->setTextFormat(Qt::PlainText); // titles come from the servers
    m_bar->setObjectName(QStringLiteral("checkProgressBar"));
    m_bar->setAccessibleName(tr("Release lookups done"));
    m_bar->setMaximumWidth(220);
    m_cancel->setObjectName(QStringLiteral("checkCancelButton"));
    m_cancel->setAccessibleName(tr("Cancel the release lookups"));
    m_cancel->setToolTip(tr("Stops the lookup in flight; the items checked so far keep their results"));
    connect(m_cancel, &QPushButton::clicked, this, &CheckProgressPanel::cancelRequested);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    hide();
}

void CheckProgressPanel::start(int total)
{
    m_done = 0;
    m_total = total;
    m_current.clear();
    m_cancel->setEnabled(true);
    updateText();
    show();
}

void CheckProgressPanel::setCurrent(const QString &instance, const QString &description)
{
    m_current = tr("%1 on %2").arg(description, instance);
    updateText();
}

void CheckProgressPanel::setProgress(int done, int total)
{
    m_done = done;
    m_total = total;
    updateText();
}

void CheckProgressPanel::finish()
{
    hide();
}

QString CheckProgressPanel::text() const
{
    return m_label->text();
}

void CheckProgressPanel::updateText()
{
    m_bar->setRange(0, std::max(1, m_total));
    m_bar->setValue(m_done);
    const QLocale locale;
    // Each lookup waits on every indexer of the server: tens of seconds are normal.
    QString text = tr("Checking for better releases: %1 of %2 lookups done")
                       .arg(locale.toString(m_done), locale.toString(m_total));
    if (!m_current.isEmpty() && m_done < m_total)
        text += QStringLiteral(" — ") + tr("now %1 (10–120 s each)").arg(m_current);
    m_label->setText(text);
}

} // namespace arrscore
