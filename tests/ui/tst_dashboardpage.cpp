// DashboardPage offscreen on the hand-built libraries of analysisfixture.h: what each chart draws,
// what a click on a bar asks the table for, the empty state, deferral while hidden, the dark theme, and
// servers' names drawn as the characters they hold, never as markup.
#include "analysisfixture.h"
#include "chartcard.h"
#include "dashboardpage.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTextDocument>
#include <QtTest>

using namespace arrscore;
using namespace arrscore::test;

namespace {

QChart *chartOf(const DashboardPage &page, const char *name)
{
    auto *view = page.findChild<QChartView *>(QString::fromLatin1(name));
    return view ? view->chart() : nullptr;
}

QAbstractBarSeries *barsOf(const DashboardPage &page, const char *name)
{
    QChart *chart = chartOf(page, name);
    if (!chart || chart->series().size() != 1)
        return nullptr;
    return qobject_cast<QAbstractBarSeries *>(chart->series().first());
}

QStringList categoriesOf(const DashboardPage &page, const char *name)
{
    QChart *chart = chartOf(page, name);
    for (QAbstractAxis *axis : chart->axes()) {
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            return categories->categories();
    }
    return {};
}

QList<qreal> valuesOf(const QBarSet *set)
{
    QList<qreal> values;
    for (int i = 0; i < set->count(); ++i)
        values << set->at(i);
    return values;
}

// The text a chart draws (axis labels and titles, legend labels), as a reader sees it.
QStringList drawnText(const DashboardPage &page, const char *name)
{
    QStringList texts;
    auto *view = page.findChild<QChartView *>(QString::fromLatin1(name));
    view->grab(); // lays the axes and the legend out
    for (const QGraphicsItem *item : view->scene()->items())
        if (const auto *text = qgraphicsitem_cast<const QGraphicsTextItem *>(item); text && text->isVisible())
            texts << text->toPlainText();
    return texts;
}

// The text of the tooltip shown now, as a reader sees it; empty when none is.
QString toolTipShown()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (const auto *tip = qobject_cast<QLabel *>(widget);
            tip && widget->inherits("QTipLabel") && widget->isVisible()) {
            QTextDocument document;
            document.setHtml(tip->text());
            return document.toPlainText();
        }
    }
    return {};
}

LibraryFilter filterOf(const QSignalSpy &spy)
{
    return spy.last().at(0).value<LibraryFilter>();
}

} // namespace

class tst_DashboardPage : public QObject
{
    Q_OBJECT

    LibrarySnapshot m_radarr = radarrLibrary();
    LibrarySnapshot m_sonarr = sonarrV3Library();

