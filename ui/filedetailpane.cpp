#include "filedetailpane.h"

#include "analysis/candidatefinder.h"
#include "analysis/profilefacts.h"
#include "base/filerow.h"
#include "base/handoff.h"
#include "history/historystore.h"
#include "models/upgradeindex.h"
#include "releaselist.h"
#include "scorehistorychart.h"
#include "storage/database.h"
#include "theme.h"

#include <QDesktopServices>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QThreadPool>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace arrscore {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString signedScore(int score)
{
    return (score > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(score);
}

// Runs on a worker thread, with a connection of its own (connections belong to the thread that opened them).
Result<QList<ItemHistory>> readHistory(const QString &location, qint64 itemId, const QString &instance)
{
    Result<std::unique_ptr<Database>> db = Database::open(location);
    if (!db)
        return db.error();
    return HistoryStore(*db.value()).itemHistory(itemId, instance);
}

} // namespace

FileDetailPane::FileDetailPane(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_body(new QTextBrowser(this)),
      m_history(new ScoreHistoryChart(this)), m_releases(new ReleaseList(this)), m_open(new QPushButton(this)),
      m_historyDelay(new QTimer(this)), m_historyPool(new QThreadPool(this))
{
    setObjectName(QStringLiteral("detailPane"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_body->setObjectName(QStringLiteral("detailText"));
    m_body->setOpenLinks(false);
    m_body->setFrameShape(QFrame::NoFrame);
    m_open->setObjectName(QStringLiteral("openInArrButton"));
    m_open->setAccessibleName(tr("Open in Radarr or Sonarr"));
    m_open->setAccessibleDescription(tr("Opens this file's page on its server in the browser"));
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_link.isValid())
            QDesktopServices::openUrl(m_link);
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_title);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_releases, 1);
    layout->addWidget(m_history);
    connect(m_releases, &ReleaseList::grabRequested, this, &FileDetailPane::grabRequested);
    layout->addWidget(m_open, 0, Qt::AlignLeft);
    // Moving through the table with the arrow keys reads only the row the user stops on.
    m_historyDelay->setSingleShot(true);
    m_historyDelay->setInterval(120);
    connect(m_historyDelay, &QTimer::timeout, this, &FileDetailPane::loadHistory);
    // One read at a time, in the order asked, and off the global pool that painting also uses.
    m_historyPool->setObjectName(QStringLiteral("historyPool"));
    m_historyPool->setMaxThreadCount(1);
    clear();
}

void FileDetailPane::setDatabaseLocation(const QString &location)
{
    m_location = location;
    m_releases->setDatabaseLocation(location);
}

qint64 FileDetailPane::historyItemId(const MediaFile &file)
{
    // HistoryStore keys Radarr items by movie and Sonarr items by episode: a multi-episode file's
    // history is that of its first episode.
    if (file.kind == MediaKind::Movie)
        return file.itemId;
    return file.episodeIds.isEmpty() ? 0 : file.episodeIds.first();
}

void FileDetailPane::loadHistory()
{
    const HistoryRequest request = m_request;
    const QString location = m_location;
    HandOff<Result<QList<ItemHistory>>> reading = runInBackground(
        m_historyPool, [location, request] { return readHistory(location, request.itemId, request.instance); });
    whenFinished(this, std::move(reading), [this, request](const Result<QList<ItemHistory>> &result) {
        if (request.serial != m_request.serial)
            return; // the selection changed meanwhile
        if (!result) {
            m_history->showMessage(tr("The score history could not be read: %1").arg(result.error().message));
        } else if (result->isEmpty()) {
            m_history->showMessage(tr("No stored sync has this file yet."));
        } else {
            m_history->setHistory(result->first(), request.cutoff, request.until);
        }
        Q_EMIT historyShown();
    });
}

void FileDetailPane::clear()
{
    m_title->setText(tr("No file selected"));
    m_body->setHtml(tr("<p>Select a file to see how its score is made up.</p>"));
    m_open->hide();
    m_releases->clear();
    m_releases->hide();
    m_link = QUrl();
    ++m_request.serial;
    m_historyDelay->stop();
    m_history->hide();
}

QString FileDetailPane::text() const
{
    return m_title->text() + QLatin1Char('\n') + m_body->toPlainText();
}

QUrl FileDetailPane::webUrl(const FileRow &row)
{
    if (row.file->titleSlug.isEmpty())
        return {};
    QUrl url(row.snapshot->instance.url);
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    path += (row.file->kind == MediaKind::Movie ? QStringLiteral("/movie/") : QStringLiteral("/series/"))
            + row.file->titleSlug;
    url.setPath(path);
    return url;
}

