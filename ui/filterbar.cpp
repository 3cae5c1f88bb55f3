#include "filterbar.h"

#include "models/libraryfiltermodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QSpinBox>
#include <QToolButton>

#include <algorithm>

namespace arrscore {

namespace {

constexpr int anyScore = -1'000'000;
constexpr int maxScoreValue = 1'000'000;

void fill(QComboBox *box, QStringList values)
{
    const QString current = box->currentData().toString();
    values.sort(Qt::CaseInsensitive);
    while (box->count() > 1)
        box->removeItem(1);
    for (const QString &value : std::as_const(values))
        box->addItem(value, value);
    const int index = box->findData(current);
    box->setCurrentIndex(index > 0 ? index : 0);
}

void select(QComboBox *box, const QString &value)
{
    if (value.isEmpty()) {
        box->setCurrentIndex(0);
        return;
    }
    int index = box->findData(value);
    if (index < 0) {
        box->addItem(value, value);
        index = box->count() - 1;
    }
    box->setCurrentIndex(index);
}

QString selected(const QComboBox *box)
{
    return box->currentIndex() > 0 ? box->currentData().toString() : QString();
}

QStringList asList(const QString &value)
{
    return value.isEmpty() ? QStringList() : QStringList{value};
}

} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent), m_search(new QLineEdit(this)), m_minScore(new QSpinBox(this)), m_maxScore(new QSpinBox(this)),
      m_candidates(new QCheckBox(tr("Upgrade candidates only"), this)),
      m_better(new QCheckBox(tr("Better release available"), this)), m_clear(new QToolButton(this))
{
    setObjectName(QStringLiteral("filterBar"));
    m_search->setObjectName(QStringLiteral("filterEdit"));
    m_search->setPlaceholderText(tr("Filter by title, release group or path"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter"));
    m_search->setAccessibleDescription(
        tr("Shows only the files whose title, release group or path contains this text"));
    m_instance = addCombo(QStringLiteral("instanceFilter"), tr("All instances"), tr("Only files of this instance"));
    m_profile = addCombo(QStringLiteral("profileFilter"), tr("All profiles"), tr("Only files in this quality profile"));
    m_quality = addCombo(QStringLiteral("qualityFilter"), tr("All qualities"), tr("Only files of this quality"));
    m_resolution =
        addCombo(QStringLiteral("resolutionFilter"), tr("All resolutions"), tr("Only files of this resolution"));
    m_hasFormat = addCombo(QStringLiteral("hasFormatFilter"), tr("Has any format"),
                           tr("Only files that matched this custom format"));
    m_lacksFormat = addCombo(QStringLiteral("lacksFormatFilter"), tr("Lacks no format"),
                             tr("Only files that did not match this custom format"));
    for (QSpinBox *spin : {m_minScore, m_maxScore}) {
        spin->setRange(anyScore, maxScoreValue);
        spin->setValue(anyScore);
        spin->setSpecialValueText(tr("any"));
        spin->setSingleStep(50);
        spin->setAccelerated(true);
        spin->setKeyboardTracking(false);
        connect(spin, &QSpinBox::valueChanged, this, &FilterBar::readWidgets);
    }
    m_minScore->setObjectName(QStringLiteral("minScoreFilter"));
    m_maxScore->setObjectName(QStringLiteral("maxScoreFilter"));
    m_minScore->setAccessibleName(tr("Lowest score"));
    m_maxScore->setAccessibleName(tr("Highest score"));
    m_minScore->setToolTip(tr("Lowest custom format score to show; files without a score are hidden when set"));
    m_maxScore->setToolTip(tr("Highest custom format score to show"));
    m_candidates->setObjectName(QStringLiteral("candidatesOnlyFilter"));
    m_candidates->setToolTip(tr("Only files below their profile's cutoff score or quality, in a profile that "
                                "allows upgrades"));
    m_better->setObjectName(QStringLiteral("betterAvailableFilter"));
    m_better->setToolTip(tr("Only files whose latest check for better releases found one the server would take "
                            "(File › Check for Better Releases)"));
    m_clear->setObjectName(QStringLiteral("clearFiltersButton"));
    m_clear->setText(tr("Clear filters"));
    m_clear->setToolTip(tr("Show every file again (Ctrl+Shift+F)"));
    m_clear->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_clear->setAutoRaise(true);
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clear);
    connect(m_search, &QLineEdit::textChanged, this, &FilterBar::readWidgets);
    connect(m_candidates, &QCheckBox::toggled, this, &FilterBar::readWidgets);
    connect(m_better, &QCheckBox::toggled, this, &FilterBar::readWidgets);

    // Tab in reading order: the top row, then the bottom one left to right.
    const QList<QWidget *> order{m_search,  m_candidates, m_better,   m_clear,    m_instance,  m_profile,
                                 m_quality, m_resolution, m_minScore, m_maxScore, m_hasFormat, m_lacksFormat};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    auto *score = new QHBoxLayout;
    score->setSpacing(4);
    auto *scoreLabel = new QLabel(tr("&Score"), this);
    scoreLabel->setBuddy(m_minScore);
    score->addWidget(scoreLabel);
    score->addWidget(m_minScore);
    score->addWidget(new QLabel(QStringLiteral("–"), this));
    score->addWidget(m_maxScore);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_candidates);
    top->addWidget(m_better);
    top->addWidget(m_clear);
    auto *bottom = new QHBoxLayout;
    bottom->setSpacing(6);
    for (QComboBox *box : {m_instance, m_profile, m_quality, m_resolution})
        bottom->addWidget(box);
    bottom->addSpacing(8);
    bottom->addLayout(score);
    bottom->addSpacing(8);
    bottom->addWidget(m_hasFormat);
    bottom->addWidget(m_lacksFormat);
    bottom->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addLayout(bottom);
    showFilter();
}

