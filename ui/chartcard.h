#pragma once

#include <QFrame>

class QAbstractAxis;
class QChart;
class QChartView;
class QHBoxLayout;
class QLabel;
class QStackedWidget;

namespace arrscore {

// One titled card of the dashboard: a chart, or a sentence instead of empty axes. Charts are made by
// newChart() so that every card follows the palette (light or dark) the same way.
class ChartCard : public QFrame
{
    Q_OBJECT
public:
    // chartName: the chart view's objectName, which tests look for.
    ChartCard(const QString &title, const QString &chartName, QWidget *parent = nullptr);

    QChartView *view() const { return m_view; }
    QHBoxLayout *header() const { return m_header; } // room for a control next to the title
    void setHint(const QString &text);               // a line under the title; hidden when empty
    // Shows chart (the card owns it; the previous one is deleted).
    void setChart(QChart *chart);
    // Shows a sentence instead of the chart.
    void showMessage(const QString &text);
    QString message() const;
    bool isShowingChart() const;

    // A chart whose theme, background and legend follow palette: the dark theme on a dark window.
    static QChart *newChart(const QPalette &palette);
    // Axis labels, lines and grid in the palette's colours.
    static void styleAxis(QAbstractAxis *axis, const QPalette &palette);
    static bool isDark(const QPalette &palette);

private:
    QHBoxLayout *m_header;
    QLabel *m_hint;
    QStackedWidget *m_stack;
    QChartView *m_view;
    QLabel *m_message;
};

} // namespace arrscore
