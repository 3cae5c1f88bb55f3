#pragma once

#include "models/libraryfilter.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QPalette>
#include <QString>
#include <QStringList>

#include <functional>

class QValueAxis;

namespace arrscore {

class ChartCard;

// One bar chart of the dashboard, category by category: its sets of bars (one colour each), a
// category and a value axis, and for every bar a tooltip and the filter a click on it asks for.
// Every text is given as plain text (a server's names among them) and shown as such.
class BarChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::BarChartBuilder)

public:
    enum class Direction { Vertical, Horizontal }; // bars grow upwards or to the right
    struct Bar
    {
        qreal value = 0;
        QString tip;
        LibraryFilter patch; // an empty one: the bar is not clickable
    };

    // A set's bars: its colour alone, or with a pattern that tells them apart without seeing the colour
    // (below the cutoff is hatched on every chart).
    enum class Fill { Solid, Hatched, Dotted };

    BarChartBuilder(Direction direction, bool stacked, QPalette palette);

    // A set of bars in one colour; each category then has one bar per set, in this order.
    void addSet(const QString &name, const QColor &colour, Fill fill = Fill::Solid);
    void addCategory(const QString &label, const QList<Bar> &bars);
    void setBarWidth(qreal width) { m_barWidth = width; }
    // The value past the end of each bar, in the text colour.
    void showValueLabels() { m_valueLabels = true; }
    void hideLegend() { m_legend = false; }
    void setCategoryAxis(const QString &title, int labelAngle = 0);
    void setValueAxis(double low, double high, const QString &title = {});

    // Makes the chart and shows it on card; a click on a bar calls onClick with its patch.
    void show(ChartCard *card, const std::function<void(const LibraryFilter &)> &onClick) const;

    // Whole-number ticks at 1, 2 or 5 × 10^k covering [low, high] (and 0 when fromZero), about 7 of them.
    static void setNiceRange(QValueAxis *axis, double low, double high, bool fromZero = true);
    static QString elided(const QString &text, int length = 28);
    // The set's brush: the colour, and for a pattern darker lines or dots on it (the legend's marker shows it too).
    static QBrush brush(const QColor &colour, Fill fill);
    // The legend in words, "Below the cutoff: hatched bars; …": the chart's accessible description.
    QString legendText() const;

private:
    struct Set
    {
        QString name;
        QColor colour;
        Fill fill = Fill::Solid;
        QList<Bar> bars;
    };

    Direction m_direction;
    bool m_stacked;
    QPalette m_palette;
    QList<Set> m_sets;
    QStringList m_categories;
    qreal m_barWidth = 0.7;
    bool m_valueLabels = false;
    bool m_legend = true;
    QString m_categoryTitle;
    int m_labelAngle = 0;
    double m_low = 0;
    double m_high = 0;
    QString m_valueTitle;
};

} // namespace arrscore