QComboBox *FilterBar::addCombo(const QString &objectName, const QString &anyText, const QString &toolTip)
{
    auto *box = new QComboBox(this);
    box->setObjectName(objectName);
    box->addItem(anyText);
    box->setToolTip(toolTip);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    box->setMinimumContentsLength(10);
    box->setMaximumWidth(220);
    connect(box, &QComboBox::currentIndexChanged, this, &FilterBar::readWidgets);
    return box;
}

void FilterBar::setChoices(const QList<LibrarySnapshot> &snapshots)
{
    QSet<QString> instances, profiles, qualities, formats;
    QSet<int> resolutions;
    for (const LibrarySnapshot &s : snapshots) {
        instances.insert(s.instance.name);
        for (const QualityProfile &p : s.profiles)
            profiles.insert(p.name);
        for (const CustomFormat &f : s.formats)
            formats.insert(f.name);
        for (const MediaFile &f : s.files) {
            qualities.insert(f.quality);
            resolutions.insert(f.resolution);
        }
    }
    qualities.remove(QString());
    m_updating = true;
    fill(m_instance, instances.values());
    fill(m_profile, profiles.values());
    fill(m_quality, qualities.values());
    fill(m_hasFormat, formats.values());
    fill(m_lacksFormat, formats.values());
    // Resolutions from high to low, as people read them.
    QList<int> sorted = resolutions.values();
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    const QString current = m_resolution->currentData().toString();
    while (m_resolution->count() > 1)
        m_resolution->removeItem(1);
    for (int r : std::as_const(sorted))
        m_resolution->addItem(LibraryFilterModel::resolutionLabel(r), LibraryFilterModel::resolutionLabel(r));
    m_resolution->setCurrentIndex(std::max(0, m_resolution->findData(current)));
    m_updating = false;
    readWidgets();
}

void FilterBar::setFilter(const LibraryFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    showFilter();
    Q_EMIT filterChanged(m_filter);
}

void FilterBar::clear()
{
    setFilter({});
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::showFilter()
{
    m_updating = true;
    if (m_search->text() != m_filter.text)
        m_search->setText(m_filter.text);
    select(m_instance, m_filter.instances.value(0));
    select(m_profile, m_filter.profiles.value(0));
    select(m_quality, m_filter.qualities.value(0));
    select(m_resolution, m_filter.resolutions.value(0));
    select(m_hasFormat, m_filter.hasFormat);
    select(m_lacksFormat, m_filter.lacksFormat);
    m_minScore->setValue(m_filter.minScore.value_or(anyScore));
    m_maxScore->setValue(m_filter.maxScore.value_or(anyScore));
    m_candidates->setChecked(m_filter.candidatesOnly);
    m_better->setChecked(m_filter.betterOnly);
    m_clear->setEnabled(!m_filter.isEmpty());
    m_updating = false;
}

void FilterBar::readWidgets()
{
    if (m_updating)
        return;
    LibraryFilter f;
    f.text = m_search->text();
    f.instances = asList(selected(m_instance));
    f.profiles = asList(selected(m_profile));
    f.qualities = asList(selected(m_quality));
    f.resolutions = asList(selected(m_resolution));
    f.hasFormat = selected(m_hasFormat);
    f.lacksFormat = selected(m_lacksFormat);
    if (m_minScore->value() != anyScore)
        f.minScore = m_minScore->value();
    if (m_maxScore->value() != anyScore)
        f.maxScore = m_maxScore->value();
    f.candidatesOnly = m_candidates->isChecked();
    f.betterOnly = m_better->isChecked();
    m_clear->setEnabled(!f.isEmpty());
    if (f == m_filter)
        return;
    m_filter = f;
    Q_EMIT filterChanged(m_filter);
}

} // namespace arrscore
