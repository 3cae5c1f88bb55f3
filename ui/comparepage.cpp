#include "comparepage.h"

#include "base/handoff.h"
#include "models/comparerows.h"
#include "models/rowtablemodel.h"
#include "sortedproxy.h"
#include "storage/database.h"
#include "storage/serverhistorystore.h"
#include "tablepage.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace arrscore {

ComparePage::ComparePage(QWidget *parent)
    : QWidget(parent), m_left(new QComboBox(this)), m_right(new QComboBox(this)), m_summary(new QLabel(this)),
      m_stack(new QStackedWidget(this)), m_empty(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_shared(new RowTableModel(this)), m_only(new RowTableModel(this)), m_drift(new RowTableModel(this)),
      m_sharedPage(new TablePage(QStringLiteral("compareShared"), sortedProxy(m_shared, this), m_tabs)),
      m_onlyPage(new TablePage(QStringLiteral("compareOnly"), sortedProxy(m_only, this), m_tabs)),
      m_driftPage(new TablePage(QStringLiteral("compareDrift"), sortedProxy(m_drift, this), m_tabs))
{
    setObjectName(QStringLiteral("comparePage"));
    m_shared->setColumns(CompareRows::sharedColumns());
    m_only->setColumns(CompareRows::onlyInColumns());
    m_only->setColumnTitles(CompareRows::onlyInTitles());
    m_drift->setColumns(CompareRows::driftColumns());

    m_left->setObjectName(QStringLiteral("compareLeft"));
    m_left->setAccessibleName(tr("First instance"));
    m_left->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_right->setObjectName(QStringLiteral("compareRight"));
    m_right->setAccessibleName(tr("Second instance"));
    m_right->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *leftLabel = new QLabel(tr("C&ompare:"), this);
    leftLabel->setBuddy(m_left);
    auto *rightLabel = new QLabel(tr("&with:"), this);
    rightLabel->setBuddy(m_right);
    connect(m_left, &QComboBox::currentIndexChanged, this, [this] {
        fillRight();
        compareChosen();
    });
    connect(m_right, &QComboBox::currentIndexChanged, this, &ComparePage::compareChosen);
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    m_empty->setObjectName(QStringLiteral("compareEmptyState"));
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(40);
    m_empty->setAccessibleName(tr("Compare"));
    m_empty->setText(
        tr("Compare shows two instances of the same kind side by side, such as a 4K and a 1080p Radarr: the items "
           "both have with each one's file, quality and score, the items only one has, and the custom formats "
           "their profiles of the same name score differently.\n\nIt needs two Radarr or two Sonarr instances, "
           "both synced. Add another with File › Add Instance, then sync (F5)."));

    m_tabs->setObjectName(QStringLiteral("compareTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_sharedPage, QString());
    m_tabs->addTab(m_onlyPage, QString());
    m_tabs->addTab(m_driftPage, QString());
    m_sharedPage->table()->setAccessibleName(tr("Items in both instances"));
    m_onlyPage->table()->setAccessibleName(tr("Items in only one instance"));
    m_driftPage->table()->setAccessibleName(tr("Profile drift"));
    m_sharedPage->setCaption(tr("Each item both instances have a file for, with its quality and score in each. "
                                "<i>Difference</i> is the second instance's score minus the first's."));
    m_onlyPage->setCaption(tr("Items that only one of the two instances has a file for."));
    m_driftPage->setCaption(tr("Custom formats that the two instances' profiles of the same name score "
                               "differently, format by format. A format a profile does not list counts as 0."));
    const auto col = [](RowTableModel *model, const char *name) { return model->columnOf(QString::fromLatin1(name)); };
    m_sharedPage->setDefaults({col(m_shared, "left_profile"), col(m_shared, "right_profile")}, {},
                              col(m_shared, "difference"), Qt::AscendingOrder, true);
    m_onlyPage->setDefaults({}, {}, col(m_only, "title"), Qt::AscendingOrder, true);
    m_driftPage->setDefaults({}, {}, col(m_drift, "profile"), Qt::AscendingOrder, true);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_tabs);
    auto *choices = new QHBoxLayout;
    choices->setContentsMargins(0, 0, 0, 0);
    choices->addWidget(leftLabel);
    choices->addWidget(m_left);
    choices->addWidget(rightLabel);
    choices->addWidget(m_right);
    choices->addWidget(m_summary, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(choices);
    layout->addWidget(m_stack, 1);
    show(Comparison{});
}

const LibrarySnapshot *ComparePage::snapshotOf(const QString &instance) const
{
    for (const LibrarySnapshot &s : m_snapshots) {
        if (s.instance.name == instance)
            return &s;
    }
    return nullptr;
}

void ComparePage::setSnapshots(const QList<LibrarySnapshot> &snapshots, const QString &databaseLocation)
{
    m_location = databaseLocation;
    const QString left = m_left->currentData().toString();
    const QString right = m_right->currentData().toString();
    m_snapshots = snapshots;
    {
        const QSignalBlocker blockLeft(m_left);
        const QSignalBlocker blockRight(m_right);
        fillLeft();
        if (const int l = m_left->findData(left); l >= 0)
            m_left->setCurrentIndex(l);
        fillRight();
        if (const int r = m_right->findData(right); r >= 0)
            m_right->setCurrentIndex(r);
    }
    compareChosen();
}

void ComparePage::fillLeft()
{
    // Only instances that have another of their kind to be compared with; the first such kind first.
    m_left->clear();
    for (const LibrarySnapshot &s : std::as_const(m_snapshots)) {
        const auto sameKind = std::count_if(m_snapshots.cbegin(), m_snapshots.cend(), [&s](const LibrarySnapshot &o) {
            return o.instance.type == s.instance.type;
        });
        if (sameKind >= 2)
            m_left->addItem(QStringLiteral("%1 (%2)").arg(s.instance.name, s.instance.appName), s.instance.name);
    }
}

void ComparePage::fillRight()
{
    const QString chosen = m_right->currentData().toString();
    const QSignalBlocker blocker(m_right);
    m_right->clear();
    const LibrarySnapshot *left = snapshotOf(m_left->currentData().toString());
    if (!left)
        return;
    for (const LibrarySnapshot &s : std::as_const(m_snapshots)) {
        if (s.instance.type == left->instance.type && s.instance.name != left->instance.name)
            m_right->addItem(QStringLiteral("%1 (%2)").arg(s.instance.name, s.instance.appName), s.instance.name);
    }
    m_right->setCurrentIndex(std::max(0, m_right->findData(chosen)));
}

void ComparePage::compare(const QString &left, const QString &right)
{
    m_left->setCurrentIndex(m_left->findData(left)); // fills the second list and compares
    m_right->setCurrentIndex(m_right->findData(right));
}

void ComparePage::compareChosen()
{
    const LibrarySnapshot *left = snapshotOf(m_left->currentData().toString());
    const LibrarySnapshot *right = snapshotOf(m_right->currentData().toString());
    const quint64 serial = ++m_serial;
    if (!left || !right) {
        show(Comparison{});
        return;
    }
    m_summary->setText(tr("Comparing…"));
    // Copies share the snapshots' data with the window's: nothing is copied for the worker, which reads only
    // the items' catalogue ids (tmdbId, tvdbId), with a connection of its own.
    const auto work = [a = *left, b = *right, location = m_location]() -> Result<Comparison> {
        Result<std::unique_ptr<Database>> db = Database::open(location);
        if (!db)
            return db.error();
        ServerHistoryStore store(*db.value());
        const MediaKind kind = a.instance.type == InstanceType::Radarr ? MediaKind::Movie : MediaKind::Episode;
        Result<QHash<qint64, qint64>> idsA = store.externalIds(a.instance.name, kind);
        if (!idsA)
            return idsA.error();
        Result<QHash<qint64, qint64>> idsB = store.externalIds(b.instance.name, kind);
        if (!idsB)
            return idsB.error();
        return InstanceComparison::compare({&a, &b}, {idsA.value(), idsB.value()});
    };
    whenFinished(this, runInBackground(work), [this, serial](const Result<Comparison> &comparison) {
        if (serial != m_serial)
            return;
        if (!comparison) {
            show(Comparison{});
            Q_EMIT problem(comparison.error().message);
            return;
        }
        show(comparison.value());
    });
}

void ComparePage::show(const Comparison &comparison)
{
    const bool any = comparison.instances.size() == 2;
    m_stack->setCurrentWidget(any ? static_cast<QWidget *>(m_tabs) : m_empty);
    m_left->setEnabled(m_left->count() > 0);
    m_right->setEnabled(m_right->count() > 0);
    const QString left = comparison.instances.value(0);
    const QString right = comparison.instances.value(1);
    m_shared->setColumnTitles(CompareRows::sharedTitles(left, right));
    m_drift->setColumnTitles(CompareRows::driftTitles(left, right));
    VariantRows shared = CompareRows::shared(comparison);
    m_shared->setRows(shared);
    VariantRows only = CompareRows::onlyIn(comparison);
    m_only->setRows(only);
    VariantRows drift = CompareRows::drift(comparison);
    m_drift->setRows(drift);
    const QLocale locale;
    m_tabs->setTabText(0, tr("In both (%1)").arg(locale.toString(m_shared->rowCount())));
    m_tabs->setTabText(1, tr("Only in one (%1)").arg(locale.toString(m_only->rowCount())));
    m_tabs->setTabText(2, tr("Profile drift (%1)").arg(locale.toString(m_drift->rowCount())));
    QStringList summary;
    if (any)
        summary << tr("%Ln items in both", nullptr, int(m_shared->rowCount()))
                << tr("%Ln only in one", nullptr, int(m_only->rowCount()))
                << tr("%Ln formats scored differently", nullptr, int(m_drift->rowCount()));
    summary << comparison.notes;
    m_summary->setText(summary.join(QStringLiteral(" · ")));
    if (any)
        Q_EMIT compared();
}

TablePage *ComparePage::currentTablePage() const
{
    return isShowingEmptyState() ? nullptr : qobject_cast<TablePage *>(m_tabs->currentWidget());
}

bool ComparePage::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

QString ComparePage::emptyStateText() const
{
    return m_empty->text();
}

} // namespace arrscore