void FileDetailPane::showFile(const FileRow &row)
{
    const MediaFile &f = *row.file;
    const QLocale locale;
    m_title->setText(CandidateFinder::displayTitle(f));

    QString html;
    const QualityProfile *profile = row.profile;
    if (!profile) {
        html += tr("<p>The profile of this file (id %1) was not in the sync, so its score cannot be "
                   "explained.</p>")
                    .arg(f.qualityProfileId);
    } else {
        const ProfileFacts facts = ProfileFacts::of(*profile);
        html += QStringLiteral("<h3>%1</h3>").arg(tr("Score in “%1”").arg(esc(profile->name)));
        if (!f.customFormatScore) {
            html += tr("<p>The server does not score files (Sonarr v3 has no custom formats).</p>");
        } else {
            html += QStringLiteral("<table cellspacing='0' cellpadding='3'>");
            for (const FormatRef &cf : f.customFormats) {
                const int score = profile->scoreOf(cf.id);
                // The minus sign says it too; the red reads on the pane's own background.
                const QString colour = score < 0 ? Theme::belowCutoffColour(m_body->palette()).name() : QString();
                html += QStringLiteral("<tr><td>%1</td><td align='right'%3>%2</td></tr>")
                            .arg(esc(cf.name), signedScore(score),
                                 colour.isEmpty() ? QString() : QStringLiteral(" style='color:%1'").arg(colour));
            }
            if (f.customFormats.isEmpty())
                html += tr("<tr><td><i>matches no custom format</i></td><td align='right'>0</td></tr>");
            const int score = *f.customFormatScore;
            // Below the cutoff: the tables' sign and colour, and the words after the table.
            const QString total = facts.scoreBelow(f) ? QStringLiteral("<span style='color:%1'>%2 %3</span>")
                                                            .arg(Theme::belowCutoffColour(m_body->palette()).name(),
                                                                 QString(QChar(0x25bc)), locale.toString(score))
                                                      : locale.toString(score);
            html += QStringLiteral("<tr><td><b>%1</b></td><td align='right'><b>%2</b></td></tr>")
                        .arg(f.scoreComputed ? tr("Total (computed from the profile)") : tr("Total"), total);
            html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td></tr>")
                        .arg(tr("Cutoff score"), locale.toString(profile->cutoffFormatScore));
            html += QStringLiteral("</table>");
            if (facts.scoreBelow(f))
                html += tr("<p><b>%Ln points below the cutoff.</b></p>", nullptr, profile->cutoffFormatScore - score);
            else
                html += tr("<p>At or above the cutoff.</p>");
        }
        html += QStringLiteral("<h3>%1</h3>").arg(tr("Quality"));
        html += tr("<p>%1 — the profile's cutoff is %2: %3.</p>")
                    .arg(esc(f.quality), esc(profile->cutoffName()),
                         facts.qualityBelow(f) ? tr("<b>below the cutoff</b>") : tr("met"));
        if (!profile->upgradeAllowed)
            html += tr("<p>This profile does not allow upgrades: the file is capped.</p>");

        // The profile's valuable formats this file lacks: what an upgrade could bring.
        QStringList lacking;
        for (const FormatItem &item : facts.positiveFormats) {
            const bool has = std::any_of(f.customFormats.cbegin(), f.customFormats.cend(),
                                         [&item](const FormatRef &r) { return r.id == item.formatId; });
            if (!has)
                // <nobr>: "(+1 600)" with French digit grouping must not break after "+1".
                lacking << QStringLiteral("<nobr>%1 (%2)</nobr>").arg(esc(item.name), signedScore(item.score));
            if (lacking.size() == 5)
                break;
        }
        if (!lacking.isEmpty())
            html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                        .arg(tr("Worth having, missing"), lacking.join(QStringLiteral(", ")));
    }

    html += QStringLiteral("<h3>%1</h3><table cellspacing='0' cellpadding='2'>").arg(tr("File"));
    const auto row2 = [&html](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(label, value.toHtmlEscaped());
    };
    row2(tr("Size"), locale.formattedDataSize(f.sizeBytes, 1));
    row2(tr("Release group"), f.releaseGroup);
    QStringList video{f.videoCodec, f.mediaResolution, f.dynamicRange};
    video.removeAll(QString());
    row2(tr("Video"), video.join(QStringLiteral(" · ")));
    row2(tr("Audio"), f.audioCodec + (f.audioChannels > 0 ? QStringLiteral(" %1").arg(f.audioChannels) : QString()));
    row2(tr("Languages"), f.languages.join(QStringLiteral(", ")));
    row2(tr("Added"), locale.toString(f.dateAdded.toLocalTime(), QLocale::ShortFormat));
    row2(tr("Path"), f.relativePath);
    row2(tr("Instance"), row.snapshot->instance.name);
    html += QStringLiteral("</table>");
    m_body->setHtml(html);

    const ItemCheck *check = m_upgrades ? m_upgrades->checkOf(row) : nullptr;
    m_releases->showCheck(check ? std::optional<ItemCheck>(*check) : std::nullopt, f.customFormatScore);
    m_releases->show();

    m_link = webUrl(row);
    m_open->setText(row.snapshot->instance.type == InstanceType::Radarr ? tr("Open in Radarr") : tr("Open in Sonarr"));
    m_open->setVisible(m_link.isValid());

    ++m_request.serial;
    m_historyDelay->stop();
    m_request.itemId = historyItemId(f);
    m_request.instance = row.snapshot->instance.name;
    m_request.cutoff = profile ? std::optional<int>(profile->cutoffFormatScore) : std::nullopt;
    m_request.until = row.snapshot->finishedAt;
    m_history->setVisible(!m_location.isEmpty());
    if (m_location.isEmpty())
        return;
    if (m_request.itemId == 0) {
        m_history->showMessage(tr("This file has no episode the history knows."));
        return;
    }
    m_history->showMessage(tr("Reading the score history…"));
    m_historyDelay->start();
}

} // namespace arrscore
