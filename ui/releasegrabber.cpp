#include "releasegrabber.h"

#include "storage/database.h"
#include "upgrades/releasegrab.h"
#include "views/upgradecells.h"

#include <QLocale>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QWidget>

namespace arrscore {

ReleaseGrabber::ReleaseGrabber(QWidget *window)
    : QObject(window), m_window(window), m_nam(new QNetworkAccessManager(this))
{
}

ReleaseGrabber::~ReleaseGrabber()
{
    delete m_grab; // before the connection it uses
}

bool ReleaseGrabber::isRunning() const
{
    return m_grab && m_grab->isRunning();
}

QString ReleaseGrabber::question(const ItemCheck &check, const ReleaseInfo &release, const QDateTime &now)
{
    const QLocale locale;
    const bool radarr = check.item.type == InstanceType::Radarr;
    QString text = tr("%1 \"%2\" will be sent POST /api/v3/release with guid %3 and indexer id %4, and downloads "
                      "the release; once imported it replaces the file of %5.")
                       .arg(radarr ? QStringLiteral("Radarr") : QStringLiteral("Sonarr"), check.item.instance,
                            release.guid, locale.toString(release.indexerId), check.item.title);
    QString score = release.customFormatScore ? locale.toString(*release.customFormatScore) : tr("n/a");
    if (release.customFormatScore && check.item.currentScore)
        score =
            tr("%1, %2 over the file")
                .arg(score, UpgradeCells::signedNumber(qint64(*release.customFormatScore) - *check.item.currentScore));
    text += QStringLiteral("\n\n")
            + tr("From %1: %2, %3, score %4.")
                  .arg(release.indexer, release.quality, locale.formattedDataSize(release.sizeBytes, 1), score);
    if (check.checkedAt.isValid() && check.checkedAt.msecsTo(now) > ReleaseGrab::kCacheTtlMs)
        text += QStringLiteral("\n\n")
                + tr("The releases were looked up %1; the server keeps them only 30 minutes, so the item is looked "
                     "up again first (one of the instance's hourly release lookups, 10–120 seconds). If the "
                     "release is no longer offered, nothing is grabbed.")
                      .arg(UpgradeCells::relativeTime(check.checkedAt, now));
    return text;
}

bool ReleaseGrabber::grab(const ItemCheck &check, const ReleaseInfo &release, const QList<InstanceConfig> &instances,
                          const QString &database, bool confirm)
{
    if (isRunning())
        return false;
    const auto config = std::find_if(instances.cbegin(), instances.cend(),
                                     [&check](const InstanceConfig &i) { return i.name == check.item.instance; });
    if (config == instances.cend()) {
        Q_EMIT finished(false, tr("%1: this instance is no longer configured, so nothing can be grabbed from it.")
                                   .arg(check.item.instance));
        return false;
    }
    if (confirm) {
        QMessageBox box(QMessageBox::Question, tr("Grab release"), tr("Grab “%1”?").arg(release.title),
                        QMessageBox::Cancel, m_window);
        box.setObjectName(QStringLiteral("grabQuestion"));
        box.setTextFormat(Qt::PlainText); // the title comes from an indexer
        box.setInformativeText(question(check, release, QDateTime::currentDateTimeUtc()));
        QPushButton *go = box.addButton(tr("Grab"), QMessageBox::AcceptRole);
        box.setDefaultButton(go);
        box.exec();
        if (box.clickedButton() != go)
            return false;
    }
    Result<std::unique_ptr<Database>> db = Database::open(database);
    if (!db) {
        Q_EMIT finished(false, db.error().message);
        return false;
    }
    delete m_grab;
    m_db = std::move(db).value();
    m_grab = new ReleaseGrab(m_nam, *m_db, this);
    connect(m_grab, &ReleaseGrab::lookupStarted, this, &ReleaseGrabber::lookingUpAgain);
    connect(m_grab, &ReleaseGrab::finished, this,
            [this] { Q_EMIT finished(m_grab->state() == ReleaseGrab::State::Grabbed, m_grab->summary()); });
    ReleaseGrab::Request request;
    request.target = InstanceTarget::fromConfig(*config);
    request.lookupsPerHour = config->releaseLookupsPerHour;
    request.check = check;
    request.guid = release.guid;
    request.indexerId = release.indexerId;
    request.releaseTitle = release.title;
    m_grab->start(request);
    return true;
}

} // namespace arrscore
