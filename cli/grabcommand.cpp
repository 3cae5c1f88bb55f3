#include "grabcommand.h"

#include "base/localeformat.h"
#include "config/secretstore.h"
#include "interrupthandler.h"
#include "itemselection.h"
#include "lookupprinter.h"
#include "storage/database.h"
#include "upgrades/lookuprunner.h"
#include "upgrades/lookupstore.h"
#include "upgrades/releasegrab.h"
#include "upgrades/releaseverdict.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QNetworkAccessManager>

#include <algorithm>

namespace arrscore {

namespace {

const QString kGuid = QStringLiteral("guid");

} // namespace

QList<QCommandLineOption> GrabCommand::options()
{
    return {QCommandLineOption(kGuid, tr("A release of the item's latest lookup."), QStringLiteral("GUID"))};
}

int GrabCommand::run(const QCommandLineParser &parser, const QStringList &positional)
{
    if (!positional.isEmpty()) {
        m_ctx.err << tr("grab takes no arguments; see \"arrscore --help\".") << '\n';
        return ExitUsage;
    }
    const QStringList instances = parser.values(QStringLiteral("instance"));
    const QStringList itemTexts = parser.values(QStringLiteral("item"));
    if (instances.size() != 1 || itemTexts.size() != 1) {
        m_ctx.err << tr("grab needs one --instance NAME and one --item ID (a movie id for Radarr, an episode id "
                        "for Sonarr).")
                  << '\n';
        return ExitUsage;
    }
    ItemSelection selection(m_ctx);
    QList<qint64> ids;
    if (const int code = selection.parseIds(itemTexts, QStringLiteral("item"), ids); code != ExitOk)
        return code;
    if (ids.size() != 1) {
        m_ctx.err << tr("grab takes one --item ID.") << '\n';
        return ExitUsage;
    }
    const InstanceConfig *instance = selection.singleInstance(instances.first());
    if (!instance)
        return ExitUsage;
    const qint64 itemId = ids.first();
    Database *db = selection.database(false);
    if (!db)
        return ExitFailed;

    LookupStore lookups(*db);
    Result<std::optional<ItemCheck>> latest = lookups.latestCheck(instance->name, itemId);
    if (!latest) {
        m_ctx.err << latest.error().message << '\n';
        return ExitFailed;
    }
    const std::optional<ItemCheck> found = std::move(latest).value();
    if (!found) {
        m_ctx.err << tr(R"(No lookup of item %1 on "%2" yet: run "arrscore releases --instance %2 --item %1" first.)")
                         .arg(itemId)
                         .arg(instance->name)
                  << '\n';
        return ExitFailed;
    }
    const ItemCheck &check = *found;
    const QString item = LookupPrinter::itemText(check.item);
    if (check.verdict != Verdict::Better || !check.pick) {
        m_ctx.err << tr("The latest lookup of %1 (%2) found no release Radarr/Sonarr would take as an upgrade "
                        "(%3): nothing to grab. \"arrscore releases --instance %4 --item %5\" looks again.")
                         .arg(item, LocaleFormat::dateTime(check.checkedAt), ReleaseVerdict::text(check.verdict),
                              instance->name)
                         .arg(itemId)
                  << '\n';
        return ExitFailed;
    }

    // The release to grab: the pick, or the one --guid names from the same lookup.
    ReleaseInfo release = *check.pick;
    const QString guid = parser.value(kGuid);
    if (!guid.isEmpty()) {
        Result<QList<ReleaseInfo>> offered = lookups.releases(check.lookupId);
        if (!offered) {
            m_ctx.err << offered.error().message << '\n';
            return ExitFailed;
        }
        const auto named =
            std::find_if(offered->cbegin(), offered->cend(), [&guid](const ReleaseInfo &r) { return r.guid == guid; });
        if (named == offered->cend()) {
            m_ctx.err << tr("The latest lookup of %1 (%2) has no release with guid \"%3\".")
                             .arg(item, LocaleFormat::dateTime(check.checkedAt), guid)
                      << '\n';
            return ExitUsage;
        }
        release = *named;
    }

    const qint64 ageMs = check.checkedAt.msecsTo(QDateTime::currentDateTimeUtc());
    m_ctx.err << tr("Grab for %1:").arg(item) << '\n'
              << QStringLiteral("  ") << LookupPrinter::releaseText(release, check.item.currentScore) << '\n';
    for (const QString &rejection : std::as_const(release.rejections))
        m_ctx.err << QStringLiteral("    ") << tr("rejected: %1").arg(rejection) << '\n';
    if (ageMs > ReleaseGrab::kCacheTtlMs)
        m_ctx.err << tr("The lookup is from %1, and Radarr/Sonarr keep looked-up releases for %2: it is looked up "
                        "again first (one lookup of release_lookups_per_hour), and the release grabbed if still "
                        "offered.")
                         .arg(LocaleFormat::dateTime(check.checkedAt), LocaleFormat::duration(ReleaseGrab::kCacheTtlMs))
                  << '\n';
    if (!parser.isSet(QStringLiteral("yes"))
        && !m_ctx.confirm(tr("Send it to the download client of %1?").arg(instance->name),
                          tr("Nothing was grabbed: run it again with --yes to grab it, or in a terminal to be asked.")))
        return ExitFailed;

    QList<InstanceConfig> configs{*instance};
    if (const Status keys = SecretStore().resolveBlocking(configs); !keys) {
        m_ctx.err << keys.error().message << '\n';
        return ExitUsage;
    }
    ReleaseGrab::Request request;
    request.target = InstanceTarget::fromConfig(configs.first());
    request.lookupsPerHour = configs.first().releaseLookupsPerHour;
    request.check = check;
    request.guid = release.guid;
    request.indexerId = release.indexerId;
    request.releaseTitle = release.title;

    QNetworkAccessManager nam;
    QEventLoop loop;
    InterruptHandler interrupt;
    ReleaseGrab grab(&nam, *db);
    bool cancelled = false;
    QObject::connect(&grab, &ReleaseGrab::lookupStarted, &loop, [this] {
        if (!m_ctx.quiet)
            m_ctx.err << tr("Looking up again (at most %1)…").arg(LocaleFormat::duration(LookupRunner::kTimeoutMs))
                      << '\n';
        m_ctx.err.flush();
    });
    QObject::connect(&grab, &ReleaseGrab::finished, &loop, &QEventLoop::quit);
    QObject::connect(&interrupt, &InterruptHandler::interruptRequested, &grab, [&grab, &cancelled] {
        cancelled = true;
        grab.cancel();
    });
    grab.start(request);
    loop.exec();

    const bool grabbed = grab.state() == ReleaseGrab::State::Grabbed;
    (grabbed ? m_ctx.out : m_ctx.err) << grab.summary() << '\n';
    m_ctx.out.flush();
    m_ctx.err.flush();
    if (cancelled && !grabbed)
        return ExitCancelled;
    return grabbed ? ExitOk : ExitFailed;
}

} // namespace arrscore
