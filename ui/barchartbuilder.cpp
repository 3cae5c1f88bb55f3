#include "barchartbuilder.h"

#include "chartcard.h"
#include "plaintooltips.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QPainter>
#include <QPen>
#include <QPixmap>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace arrscore {

namespace {

QAbstractBarSeries *newSeries(BarChartBuilder::Direction direction, bool stacked)
{
    if (direction == BarChartBuilder::Direction::Vertical)
        return stacked ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries) : new QBarSeries;
    return stacked ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries) : new QHorizontalBarSeries;
}

// Clicks on a bar of set call onClick with patches[index]; hovering shows tips[index].
void connectBars(QBarSet *set, ChartCard *card, const QList<LibraryFilter> &patches, const QStringList &tips,
                 const std::function<void(const LibraryFilter &)> &onClick)
{
    QObject::connect(set, &QBarSet::clicked, card, [patches, onClick](int index) {
        if (index >= 0 && index < patches.size() && !patches.at(index).isEmpty())
            onClick(patches.at(index));
    });
    QChartView *view = card->view();
    QObject::connect(set, &QBarSet::hovered, card, [view, tips](bool status, int index) {
        const bool on = status && index >= 0 && index < tips.size();
        PlainToolTips::showText(QCursor::pos(), on ? tips.at(index) : QString(), view);
        if (on)
            view->setCursor(Qt::PointingHandCursor);
        else
            view->unsetCursor();
    });
}

} // namespace

BarChartBuilder::BarChartBuilder(Direction direction, bool stacked, QPalette palette)
    : m_direction(direction), m_stacked(stacked), m_palette(std::move(palette))
{
}

void BarChartBuilder::addSet(const QString &name, const QColor &colour, Fill fill)
{
    m_sets.append({name, colour, fill, {}});
}

QBrush BarChartBuilder::brush(const QColor &colour, Fill fill)
{
    if (fill == Fill::Solid)
        return colour;
    // One tile of the pattern: lines at 45° or dots, both periodic in the tile so the bars show no seams.
    constexpr int kTile = 8;
    constexpr int kDarker = 170;
    QPixmap tile(kTile, kTile);
    tile.fill(colour);
    QPainter painter(&tile);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor mark = colour.darker(kDarker);
    if (fill == Fill::Hatched) {
        painter.setPen(QPen(mark, 2));
        for (const int offset : {-kTile, 0, kTile})
            painter.drawLine(QPointF(offset, kTile), QPointF(offset + kTile, 0));
    } else {
        painter.setPen(Qt::NoPen);
        painter.setBrush(mark);
        painter.drawEllipse(QPointF(2, 2), 1.3, 1.3);
        painter.drawEllipse(QPointF(6, 6), 1.3, 1.3);
    }
    return QBrush(tile);
}

QString BarChartBuilder::legendText() const
{
    QStringList entries;
    for (const Set &s : m_sets) {
        switch (s.fill) {
        case Fill::Solid:
            entries << tr("%1: solid bars").arg(s.name);
            break;
        case Fill::Hatched:
            entries << tr("%1: hatched bars").arg(s.name);
            break;
        case Fill::Dotted:
            entries << tr("%1: dotted bars").arg(s.name);
            break;
        }
    }
    return entries.join(QStringLiteral("; "));
}

void BarChartBuilder::addCategory(const QString &label, const QList<Bar> &bars)
{
    Q_ASSERT(bars.size() == m_sets.size());
    m_categories << label;
    for (qsizetype i = 0; i < m_sets.size(); ++i)
        m_sets[i].bars << bars.value(i);
}

void BarChartBuilder::setCategoryAxis(const QString &title, int labelAngle)
{
    m_categoryTitle = title;
    m_labelAngle = labelAngle;
}

void BarChartBuilder::setValueAxis(double low, double high, const QString &title)
{
    m_low = low;
    m_high = high;
    m_valueTitle = title;
}

