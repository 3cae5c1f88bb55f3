#include "scorehistorychart.h"

#include "chartcard.h"
#include "history/difftext.h"
#include "plaintooltips.h"

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace arrscore {

namespace {

const QColor kScore(0x4a, 0x90, 0xd9);
const QColor kCutoff(0xe8, 0x83, 0x3a);
constexpr qint64 kDayMs = 86400000;

} // namespace

ScoreHistoryChart::ScoreHistoryChart(QWidget *parent)
    : QWidget(parent), m_view(new QChartView(this)), m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("scoreHistory"));
    m_view->setObjectName(QStringLiteral("scoreHistoryChart"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMinimumHeight(170);
    auto *title = new QLabel(tr("Score history"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_note->setObjectName(QStringLiteral("scoreHistoryNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText); // it can quote a stored error
    m_note->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);
    m_view->hide();
    m_note->hide();
}

QString ScoreHistoryChart::note() const
{
    return m_note->isHidden() ? QString() : m_note->text();
}

void ScoreHistoryChart::showMessage(const QString &text)
{
    m_hasHistory = false;
    m_tips.clear();
    m_view->hide();
    m_note->setText(text);
    m_note->show();
}

void ScoreHistoryChart::setHistory(const ItemHistory &history, std::optional<int> cutoff, const QDateTime &until)
{
    m_history = history;
    m_cutoff = cutoff;
    m_until = until;
    m_hasHistory = true;
    render();
}

void ScoreHistoryChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_hasHistory)
        render();
}

void ScoreHistoryChart::render()
{
    const QLocale locale;
    const QPalette pal = palette();
    m_tips.clear();
    QChart *chart = ChartCard::newChart(pal);
    auto *time = new QDateTimeAxis;
    auto *scores = new QValueAxis;
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(scores, Qt::AlignLeft);

    // Steps: a version holds its score from its sync until the next version (or the sync shown).
    // A removed file or an unknown score breaks the line, so each unbroken run is a series of its own.
    auto *points = new QScatterSeries;
    points->setName(tr("Versions"));
    points->setMarkerSize(9);
    points->setColor(kScore);
    points->setBorderColor(kScore);
    QList<QLineSeries *> runs;
    QLineSeries *run = nullptr;
    qint64 first = std::numeric_limits<qint64>::max(), last = std::numeric_limits<qint64>::min();
    double low = m_cutoff.value_or(std::numeric_limits<int>::max());
    double high = m_cutoff.value_or(std::numeric_limits<int>::min());
    const QList<HistoryEntry> &entries = m_history.entries;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const HistoryEntry &e = entries.at(i);
        if (!e.file || !e.file->customFormatScore) {
            run = nullptr;
            continue;
        }
        const int score = *e.file->customFormatScore;
        const qint64 start = e.syncedAt.toMSecsSinceEpoch();
        QDateTime endTime =
            i + 1 < entries.size() ? entries.at(i + 1).syncedAt : (e.untilAt.isValid() ? e.untilAt : m_until);
        const qint64 end = std::max(start, endTime.isValid() ? endTime.toMSecsSinceEpoch() : start);
        if (!run) {
            run = new QLineSeries;
            run->setPen(QPen(kScore, 2));
            runs << run;
        }
        run->append(double(start), score);
        run->append(double(end), score);
        points->append(double(start), score);
        first = std::min(first, start);
        last = std::max(last, end);
        low = std::min(low, double(score));
        high = std::max(high, double(score));
        QStringList details{e.file->quality, e.file->releaseGroup};
        details.removeAll(QString());
        m_tips << tr("%1 · score %2 · %3 (%4)")
                      .arg(locale.toString(e.syncedAt.toLocalTime(), QLocale::ShortFormat), locale.toString(score),
                           details.isEmpty() ? tr("no quality or release group known")
                                             : details.join(QStringLiteral(", ")),
                           DiffText::kind(e.event));
    }

    if (m_tips.isEmpty()) {
        delete chart;
        delete points;
        showMessage(tr("No stored version of this file has a score (the server does not score it)."));
        m_hasHistory = true; // keep the history for a palette change
        return;
    }
    const bool oneSync = last == first;
    if (last - first < kDayMs) {
        first -= kDayMs / 2;
        last += kDayMs / 2;
    }
    // Room for the first and last markers inside the plot.
    const qint64 margin = (last - first) / 30;
    first -= margin;
    last += margin;
    for (QLineSeries *series : std::as_const(runs)) {
        chart->addSeries(series);
        series->attachAxis(time);
        series->attachAxis(scores);
    }
    if (m_cutoff) {
        auto *cutoffLine = new QLineSeries;
        cutoffLine->setName(tr("Cutoff %1").arg(locale.toString(*m_cutoff)));
        QPen pen(kCutoff, 1.5);
        pen.setStyle(Qt::DashLine);
        cutoffLine->setPen(pen);
        cutoffLine->append(double(first), *m_cutoff);
        cutoffLine->append(double(last), *m_cutoff);
        chart->addSeries(cutoffLine);
        cutoffLine->attachAxis(time);
        cutoffLine->attachAxis(scores);
    }
    chart->addSeries(points);
    points->attachAxis(time);
    points->attachAxis(scores);
    // The legend names the versions and the cutoff, not each unbroken run of the line.
    for (QLineSeries *series : std::as_const(runs))
        for (QLegendMarker *marker : chart->legend()->markers(series))
            marker->setVisible(false);

    const QStringList tips = m_tips;
    QChartView *view = m_view;
    connect(points, &QXYSeries::hovered, view, [view, points, tips](const QPointF &point, bool state) {
        if (!state) {
            PlainToolTips::showText(QCursor::pos(), {}, view);
            return;
        }
        // A version's quality and release group are the server's text.
        const QList<QPointF> all = points->points();
        const auto it = std::find(all.cbegin(), all.cend(), point);
        if (it != all.cend())
            PlainToolTips::showText(QCursor::pos(), tips.value(it - all.cbegin()), view);
    });

    time->setRange(QDateTime::fromMSecsSinceEpoch(first), QDateTime::fromMSecsSinceEpoch(last));
    time->setFormat(last - first > 300 * kDayMs ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM"));
    time->setTickCount(4);
    ChartCard::styleAxis(time, pal);
    const double pad = std::max(10.0, (high - low) * 0.1);
    scores->setRange(std::floor(low - pad), std::ceil(high + pad));
    // "%.0f", not "%d": with localized numbers (ChartCard::newChart) Qt Charts draws only "%.<n>f"-like
    // formats, and an empty label for the rest.
    scores->setLabelFormat(QStringLiteral("%.0f"));
    scores->setTickCount(4);
    scores->applyNiceNumbers();
    ChartCard::styleAxis(scores, pal);

    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old; // QChartView releases a replaced chart without deleting it
    m_view->setBackgroundBrush(pal.brush(QPalette::Base));
    m_view->show();
    if (m_tips.size() == 1) {
        m_note->setText(oneSync ? tr("One sync so far: each sync that changes this file adds a point.")
                                : tr("The score has not changed since the first stored sync."));
        m_note->show();
    } else {
        m_note->hide();
    }
}

} // namespace arrscore
