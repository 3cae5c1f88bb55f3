#include "releaselist.h"

#include "base/handoff.h"
#include "base/localeformat.h"
#include "plaintooltips.h"
#include "storage/database.h"
#include "upgrades/lookupstore.h"
#include "upgrades/releaseverdict.h"
#include "views/upgradecells.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QThreadPool>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace arrscore {

namespace {

// What decides first: the release, its score against the file's, and whether the server would take it.
enum Column { Title, Score, ServerSays, Quality, Size, Formats, Indexer, ColumnCount };

// Runs on a worker thread with a connection of its own: the releases that count for the checked item.
Result<QList<ReleaseInfo>> readReleases(const QString &location, const ItemCheck &check)
{
    Result<std::unique_ptr<Database>> db = Database::open(location);
    if (!db)
        return db.error();
    LookupStore store(*db.value());
    Result<QList<ReleaseInfo>> releases = store.releases(check.lookupId);
    if (!releases)
        return releases;
    Result<std::optional<LookupStore::Lookup>> lookup = store.lookup(check.lookupId);
    if (!lookup)
        return lookup.error();
    const std::optional<LookupStore::Lookup> &found = lookup.value();
    // A season lookup answers for several episodes: only the releases holding this one count for it.
    if (found.has_value() && found.value().scope == LookupRequest::Scope::Season) {
        QList<ReleaseInfo> mine;
        for (int index : ReleaseVerdict::releasesFor(*releases, check.item.episode))
            mine << releases->at(index);
        return mine;
    }
    return releases;
}

} // namespace