void BarChartBuilder::show(ChartCard *card, const std::function<void(const LibraryFilter &)> &onClick) const
{
    QChart *chart = ChartCard::newChart(m_palette);
    if (!m_legend)
        chart->legend()->hide();
    QAbstractBarSeries *series = newSeries(m_direction, m_stacked);
    QList<QBarSet *> sets;
    // Qt Charts draws set names (in the legend), categories and titles as HTML, and they hold servers' format,
    // quality and profile names: escaped here, once, so "<img src=x>" is drawn as those characters.
    for (const Set &s : m_sets) {
        auto *set = new QBarSet(s.name.toHtmlEscaped());
        set->setBrush(brush(s.colour, s.fill));
        set->setBorderColor(s.colour);
        for (const Bar &bar : s.bars)
            set->append(bar.value);
        if (m_valueLabels)
            set->setLabelColor(m_palette.color(QPalette::WindowText));
        series->append(set);
        sets << set;
    }
    series->setBarWidth(m_barWidth);
    if (m_valueLabels) {
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    }
    chart->addSeries(series);

    auto *categories = new QBarCategoryAxis;
    for (const QString &category : m_categories)
        categories->append(category.toHtmlEscaped());
    categories->setGridLineVisible(false);
    if (!m_categoryTitle.isEmpty())
        categories->setTitleText(m_categoryTitle.toHtmlEscaped());
    if (m_labelAngle != 0)
        categories->setLabelsAngle(m_labelAngle);
    ChartCard::styleAxis(categories, m_palette);
    auto *values = new QValueAxis;
    setNiceRange(values, m_low, m_high);
    ChartCard::styleAxis(values, m_palette);
    if (!m_valueTitle.isEmpty())
        values->setTitleText(m_valueTitle.toHtmlEscaped());
    const bool vertical = m_direction == Direction::Vertical;
    chart->addAxis(categories, vertical ? Qt::AlignBottom : Qt::AlignLeft);
    chart->addAxis(values, vertical ? Qt::AlignLeft : Qt::AlignBottom);
    series->attachAxis(vertical ? static_cast<QAbstractAxis *>(categories) : values);
    series->attachAxis(vertical ? static_cast<QAbstractAxis *>(values) : categories);

    for (qsizetype i = 0; i < m_sets.size(); ++i) {
        QList<LibraryFilter> patches;
        QStringList tips;
        for (const Bar &bar : m_sets.at(i).bars) {
            patches << bar.patch;
            tips << bar.tip;
        }
        connectBars(sets.at(i), card, patches, tips, onClick);
    }
    // With the legend shown, a screen reader hears it too, and which pattern is which.
    card->view()->setAccessibleDescription(m_legend ? legendText() : QString());
    card->setChart(chart);
}

void BarChartBuilder::setNiceRange(QValueAxis *axis, double low, double high, bool fromZero)
{
    if (fromZero) {
        low = std::min(low, 0.0);
        high = std::max(high, 1.0);
    }
    if (high - low < 1) {
        low = std::floor(low) - 1;
        high = std::ceil(high) + 1;
    }
    double step = 1;
    for (double power = 1; step * 6 < high - low; power *= 10) {
        for (const double factor : {1.0, 2.0, 5.0}) {
            step = factor * power;
            if (step * 6 >= high - low)
                break;
        }
    }
    const double min = std::floor(low / step) * step;
    const double max = std::ceil(high / step) * step;
    axis->setRange(min, max);
    axis->setTickCount(int(std::lround((max - min) / step)) + 1);
    // "%.0f", not "%d": with localized numbers (ChartCard::newChart) Qt Charts draws only "%.<n>f"-like
    // formats, and an empty label for the rest.
    axis->setLabelFormat(QStringLiteral("%.0f"));
}

QString BarChartBuilder::elided(const QString &text, int length)
{
    return text.size() <= length ? text : text.left(length - 1) + QChar(0x2026);
}

} // namespace arrscore
