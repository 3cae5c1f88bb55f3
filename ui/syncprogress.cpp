#include "syncprogress.h"

#include "sync/syncsession.h"

#include <QHBoxLayout>
#include <QProgressBar>
#include <QToolButton>

namespace arrscore {

SyncProgress::SyncProgress(QWidget *parent) : QWidget(parent), m_cancel(new QToolButton(this))
{
    setObjectName(QStringLiteral("syncProgress"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_cancel->setObjectName(QStringLiteral("cancelSyncButton"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the sync; what was stored before stays (Esc)"));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(m_cancel, &QToolButton::clicked, this, &SyncProgress::cancelRequested);
    layout->addWidget(m_cancel);
    hide();
}

void SyncProgress::clear()
{
    hide();
    qDeleteAll(m_bars);
    m_bars.clear();
}

void SyncProgress::follow(SyncSession *session)
{
    clear();
    for (const SyncSession::Outcome &o : session->outcomes()) {
        auto *bar = new QProgressBar(this);
        bar->setObjectName(QStringLiteral("syncProgress_%1").arg(o.name));
        bar->setRange(0, 1000);
        bar->setValue(0);
        bar->setFormat(tr("%1: connecting").arg(o.name));
        bar->setTextVisible(true);
        bar->setFixedWidth(200);
        qobject_cast<QHBoxLayout *>(layout())->insertWidget(int(m_bars.size()), bar); // before Cancel
        m_bars << bar;
    }
    connect(session, &SyncSession::progress, this, [this, session](int index, qint64 done, qint64 total) {
        if (QProgressBar *bar = m_bars.value(index)) {
            bar->setValue(total > 0 ? int(1000 * done / total) : 0);
            bar->setFormat(QStringLiteral("%1: %p%").arg(session->outcomes().at(index).name));
        }
    });
    connect(session, &SyncSession::storing, this, [this, session](int index) {
        if (QProgressBar *bar = m_bars.value(index))
            bar->setFormat(tr("%1: storing").arg(session->outcomes().at(index).name));
    });
    connect(session, &SyncSession::instanceFinished, this, [this, session](int index) {
        const SyncSession::Outcome &o = session->outcomes().at(index);
        if (QProgressBar *bar = m_bars.value(index)) {
            bar->setValue(1000);
            bar->setFormat(o.error.isError() ? tr("%1: failed").arg(o.name) : tr("%1: done").arg(o.name));
        }
    });
    show();
}

} // namespace arrscore