ReleaseList::ReleaseList(QWidget *parent)
    : QWidget(parent), m_heading(new QLabel(this)), m_list(new QTreeWidget(this)),
      m_grab(new QPushButton(tr("&Grab…"), this)), m_pool(new QThreadPool(this))
{
    setObjectName(QStringLiteral("releaseList"));
    m_heading->setObjectName(QStringLiteral("releasesHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_list->setObjectName(QStringLiteral("releasesTable"));
    m_list->setAccessibleName(tr("Releases found"));
    m_list->setAccessibleDescription(tr("The releases of the latest check, the server's pick first"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Release"), tr("Score (gain)"), tr("Server says"), tr("Quality"), tr("Size"),
                             tr("Custom formats"), tr("Indexer")});
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(Title, 220);
    m_list->setColumnWidth(Score, 110);
    PlainToolTips::install(m_list); // release titles and rejections come from the servers
    m_grab->setObjectName(QStringLiteral("grabButton"));
    m_grab->setAccessibleName(tr("Grab the selected release"));
    m_grab->setAccessibleDescription(tr("Asks the server to download the selected release, after a confirmation"));
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ReleaseList::updateGrab);
    connect(m_grab, &QPushButton::clicked, this, [this] {
        const std::optional<ReleaseInfo> release = releaseAt(m_list->indexOfTopLevelItem(m_list->currentItem()));
        if (m_check && release && release->approved)
            Q_EMIT grabRequested(*m_check, *release);
    });
    m_pool->setMaxThreadCount(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_grab, 0, Qt::AlignLeft);
    clear();
}

void ReleaseList::clear()
{
    ++m_serial;
    m_check.reset();
    m_releases.clear();
    m_list->clear();
    m_list->hide();
    m_grab->hide();
    m_heading->setText(tr("Not checked for better releases yet: File › Check for Better Releases (Ctrl+Shift+U)."));
}

void ReleaseList::showCheck(const std::optional<ItemCheck> &check, std::optional<int> fileScore)
{
    clear();
    if (!check)
        return;
    m_check = check;
    m_fileScore = fileScore;
    const ItemCheck &c = *check;
    if (c.verdict == Verdict::Deferred) {
        m_heading->setText(tr("Deferred: the hourly limit of release lookups was reached; it may run at %1.")
                               .arg(LocaleFormat::dateTime(c.deferredUntil)));
        return;
    }
    const QString when =
        tr("Checked %1 (%2)").arg(LocaleFormat::dateTime(c.checkedAt), UpgradeCells::relativeTime(c.checkedAt));
    if (c.verdict == Verdict::Failed) {
        m_heading->setText(when + QStringLiteral(": ") + tr("the lookup failed: %1").arg(c.error));
        return;
    }
    m_heading->setText(when + QStringLiteral(": ") + ReleaseVerdict::text(c.verdict) + QStringLiteral(", ")
                       + tr("%n releases", nullptr, c.releaseCount));
    if (c.releaseCount == 0 || c.lookupId == 0 || m_location.isEmpty())
        return;
    m_list->show();
    m_grab->show();
    m_grab->setEnabled(false);
    const quint64 serial = m_serial;
    const QString location = m_location;
    whenFinished(this, runInBackground(m_pool, [location, request = c] { return readReleases(location, request); }),
                 [this, serial](const Result<QList<ReleaseInfo>> &releases) {
                     if (serial != m_serial)
                         return; // another file was selected meanwhile
                     if (!releases)
                         m_heading->setText(tr("The releases could not be read: %1").arg(releases.error().message));
                     else
                         fill(releases.value());
                     Q_EMIT releasesShown();
                 });
}

void ReleaseList::fill(const QList<ReleaseInfo> &releases)
{
    m_releases = releases;
    // The pick first (the server's own choice), then the server's order.
    if (m_check && m_check->pick) {
        const auto pick = std::find_if(m_releases.begin(), m_releases.end(), [this](const ReleaseInfo &r) {
            return r.guid == m_check->pick->guid && r.indexerId == m_check->pick->indexerId;
        });
        if (pick != m_releases.end())
            std::rotate(m_releases.begin(), pick, pick + 1);
    }
    const QLocale locale;
    for (int row = 0; row < m_releases.size(); ++row) {
        const ReleaseInfo &r = m_releases.at(row);
        const bool isPick = row == 0 && m_check && m_check->pick && m_check->pick->guid == r.guid;
        QString score = r.customFormatScore ? locale.toString(*r.customFormatScore) : tr("n/a");
        if (r.customFormatScore && m_fileScore)
            score +=
                QStringLiteral(" (%1)").arg(UpgradeCells::signedNumber(qint64(*r.customFormatScore) - *m_fileScore));
        QStringList formats;
        for (const FormatRef &f : r.customFormats)
            formats << f.name;
        const QString status =
            r.approved ? tr("Approved") : QStringLiteral("✖ ") + r.rejections.join(QStringLiteral("; "));
        auto *item = new QTreeWidgetItem(m_list, {(isPick ? QStringLiteral("★ ") : QString()) + r.title, score, status,
                                                  r.quality, locale.formattedDataSize(r.sizeBytes, 1),
                                                  formats.join(QStringLiteral(", ")), r.indexer});
        item->setTextAlignment(Score, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(Size, Qt::AlignRight | Qt::AlignVCenter);
        if (isPick)
            item->setData(Title, Qt::AccessibleTextRole, tr("Pick: %1").arg(r.title));
        item->setToolTip(Title, r.title);
        item->setToolTip(ServerSays, r.approved ? tr("The server would take this release as an upgrade")
                                                : r.rejections.join(QLatin1Char('\n')));
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateGrab();
}

std::optional<ReleaseInfo> ReleaseList::releaseAt(int row) const
{
    if (row < 0 || row >= m_releases.size())
        return std::nullopt;
    return m_releases.at(row);
}

void ReleaseList::updateGrab()
{
    const std::optional<ReleaseInfo> release = releaseAt(m_list->indexOfTopLevelItem(m_list->currentItem()));
    const bool approved = release && release->approved;
    m_grab->setEnabled(approved);
    m_grab->setToolTip(
        !release   ? tr("Select a release to grab")
        : approved ? tr("Ask the server to download this release (asks first)")
                   : tr("The server rejects this release: %1").arg(release->rejections.join(QStringLiteral("; "))));
}

QString ReleaseList::text() const
{
    QStringList lines{m_heading->text()};
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < ColumnCount; ++column)
            cells << m_list->topLevelItem(row)->text(column);
        lines << cells.join(QStringLiteral(" | "));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace arrscore
