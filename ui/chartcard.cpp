#include "chartcard.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace arrscore {

ChartCard::ChartCard(const QString &title, const QString &chartName, QWidget *parent)
    : QFrame(parent), m_header(new QHBoxLayout), m_hint(new QLabel(this)), m_stack(new QStackedWidget(this)),
      m_view(new QChartView(this)), m_message(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);

    auto *titleLabel = new QLabel(title, this);
    QFont bold = titleLabel->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    titleLabel->setFont(bold);
    m_header->addWidget(titleLabel, 1);

    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->hide();

    m_view->setObjectName(chartName);
    m_view->setAccessibleName(title);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMinimumHeight(260);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_message->setMinimumHeight(120);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_message);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addLayout(m_header);
    layout->addWidget(m_hint);
    layout->addWidget(m_stack, 1);
}

// Hints and messages name profiles and formats, which come from the server: plain text, never markup.
void ChartCard::setHint(const QString &text)
{
    m_hint->setText(text);
    m_hint->setVisible(!text.isEmpty());
}

void ChartCard::setChart(QChart *chart)
{
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    // QChartView made a chart of its own at construction and releases, not deletes, a replaced one.
    delete old;
    m_view->setBackgroundBrush(palette().brush(QPalette::Base));
    m_stack->setCurrentWidget(m_view);
}

void ChartCard::showMessage(const QString &text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

QString ChartCard::message() const
{
    return isShowingChart() ? QString() : m_message->text();
}

bool ChartCard::isShowingChart() const
{
    return m_stack->currentWidget() == m_view;
}

bool ChartCard::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QChart *ChartCard::newChart(const QPalette &palette)
{
    auto *chart = new QChart;
    // The theme first: it resets brushes and fonts set before it.
    chart->setTheme(isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundVisible(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->legend()->setLabelColor(palette.color(QPalette::WindowText));
    chart->legend()->setAlignment(Qt::AlignBottom);
    // Axis and bar labels in the formatting locale (the language setting's), as the tables show numbers:
    // "10.000" in German, not "10000". A chart's own default would be the system's.
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    return chart;
}

void ChartCard::styleAxis(QAbstractAxis *axis, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlpha(40);
    axis->setLabelsColor(text);
    axis->setTitleBrush(text);
    axis->setLinePenColor(palette.color(QPalette::Mid));
    axis->setGridLineColor(grid);
}

} // namespace arrscore
