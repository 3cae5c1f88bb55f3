#include "dashboardpage.h"

#include "barchartbuilder.h"
#include "chartcard.h"
#include "plaintooltips.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QScrollArea>
#include <QSet>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <iterator>
#include <limits>

namespace arrscore {

namespace {

// Mid-saturation colours that read on a light and on a dark card alike.
const QColor kBelow(0xe8, 0x83, 0x3a);
const QColor kAbove(0x3f, 0xa6, 0x6a);
const QColor kNeutral(0x4a, 0x90, 0xd9);
const QColor kNegative(0xd9, 0x53, 0x4f);
const QColor kCapped(0x8c, 0x93, 0x9d);
const QColor kSeries[] = {QColor(0x4a, 0x90, 0xd9), QColor(0xe8, 0x83, 0x3a), QColor(0x3f, 0xa6, 0x6a),
                          QColor(0xa8, 0x6c, 0xd9), QColor(0xd9, 0x53, 0x4f)};

} // namespace

DashboardPage::DashboardPage(QWidget *parent)
    : QWidget(parent), m_stack(new QStackedWidget(this)), m_empty(new QLabel(this)),
      m_scoreProfile(new QComboBox(this)),
      m_scoreCard(new ChartCard(tr("Scores by profile"), QStringLiteral("scoreChart"), this)),
      m_qualityCard(new ChartCard(tr("Files by quality"), QStringLiteral("qualityChart"), this)),
      m_resolutionCard(new ChartCard(tr("Files by resolution"), QStringLiteral("resolutionChart"), this)),
      m_formatCard(new ChartCard(tr("Custom formats that move scores most"), QStringLiteral("formatChart"), this)),
      m_candidateCard(new ChartCard(tr("Upgrade candidates by profile"), QStringLiteral("candidateChart"), this)),
      m_trendCard(new ChartCard(tr("Score trend across syncs"), QStringLiteral("trendChart"), this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_empty->setObjectName(QStringLiteral("dashboardEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    QFont larger = m_empty->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.2);
    m_empty->setFont(larger);
    m_empty->setText(tr("No files to chart. Sync a Radarr or Sonarr instance, or clear the library filter."));
    m_scoreProfile->setObjectName(QStringLiteral("scoreProfile"));
    m_scoreProfile->setAccessibleName(tr("Quality profile of the score distribution"));
    m_scoreProfile->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_scoreProfile->setToolTip(tr("The profile whose scores are shown"));
    m_scoreCard->header()->addWidget(m_scoreProfile);
    connect(m_scoreProfile, &QComboBox::currentIndexChanged, this, [this] { renderScores(); });
    m_formatCard->setHint(tr("Each format's score in the file's profile, added up over the files that match it."));
    m_trendCard->setHint(tr("Mean score (solid, left axis) and upgrade candidates (dashed, right axis) at each sync."));

    auto *grid = new QWidget;
    auto *gridLayout = new QGridLayout(grid);
    gridLayout->setSpacing(12);
    gridLayout->addWidget(m_scoreCard, 0, 0);
    gridLayout->addWidget(m_candidateCard, 0, 1);
    gridLayout->addWidget(m_qualityCard, 1, 0);
    gridLayout->addWidget(m_resolutionCard, 1, 1);
    gridLayout->addWidget(m_formatCard, 2, 0);
    gridLayout->addWidget(m_trendCard, 2, 1);
    gridLayout->setColumnStretch(0, 1);
    gridLayout->setColumnStretch(1, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(grid);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(scroll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

bool DashboardPage::isEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

void DashboardPage::setRows(const QList<FileRow> &rows)
{
    m_rows = rows;
    m_rowsDirty = true;
    if (isVisible())
        recompute();
}

void DashboardPage::setTrend(const TrendReport &trend)
{
    m_trend = trend;
    if (isVisible() && !m_rowsDirty && !m_renderDirty)
        renderTrend();
    else
        m_renderDirty = true;
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_rowsDirty)
        recompute();
    else if (m_renderDirty)
        render();
}

void DashboardPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Charts take their theme from the palette when they are made: make them again for a new one.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        if (isVisible())
            render();
        else
            m_renderDirty = true;
    }
}

void DashboardPage::recompute()
{
    m_summary = DashboardData::compute(m_rows);
    m_rows.clear(); // the summary holds no pointer into the snapshots
    m_rowsDirty = false;
    render();
}

void DashboardPage::render()
{
    if (!isVisible()) {
        m_renderDirty = true;
        return;
    }
    m_renderDirty = false;
    if (m_summary.files == 0) {
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_stack->setCurrentIndex(1);
    QSet<QString> instances;
    for (const DashboardProfile &p : std::as_const(m_summary.profiles))
        instances.insert(p.instance);
    m_severalInstances = instances.size() > 1;

    // Keep the profile the user picked when it is still among the rows.
    const QString picked = m_scoreProfile->currentText();
    {
        const QSignalBlocker block(m_scoreProfile);
        m_scoreProfile->clear();
        for (const DashboardProfile &p : std::as_const(m_summary.profiles))
            m_scoreProfile->addItem(profileLabel(p));
        const int index = m_scoreProfile->findText(picked);
        m_scoreProfile->setCurrentIndex(std::max(index, 0));
        m_scoreProfile->setVisible(m_summary.profiles.size() > 1);
    }
    renderScores();
    renderQualities();
    renderResolutions();
    renderFormats();
    renderCandidates();
    renderTrend();
}

QString DashboardPage::profileLabel(const DashboardProfile &profile) const
{
    return m_severalInstances ? tr("%1 · %2").arg(profile.name, profile.instance) : profile.name;
}

LibraryFilter DashboardPage::profilePatch(const DashboardProfile &profile)
{
    LibraryFilter patch;
    patch.profiles = {profile.name};
    // Two instances may have profiles of the same name: the bar counts only this instance's files.
    patch.instances = {profile.instance};
    return patch;
}

void DashboardPage::showChart(const BarChartBuilder &chart, ChartCard *card)
{
    chart.show(card, [this](const LibraryFilter &patch) { Q_EMIT filterRequested(patch); });
}

void DashboardPage::renderScores()
{
    const int index = m_scoreProfile->currentIndex();
    if (index < 0 || index >= m_summary.profiles.size()) {
        m_scoreCard->setHint({});
        m_scoreCard->showMessage(tr("No file has a quality profile the sync knows."));
        return;
    }
    const DashboardProfile &p = m_summary.profiles.at(index);
    const QLocale locale;
    if (p.bins.isEmpty()) {
        m_scoreCard->setHint({});
        m_scoreCard->showMessage(
            tr("The files of “%1” have no custom format score: the server does not score them (Sonarr v3).")
                .arg(p.name));
        return;
    }
    m_scoreCard->setHint(
        tr("Cutoff score %1. Click a bar to list its files.").arg(locale.toString(p.cutoffFormatScore)));
    BarChartBuilder chart(BarChartBuilder::Direction::Vertical, true, palette());
    chart.addSet(tr("Below the cutoff"), kBelow, BarChartBuilder::Fill::Hatched);
    chart.addSet(tr("At or above the cutoff"), kAbove);
    chart.setBarWidth(0.92);
    int most = 0;
    for (const DashboardScoreBin &bin : p.bins) {
        most = std::max(most, bin.files);
        const QString tip = bin.low == bin.high
                                ? tr("Score %1: %Ln files", nullptr, bin.files).arg(locale.toString(bin.low))
                                : tr("Scores %1 to %2: %Ln files", nullptr, bin.files)
                                      .arg(locale.toString(bin.low), locale.toString(bin.high));
        LibraryFilter patch = profilePatch(p);
        patch.minScore = bin.low;
        patch.maxScore = bin.high;
        chart.addCategory(locale.toString(bin.low), {{bin.atOrAboveCutoff ? 0.0 : bin.files, tip, patch},
                                                     {bin.atOrAboveCutoff ? bin.files : 0.0, tip, patch}});
    }
    chart.setCategoryAxis(
        p.binWidth > 1 ? tr("Custom format score, bins of %1 from the value shown").arg(locale.toString(p.binWidth))
                       : tr("Custom format score"),
        p.bins.size() > 7 ? -45 : 0);
    chart.setValueAxis(0, most, tr("Files"));
    showChart(chart, m_scoreCard);
}

void DashboardPage::renderQualities()
{
    const QLocale locale;
    const QList<DashboardCategory> &all = m_summary.qualities;
    const qsizetype shown = std::min<qsizetype>(all.size(), maxCategories);
    m_qualityCard->setHint(
        all.size() > shown
            ? tr("The %1 most common of %Ln qualities.", nullptr, int(all.size())).arg(locale.toString(shown))
            : QString());
    BarChartBuilder chart(BarChartBuilder::Direction::Horizontal, false, palette());
    chart.addSet(tr("Files"), kNeutral);
    chart.hideLegend();
    chart.showValueLabels(); // with room for them past the longest bar
    // Horizontal bars grow upwards: the most common quality goes last to end up on top.
    for (qsizetype i = shown - 1; i >= 0; --i) {
        const DashboardCategory &c = all.at(i);
        const QString label = c.value.isEmpty() ? tr("Unknown") : c.value;
        LibraryFilter patch;
        if (!c.value.isEmpty())
            patch.qualities = {c.value};
        chart.addCategory(BarChartBuilder::elided(label),
                          {{qreal(c.files), tr("%1: %Ln files", nullptr, c.files).arg(label), patch}});
    }
    chart.setValueAxis(0, (all.isEmpty() ? 0 : all.first().files) * 1.12);
    m_qualityCard->view()->setMinimumHeight(std::max(260, int(shown) * 24 + 60));
    showChart(chart, m_qualityCard);
}

void DashboardPage::renderResolutions()
{
    const QLocale locale;
    BarChartBuilder chart(BarChartBuilder::Direction::Vertical, false, palette());
    chart.addSet(tr("Files"), kNeutral);
    chart.hideLegend();
    chart.showValueLabels();
    chart.setBarWidth(0.6);
    int most = 0;
    for (const DashboardCategory &c : std::as_const(m_summary.resolutions)) {
        // "Unknown" is the filter's value; the label is in the user's language.
        const QString label = c.value == QLatin1String("Unknown") ? tr("Unknown") : c.value;
        most = std::max(most, c.files);
        LibraryFilter patch;
        patch.resolutions = {c.value};
        chart.addCategory(label, {{qreal(c.files), tr("%1: %Ln files", nullptr, c.files).arg(label), patch}});
    }
    chart.setValueAxis(0, most * 1.12, tr("Files"));
    showChart(chart, m_resolutionCard);
}

void DashboardPage::renderFormats()
{
    const QLocale locale;
    QList<DashboardFormat> top;
    for (const DashboardFormat &f : std::as_const(m_summary.formats)) {
        if (f.contribution != 0)
            top << f;
        if (top.size() == maxFormats)
            break;
    }
    if (top.isEmpty()) {
        m_formatCard->showMessage(tr("No custom format changes the score of these files."));
        return;
    }
    BarChartBuilder chart(BarChartBuilder::Direction::Horizontal, true, palette());
    chart.addSet(tr("Raises scores"), kNeutral);
    chart.addSet(tr("Lowers scores"), kNegative, BarChartBuilder::Fill::Hatched);
    // Sums over a large library run into millions: count in thousands or millions so the axis stays legible.
    qint64 largest = 0;
    for (const DashboardFormat &f : std::as_const(top))
        largest = std::max(largest, qint64(std::abs(f.contribution)));
    const double unit = largest >= 10000000 ? 1e6 : largest >= 10000 ? 1e3 : 1;
    double low = 0, high = 0;
    for (qsizetype i = top.size() - 1; i >= 0; --i) {
        const DashboardFormat &f = top.at(i);
        const double value = double(f.contribution) / unit;
        low = std::min(low, value);
        high = std::max(high, value);
        const QString tip =
            tr("%1: %2 points over %Ln files", nullptr, f.files)
                .arg(f.name, (f.contribution > 0 ? QStringLiteral("+") : QString()) + locale.toString(f.contribution));
        LibraryFilter patch;
        patch.hasFormat = f.name;
        chart.addCategory(BarChartBuilder::elided(f.name),
                          {{value > 0 ? value : 0, tip, patch}, {value < 0 ? value : 0, tip, patch}});
    }
    chart.setValueAxis(low, high,
                       unit == 1e6   ? tr("Millions of points, all files together")
                       : unit == 1e3 ? tr("Thousands of points, all files together")
                                     : tr("Points, all files together"));
    m_formatCard->view()->setMinimumHeight(std::max(260, int(top.size()) * 26 + 80));
    showChart(chart, m_formatCard);
}

void DashboardPage::renderCandidates()
{
    const QLocale locale;
    const QList<DashboardProfile> &all = m_summary.profiles;
    if (all.isEmpty()) {
        m_candidateCard->setHint({});
        m_candidateCard->showMessage(tr("No file has a quality profile the sync knows."));
        return;
    }
    const qsizetype shown = std::min<qsizetype>(all.size(), maxCategories);
    QString hint = tr("%1 among %2.")
                       .arg(tr("%Ln upgrade candidates", nullptr, m_summary.candidates),
                            tr("%Ln files", nullptr, m_summary.files));
    if (all.size() > shown)
        hint += QLatin1Char(' ')
                + tr("The %1 largest of %Ln profiles.", nullptr, int(all.size())).arg(locale.toString(shown));
    m_candidateCard->setHint(hint);
    BarChartBuilder chart(BarChartBuilder::Direction::Horizontal, true, palette());
    chart.addSet(tr("Upgrade candidates"), kBelow, BarChartBuilder::Fill::Hatched);
    chart.addSet(tr("Below a cutoff, upgrades off"), kCapped, BarChartBuilder::Fill::Dotted);
    chart.addSet(tr("Cutoffs met"), kAbove);
    int most = 0;
    for (qsizetype i = shown - 1; i >= 0; --i) {
        const DashboardProfile &p = all.at(i);
        const int met = p.files - p.candidates - p.capped;
        most = std::max(most, p.files);
        const QString label = profileLabel(p);
        LibraryFilter candidatesOnly = profilePatch(p);
        candidatesOnly.candidatesOnly = true;
        chart.addCategory(
            BarChartBuilder::elided(label),
            {{qreal(p.candidates),
              tr("%1: %2 of %Ln files are upgrade candidates", nullptr, p.files)
                  .arg(label, locale.toString(p.candidates)),
              candidatesOnly},
             {qreal(p.capped),
              tr("%1: %Ln files below a cutoff, but the profile does not allow upgrades", nullptr, p.capped).arg(label),
              profilePatch(p)},
             {qreal(met), tr("%1: %Ln files meet both cutoffs", nullptr, met).arg(label), profilePatch(p)}});
    }
    chart.setValueAxis(0, most, tr("Files"));
    m_candidateCard->view()->setMinimumHeight(std::max(260, int(shown) * 26 + 90));
    showChart(chart, m_candidateCard);
}

void DashboardPage::renderTrend()
{
    if (m_trend.points.isEmpty()) {
        m_trendCard->showMessage(tr("No sync history yet: the trend appears once a sync is stored."));
        return;
    }
    const QLocale locale;
    QChart *chart = ChartCard::newChart(palette());
    QStringList instances;
    for (const TrendPoint &point : std::as_const(m_trend.points))
        if (!instances.contains(point.instance))
            instances << point.instance;
    auto *time = new QDateTimeAxis;
    auto *scoreAxis = new QValueAxis;
    auto *candidateAxis = new QValueAxis;
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(scoreAxis, Qt::AlignLeft);
    chart->addAxis(candidateAxis, Qt::AlignRight);
    qint64 first = std::numeric_limits<qint64>::max(), last = std::numeric_limits<qint64>::min();
    double scoreLow = std::numeric_limits<double>::max(), scoreHigh = std::numeric_limits<double>::lowest();
    double candidatesHigh = 0;
    for (qsizetype i = 0; i < instances.size(); ++i) {
        const QString &instance = instances.at(i);
        const QColor colour = kSeries[i % std::size(kSeries)];
        auto *mean = new QLineSeries;
        auto *cands = new QLineSeries;
        const QString meanName = tr("%1 mean score").arg(instance);
        const QString candidatesName = tr("%1 candidates").arg(instance);
        // The legend draws names as HTML: an instance's name is escaped to be drawn as typed.
        mean->setName(meanName.toHtmlEscaped());
        cands->setName(candidatesName.toHtmlEscaped());
        for (const TrendPoint &point : std::as_const(m_trend.points)) {
            if (point.instance != instance)
                continue;
            const qint64 ms = point.syncedAt.toMSecsSinceEpoch();
            first = std::min(first, ms);
            last = std::max(last, ms);
            if (point.meanScore) {
                mean->append(double(ms), *point.meanScore);
                scoreLow = std::min(scoreLow, *point.meanScore);
                scoreHigh = std::max(scoreHigh, *point.meanScore);
            }
            cands->append(double(ms), point.candidates);
            candidatesHigh = std::max(candidatesHigh, double(point.candidates));
        }
        QPen pen(colour, 2);
        mean->setPen(pen);
        pen.setStyle(Qt::DashLine);
        cands->setPen(pen);
        for (QLineSeries *series : {mean, cands}) {
            if (series->count() == 0) {
                delete series; // a Sonarr v3 instance has no mean score
                continue;
            }
            series->setPointsVisible(true);
            chart->addSeries(series);
            series->attachAxis(time);
            series->attachAxis(series == mean ? scoreAxis : candidateAxis);
            const QString name = series == mean ? meanName : candidatesName;
            QChartView *view = m_trendCard->view();
            connect(series, &QXYSeries::hovered, view, [view, name, locale](const QPointF &p, bool state) {
                PlainToolTips::showText(
                    QCursor::pos(),
                    state ? tr("%1 on %2: %3")
                                .arg(name,
                                     locale.toString(QDateTime::fromMSecsSinceEpoch(qint64(p.x())).toLocalTime(),
                                                     QLocale::ShortFormat),
                                     locale.toString(p.y(), 'f', 0))
                          : QString(),
                    view);
            });
        }
    }
    // One sync has no span: show a day either side of it.
    if (first == last) {
        first -= 86400000;
        last += 86400000;
    }
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries); // solid and dashed, as drawn
    time->setRange(QDateTime::fromMSecsSinceEpoch(first), QDateTime::fromMSecsSinceEpoch(last));
    time->setFormat(last - first > 300LL * 86400000 ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM"));
    time->setTickCount(5);
    ChartCard::styleAxis(time, palette());
    if (scoreLow > scoreHigh)
        scoreLow = scoreHigh = 0;                                         // no instance has a score
    BarChartBuilder::setNiceRange(scoreAxis, scoreLow, scoreHigh, false); // the changes matter more than 0
    scoreAxis->setTitleText(tr("Mean score"));
    ChartCard::styleAxis(scoreAxis, palette());
    BarChartBuilder::setNiceRange(candidateAxis, 0, candidatesHigh);
    candidateAxis->setTitleText(tr("Candidates"));
    ChartCard::styleAxis(candidateAxis, palette());
    m_trendCard->setChart(chart);
}

} // namespace arrscore
