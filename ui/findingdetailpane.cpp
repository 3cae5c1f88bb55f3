#include "findingdetailpane.h"

#include "audit/finding.h"

#include <QLabel>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace arrscore {

namespace {

QString htmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// What else the server kept of an event, in words: where it came from and why.
QString eventDetails(const ServerEvent &e)
{
    QStringList parts;
    if (!e.indexer.isEmpty())
        parts << FindingDetailPane::tr("indexer %1").arg(e.indexer);
    if (!e.releaseGroup.isEmpty())
        parts << FindingDetailPane::tr("group %1").arg(e.releaseGroup);
    if (e.sizeBytes > 0)
        parts << QLocale().formattedDataSize(e.sizeBytes, 1);
    if (!e.reason.isEmpty())
        parts << FindingDetailPane::tr("reason: %1").arg(e.reason);
    if (!e.message.isEmpty())
        parts << e.message;
    if (e.fileId > 0)
        parts << FindingDetailPane::tr("file %1").arg(e.fileId);
    return parts.join(QStringLiteral(" · "));
}

} // namespace

FindingDetailPane::FindingDetailPane(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_body(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("findingDetailPane"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText); // titles come from servers
    m_body->setObjectName(QStringLiteral("findingText"));
    m_body->setOpenLinks(false);
    m_body->setFrameShape(QFrame::NoFrame);
    m_body->setAccessibleName(tr("The selected finding and its item's history"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_title);
    layout->addWidget(m_body, 1);
    clear();
}

void FindingDetailPane::clear()
{
    m_title->setText(tr("No finding selected"));
    m_body->setHtml(
        QStringLiteral("<p>%1</p>")
            .arg(htmlEscaped(tr("Select a finding to read what happened and the item's history on its server, "
                                "step by step, with the score the server gave at each step."))));
}

void FindingDetailPane::showFinding(const Finding &finding)
{
    const QLocale locale;
    m_title->setText(finding.title);
    QString html = QStringLiteral("<p><b>%1</b> · %2<br><i>%3</i></p>")
                       .arg(htmlEscaped(Finding::kindTitle(finding.kind)), htmlEscaped(finding.instance),
                            htmlEscaped(Finding::kindDescription(finding.kind)));
    html += QStringLiteral("<p>%1</p>").arg(htmlEscaped(finding.explanation));
    html += QStringLiteral("<h3>%1</h3>").arg(htmlEscaped(tr("Timeline")));
    if (finding.events.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(htmlEscaped(tr("The server's history holds no event of this item.")));
    // One block per event rather than a table: release names are long and the pane is narrow.
    for (const ServerEvent &e : finding.events) {
        const QString score = e.score ? tr("score %1").arg(locale.toString(*e.score)) : tr("score not kept");
        const QString details = eventDetails(e);
        html +=
            QStringLiteral("<p><b>%1</b> · %2<br>%3 · %4<br>%5%6</p>")
                .arg(htmlEscaped(serverEventTypeTitle(e.type)),
                     htmlEscaped(locale.toString(e.date.toLocalTime(), QLocale::ShortFormat)), htmlEscaped(score),
                     htmlEscaped(e.quality), htmlEscaped(e.sourceTitle),
                     details.isEmpty() ? QString() : QStringLiteral("<br><small>%1</small>").arg(htmlEscaped(details)));
    }
    m_body->setHtml(html);
}

QString FindingDetailPane::text() const
{
    return m_title->text() + QLatin1Char('\n') + m_body->toPlainText();
}

} // namespace arrscore
