#pragma once

#include "analysis/dashboarddata.h"
#include "analysis/trends.h"
#include "models/libraryfilter.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QStackedWidget;

namespace arrscore {

class BarChartBuilder;
class ChartCard;

// Charts of the files the library table shows: scores per profile against the cutoff, files by
// quality and resolution, the custom formats that move scores most, upgrade candidates per profile,
// and the score trend across syncs. A click on a bar asks for the table to be narrowed to it.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(QWidget *parent = nullptr);

    // The rows the table shows. Their pointers must stay valid until the next call; while the page
    // is hidden nothing is computed until it is shown.
    void setRows(const QList<FileRow> &rows);
    void setTrend(const TrendReport &trend);

    const DashboardSummary &summary() const { return m_summary; } // what is drawn (for tests)
    bool isEmptyState() const;

    static constexpr int maxFormats = 10;    // bars of the format chart
    static constexpr int maxCategories = 12; // bars of the quality and profile charts

Q_SIGNALS:
    // What to narrow the table to (LibraryFilter::merge() it into the current filter).
    void filterRequested(const arrscore::LibraryFilter &patch);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void recompute();
    void render();
    void renderScores();
    void renderQualities();
    void renderResolutions();
    void renderFormats();
    void renderCandidates();
    void renderTrend();
    // Shows chart on card; a click on a bar asks for its filter.
    void showChart(const BarChartBuilder &chart, ChartCard *card);
    QString profileLabel(const DashboardProfile &profile) const;
    static LibraryFilter profilePatch(const DashboardProfile &profile);

    QList<FileRow> m_rows;
    TrendReport m_trend;
    DashboardSummary m_summary;
    bool m_rowsDirty = false;
    bool m_renderDirty = false;
    bool m_severalInstances = false;

    QStackedWidget *m_stack;
    QLabel *m_empty;
    QComboBox *m_scoreProfile;
    ChartCard *m_scoreCard;
    ChartCard *m_qualityCard;
    ChartCard *m_resolutionCard;
    ChartCard *m_formatCard;
    ChartCard *m_candidateCard;
    ChartCard *m_trendCard;
};

} // namespace arrscore