    QList<FileRow> rows() const
    {
        QList<FileRow> list;
        for (const LibrarySnapshot *s : {&m_radarr, &m_sonarr})
            for (const MediaFile &f : s->files)
                list << FileRow::of(*s, f);
        return list;
    }

private Q_SLOTS:
    void emptyStateWithoutRows()
    {
        DashboardPage page;
        page.show();
        QVERIFY(page.isEmptyState());
        auto *empty = page.findChild<QLabel *>(QStringLiteral("dashboardEmpty"));
        QVERIFY(empty && empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("No files")));
        for (const char *name :
             {"scoreChart", "qualityChart", "resolutionChart", "formatChart", "candidateChart", "trendChart"}) {
            auto *view = page.findChild<QChartView *>(QString::fromLatin1(name));
            QVERIFY2(view, name);
            QVERIFY2(!view->isVisible(), name); // no empty axes
        }
        page.setRows(rows());
        QVERIFY(!page.isEmptyState());
        page.setRows({});
        QVERIFY(page.isEmptyState());
    }

    void chartsDrawTheRows()
    {
        DashboardPage page;
        page.resize(1200, 900);
        page.show();
        page.setRows(rows());
        QCOMPARE(page.summary().files, 16);

        // Scores of the largest profile, HD: 6 bins of 500 from -1500; only the last is at the cutoff.
        QAbstractBarSeries *scores = barsOf(page, "scoreChart");
        QVERIFY(scores);
        QCOMPARE(scores->barSets().size(), 2);
        QCOMPARE(valuesOf(scores->barSets().at(0)), (QList<qreal>{1, 0, 0, 1, 1, 0})); // below the cutoff
        QCOMPARE(valuesOf(scores->barSets().at(1)), (QList<qreal>{0, 0, 0, 0, 0, 4})); // at or above
        QCOMPARE(categoriesOf(page, "scoreChart").size(), 6);
        auto *combo = page.findChild<QComboBox *>(QStringLiteral("scoreProfile"));
        QCOMPARE(combo->count(), 4);
        QCOMPARE(combo->currentText(), QStringLiteral("HD · radarr")); // two instances: names say which

        // Seven qualities, the most common on top (last).
        QAbstractBarSeries *qualities = barsOf(page, "qualityChart");
        QCOMPARE(qualities->barSets().size(), 1);
        QCOMPARE(valuesOf(qualities->barSets().first()), (QList<qreal>{1, 1, 1, 2, 2, 3, 6}));
        QCOMPARE(categoriesOf(page, "qualityChart").last(), QStringLiteral("Bluray-1080p"));

        QAbstractBarSeries *resolutions = barsOf(page, "resolutionChart");
        QCOMPARE(valuesOf(resolutions->barSets().first()), (QList<qreal>{6, 2, 2, 6}));
        QCOMPARE(categoriesOf(page, "resolutionChart"),
                 (QStringList{QStringLiteral("1080p"), QStringLiteral("720p"), QStringLiteral("480p"),
                              QStringLiteral("Unknown")}));

        // Four formats that move scores; the negative ones in a set of their own.
        QAbstractBarSeries *formats = barsOf(page, "formatChart");
        QCOMPARE(formats->barSets().size(), 2);
        QCOMPARE(categoriesOf(page, "formatChart"), (QStringList{QStringLiteral("LQ"), QStringLiteral("x265 (HD)"),
                                                                 QStringLiteral("Remux"), QStringLiteral("HDR10+")}));
        QCOMPARE(valuesOf(formats->barSets().at(0)), (QList<qreal>{0, 0, 2000, 3600}));
        QCOMPARE(valuesOf(formats->barSets().at(1)), (QList<qreal>{-1000, -2000, 0, 0}));

        // Candidates, capped, met per profile; smallest profile first (bottom).
        QAbstractBarSeries *candidates = barsOf(page, "candidateChart");
        QCOMPARE(candidates->barSets().size(), 3);
        QCOMPARE(valuesOf(candidates->barSets().at(0)), (QList<qreal>{0, 1, 3, 5}));
        QCOMPARE(valuesOf(candidates->barSets().at(1)), (QList<qreal>{1, 0, 0, 0}));
        QCOMPARE(valuesOf(candidates->barSets().at(2)), (QList<qreal>{0, 2, 1, 2}));

        // Below the cutoff is never a colour alone: its bars are hatched (the legend's marker too), the capped
        // ones dotted, and the chart's description says the legend in words.
        QCOMPARE(scores->barSets().at(0)->brush().style(), Qt::TexturePattern);
        QCOMPARE(scores->barSets().at(1)->brush().style(), Qt::SolidPattern);
        QCOMPARE(candidates->barSets().at(0)->brush().style(), Qt::TexturePattern);
        QCOMPARE(candidates->barSets().at(1)->brush().style(), Qt::TexturePattern);
        const QList<QLegendMarker *> markers = chartOf(page, "scoreChart")->legend()->markers(scores);
        QCOMPARE(markers.size(), 2);
        QCOMPARE(markers.at(0)->label(), QStringLiteral("Below the cutoff"));
        QCOMPARE(markers.at(0)->brush().style(), Qt::TexturePattern);
        QCOMPARE(formats->barSets().at(1)->brush().style(), Qt::TexturePattern);
        auto *scoreView = page.findChild<QChartView *>(QStringLiteral("scoreChart"));
        QCOMPARE(scoreView->accessibleName(), QStringLiteral("Scores by profile"));
        QCOMPARE(scoreView->accessibleDescription(),
                 QStringLiteral("Below the cutoff: hatched bars; At or above the cutoff: solid bars"));
        QVERIFY(page.findChild<QChartView *>(QStringLiteral("qualityChart"))->accessibleDescription().isEmpty());

        // Picking another profile redraws the score chart only from the summary.
        combo->setCurrentIndex(combo->findText(QStringLiteral("Negative · radarr")));
        QCOMPARE(categoriesOf(page, "scoreChart").size(), 11);
        // Sonarr v3 has no score: a sentence, not empty axes.
        combo->setCurrentIndex(combo->findText(QStringLiteral("Any · sonarr")));
        QVERIFY(!page.findChild<QChartView *>(QStringLiteral("scoreChart"))->isVisible());
        // The pick survives new rows.
        combo->setCurrentIndex(combo->findText(QStringLiteral("Negative · radarr")));
        page.setRows(rows());
        QCOMPARE(combo->currentText(), QStringLiteral("Negative · radarr"));
    }

    void chartsLabelNumbersInTheLocale()
    {
        // The value axes draw "-2.000" in German as the tables do, not C's "-2000".
        const QLocale previous;
        const auto restore = qScopeGuard([&previous] { QLocale::setDefault(previous); });
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        DashboardPage page;
        page.resize(1200, 900);
        page.show();
        page.setRows(rows());
        QCOMPARE(categoriesOf(page, "scoreChart").first(), QStringLiteral("-1.500"));
        QCOMPARE(chartOf(page, "formatChart")->locale(), QLocale(QLocale::German, QLocale::Germany));
        QTRY_VERIFY2(drawnText(page, "formatChart").contains(QStringLiteral("-2.000")),
                     qPrintable(drawnText(page, "formatChart").join(u'|')));
        QVERIFY(!drawnText(page, "formatChart").contains(QStringLiteral("-2000")));
    }

    void clickingABarNarrowsTheTable()
    {
        DashboardPage page;
        page.show();
        page.setRows(rows());
        QSignalSpy spy(&page, &DashboardPage::filterRequested);

        // A score bin: HD's files scoring 1000 to 1499.
        Q_EMIT barsOf(page, "scoreChart")->barSets().at(1)->clicked(5);
        QCOMPARE(spy.count(), 1);
        LibraryFilter expected;
        expected.profiles = {QStringLiteral("HD")};
        expected.instances = {QStringLiteral("radarr")};
        expected.minScore = 1000;
        expected.maxScore = 1499;
        QCOMPARE(filterOf(spy), expected);

        Q_EMIT barsOf(page, "qualityChart")->barSets().first()->clicked(6);
        expected = {};
        expected.qualities = {QStringLiteral("Bluray-1080p")};
        QCOMPARE(filterOf(spy), expected);

        Q_EMIT barsOf(page, "resolutionChart")->barSets().first()->clicked(3);
        expected = {};
        expected.resolutions = {QStringLiteral("Unknown")};
        QCOMPARE(filterOf(spy), expected);

        Q_EMIT barsOf(page, "formatChart")->barSets().at(1)->clicked(1);
        expected = {};
        expected.hasFormat = QStringLiteral("x265 (HD)");
        QCOMPARE(filterOf(spy), expected);

        // Candidates of HD (top bar), then the files of Negative that meet the cutoffs: the profile only.
        Q_EMIT barsOf(page, "candidateChart")->barSets().at(0)->clicked(3);
        expected = {};
        expected.profiles = {QStringLiteral("HD")};
        expected.instances = {QStringLiteral("radarr")};
        expected.candidatesOnly = true;
        QCOMPARE(filterOf(spy), expected);
        Q_EMIT barsOf(page, "candidateChart")->barSets().at(2)->clicked(1);
        expected.profiles = {QStringLiteral("Negative")};
        expected.candidatesOnly = false;
        QCOMPARE(filterOf(spy), expected);
        QCOMPARE(spy.count(), 6);

        // The patch narrows a filter the table already has.
        LibraryFilter current;
        current.text = QStringLiteral("a");
        current.merge(filterOf(spy));
        QCOMPARE(current.text, QStringLiteral("a"));
        QCOMPARE(current.profiles, QStringList{QStringLiteral("Negative")});
    }

    void hiddenPageComputesWhenShown()
    {
        DashboardPage page;
        page.setRows(rows());
        QCOMPARE(page.summary().files, 0); // nothing computed while hidden
        page.show();
        QCOMPARE(page.summary().files, 16);
        QVERIFY(!page.isEmptyState());
    }

    void trendLinesPerInstance()
    {
        DashboardPage page;
        page.show();
        page.setRows(rows());
        QVERIFY(!page.findChild<QChartView *>(QStringLiteral("trendChart"))->isVisible()); // no trend yet
        TrendReport trend;
        const QDateTime t0(QDate(2026, 10, 1), QTime(3, 0), Qt::UTC);
        trend.points = {{1, QStringLiteral("radarr"), t0, 12, 12, 400.0, 7, std::nullopt},
                        {2, QStringLiteral("sonarr"), t0.addSecs(60), 4, 0, std::nullopt, 3, std::nullopt},
                        {3, QStringLiteral("radarr"), t0.addDays(7), 12, 12, 450.0, 6, 1}};
        page.setTrend(trend);
        QChart *chart = chartOf(page, "trendChart");
        QVERIFY(page.findChild<QChartView *>(QStringLiteral("trendChart"))->isVisible());
        // radarr: mean score and candidates; sonarr (v3, no score): candidates only.
        QStringList names;
        QList<int> counts;
        for (QAbstractSeries *series : chart->series()) {
            names << series->name();
            counts << int(static_cast<QLineSeries *>(series)->count());
        }
        QCOMPARE(names, (QStringList{QStringLiteral("radarr mean score"), QStringLiteral("radarr candidates"),
                                     QStringLiteral("sonarr candidates")}));
        QCOMPARE(counts, (QList<int>{2, 2, 1}));
    }

    void serverNamesAreNotMarkup()
    {
        // Qt Charts draws labels as HTML: a server naming a quality, format or profile in markup would
        // have it rendered (an image fetched, a label in bold, or nothing drawn at all).
        const QString quality = QStringLiteral("<b>Bold</b>");
        const QString format = QStringLiteral("<img src=x>");
        const QString profile = QStringLiteral("<i>HD</i> & co");
        LibrarySnapshot radarr = m_radarr;
        LibrarySnapshot sonarr = m_sonarr;
        radarr.profiles[0].name = profile;
        QList<FileRow> list;
        for (LibrarySnapshot *s : {&radarr, &sonarr}) {
            for (QualityProfile &p : s->profiles)
                for (FormatItem &item : p.formatItems)
                    if (item.name == QLatin1String("Remux"))
                        item.name = format;
            for (MediaFile &f : s->files) {
                if (f.quality == QLatin1String("Bluray-1080p"))
                    f.quality = quality;
                for (FormatRef &ref : f.customFormats)
                    if (ref.name == QLatin1String("Remux"))
                        ref.name = format;
                list << FileRow::of(*s, f);
            }
        }

        DashboardPage page;
        page.resize(1200, 900);
        page.show();
        page.setRows(list);
        QCOMPARE(categoriesOf(page, "qualityChart").last(), QStringLiteral("&lt;b&gt;Bold&lt;/b&gt;"));
        QVERIFY(categoriesOf(page, "formatChart").contains(QStringLiteral("&lt;img src=x&gt;")));
        QCOMPARE(categoriesOf(page, "candidateChart").last(),
                 QStringLiteral("&lt;i&gt;HD&lt;/i&gt; &amp; co · radarr"));
        QTRY_VERIFY2(drawnText(page, "qualityChart").contains(quality),
                     qPrintable(drawnText(page, "qualityChart").join(u'|')));
        QTRY_VERIFY2(drawnText(page, "formatChart").contains(format),
                     qPrintable(drawnText(page, "formatChart").join(u'|')));
        QTRY_VERIFY2(drawnText(page, "candidateChart").contains(profile + QStringLiteral(" · radarr")),
                     qPrintable(drawnText(page, "candidateChart").join(u'|')));
        // The filter a click asks for holds the names as they are.
        QSignalSpy spy(&page, &DashboardPage::filterRequested);
        Q_EMIT barsOf(page, "qualityChart")->barSets().first()->clicked(6);
        QCOMPARE(filterOf(spy).qualities, QStringList{quality});

        // A bar's tooltip reads as the name, markup and all.
        auto *qualities = page.findChild<QChartView *>(QStringLiteral("qualityChart"));
        qualities->activateWindow();
        Q_EMIT barsOf(page, "qualityChart")->barSets().first()->hovered(true, 6);
        QTRY_COMPARE(toolTipShown(), QStringLiteral("<b>Bold</b>: 6 files"));
        Q_EMIT barsOf(page, "qualityChart")->barSets().first()->hovered(false, 6);

        // The trend's legend: an instance named in markup.
        TrendReport trend;
        const QString instance = QStringLiteral("<u>radarr</u>");
        trend.points = {{1, instance, QDateTime(QDate(2026, 10, 1), QTime(3, 0), Qt::UTC), 12, 12, 400.0, 7, 1}};
        page.setTrend(trend);
        QStringList legend;
        for (QLegendMarker *marker : chartOf(page, "trendChart")->legend()->markers())
            legend << marker->label();
        QCOMPARE(legend, (QStringList{QStringLiteral("&lt;u&gt;radarr&lt;/u&gt; mean score"),
                                      QStringLiteral("&lt;u&gt;radarr&lt;/u&gt; candidates")}));
        QTRY_VERIFY2(drawnText(page, "trendChart").contains(instance + QStringLiteral(" mean score")),
                     qPrintable(drawnText(page, "trendChart").join(u'|')));
    }

    void darkPaletteGivesTheDarkTheme()
    {
        DashboardPage page;
        page.show();
        page.setRows(rows());
        QCOMPARE(chartOf(page, "qualityChart")->theme(), QChart::ChartThemeLight);
        QPalette dark = page.palette();
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2e));
        dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x20));
        page.setPalette(dark);
        QVERIFY(ChartCard::isDark(page.palette()));
        QCOMPARE(chartOf(page, "qualityChart")->theme(), QChart::ChartThemeDark);
        QCOMPARE(chartOf(page, "qualityChart")->legend()->labelColor(), QColor(0xe0, 0xe0, 0xe0));
    }
};

QTEST_MAIN(tst_DashboardPage)
#include "tst_dashboardpage.moc"
