#include "traycontroller.h"

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QWidget>

#include <algorithm>

namespace arrscore {

namespace {

std::optional<bool> g_trayAvailableForTesting;

// The schedule is checked against the clock at least this often: a timer alone would run late by as long as
// the computer slept, and a periodic sync is due by the clock on the wall.
constexpr qint64 kCheckEveryMs = 60000;

const QString kShowIcon = QStringLiteral("ui/trayIcon");
const QString kStartMinimised = QStringLiteral("ui/startMinimised");
const QString kSyncEveryHours = QStringLiteral("ui/syncEveryHours");
const QString kHideExplained = QStringLiteral("ui/trayHideExplained");

} // namespace

TrayController::Settings TrayController::Settings::load()
{
    const QSettings settings;
    Settings s;
    s.showIcon = settings.value(kShowIcon, false).toBool();
    s.startMinimised = settings.value(kStartMinimised, false).toBool();
    s.syncEveryHours = std::clamp(settings.value(kSyncEveryHours, 0).toInt(), 0, maxHours);
    return s;
}

void TrayController::Settings::save() const
{
    QSettings settings;
    settings.setValue(kShowIcon, showIcon);
    settings.setValue(kStartMinimised, startMinimised);
    settings.setValue(kSyncEveryHours, syncEveryHours);
}

TrayController::TrayController(QWidget *window)
    : QObject(window), m_window(window), m_menu(new QMenu(window)), m_timer(new QTimer(this))
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_showHide = m_menu->addAction(tr("&Show Window"), this, &TrayController::toggleWindow);
    m_showHide->setObjectName(QStringLiteral("trayShowHideAction"));
    m_sync = m_menu->addAction(tr("S&ync Now"), this, &TrayController::syncRequested);
    m_sync->setObjectName(QStringLiteral("traySyncAction"));
    m_menu->addSeparator();
    m_quit = m_menu->addAction(tr("&Quit"), this, &TrayController::quitRequested);
    m_quit->setObjectName(QStringLiteral("trayQuitAction"));
    // The menu says what it will do when it opens: the window may have been shown or hidden in between.
    connect(m_menu, &QMenu::aboutToShow, this, [this] {
        const bool shown = m_window->isVisible() && !m_window->isMinimized();
        m_showHide->setText(shown ? tr("&Hide Window") : tr("&Show Window"));
    });

    m_timer->setObjectName(QStringLiteral("periodicSyncTimer"));
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &TrayController::checkSchedule);
    reloadSettings();
}

TrayController::~TrayController() = default;

bool TrayController::isSystemTrayAvailable()
{
    return g_trayAvailableForTesting.value_or(QSystemTrayIcon::isSystemTrayAvailable());
}

void TrayController::setSystemTrayAvailableForTesting(std::optional<bool> available)
{
    g_trayAvailableForTesting = available;
}

void TrayController::reloadSettings()
{
    const Settings before = m_settings;
    m_settings = Settings::load();
    if (m_settings.showIcon && isSystemTrayAvailable()) {
        createIcon();
        m_icon->show();
    } else if (m_icon) {
        delete m_icon;
        m_icon = nullptr;
    }
    if (m_settings.syncEveryHours != before.syncEveryHours || !m_next.isValid()) {
        const QDateTime from = m_lastSync.isValid() ? m_lastSync : QDateTime::currentDateTimeUtc();
        setNextSync(m_settings.syncEveryHours > 0 ? from.addSecs(qint64(m_settings.syncEveryHours) * 3600)
                                                  : QDateTime());
    }
    updateToolTip();
}

void TrayController::createIcon()
{
    if (m_icon)
        return;
    m_icon = new QSystemTrayIcon(this);
    m_icon->setObjectName(QStringLiteral("trayIcon"));
    QIcon icon = QApplication::windowIcon();
    if (icon.isNull())
        icon = QIcon(QStringLiteral(":/icons/arrscore-64.png"));
    m_icon->setIcon(icon);
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            toggleWindow();
    });
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, &TrayController::openFromMessage);
}

bool TrayController::isIconShown() const
{
    return m_icon && m_icon->isVisible();
}

bool TrayController::explainHidingOnce()
{
    QSettings settings;
    if (settings.value(kHideExplained, false).toBool())
        return false;
    settings.setValue(kHideExplained, true);
    notify(tr("Arr Score Exporter is still running"),
           tr("It keeps watch from the tray. Click the icon to open the window; quit from the icon's menu."));
    return true;
}

QString TrayController::toolTip() const
{
    QStringList lines{tr("Arr Score Exporter")};
    const QLocale locale;
    if (m_syncing)
        lines << tr("Syncing…");
    else if (m_lastSync.isValid())
        lines << tr("Last sync: %1").arg(locale.toString(m_lastSync.toLocalTime(), QLocale::ShortFormat));
    if (!m_lastSummary.isEmpty() && !m_syncing)
        lines << m_lastSummary;
    if (m_next.isValid())
        lines << tr("Next sync: %1").arg(locale.toString(m_next.toLocalTime(), QLocale::ShortFormat));
    return lines.join(QLatin1Char('\n'));
}

void TrayController::updateToolTip()
{
    if (m_icon)
        m_icon->setToolTip(toolTip());
}

void TrayController::setNextSync(const QDateTime &when)
{
    m_next = when;
    armTimer();
    updateToolTip();
}

void TrayController::armTimer()
{
    if (!m_next.isValid()) {
        m_timer->stop();
        return;
    }
    const qint64 until = QDateTime::currentDateTimeUtc().msecsTo(m_next);
    m_timer->start(int(std::clamp<qint64>(until, 0, kCheckEveryMs)));
}

void TrayController::checkSchedule()
{
    if (!m_next.isValid() || m_settings.syncEveryHours <= 0)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (now < m_next) {
        armTimer();
        return;
    }
    // A sync that is running already stands for this one; either way the next is N hours from now.
    setNextSync(now.addSecs(qint64(m_settings.syncEveryHours) * 3600));
    if (!m_syncing)
        Q_EMIT syncRequested();
}

void TrayController::setSyncing(bool syncing)
{
    m_syncing = syncing;
    m_sync->setEnabled(!syncing);
    updateToolTip();
}

void TrayController::setLastSync(const QDateTime &when, const QString &summary)
{
    if (!when.isValid())
        return;
    // The first sync known (read at start) may leave the next one due at once: the app catches up. After that
    // the schedule only moves later, so a sync that stored nothing (all failed) is not tried again at once.
    const bool first = !m_lastSync.isValid();
    m_lastSync = when;
    if (!summary.isEmpty())
        m_lastSummary = summary;
    const QDateTime next = when.addSecs(qint64(m_settings.syncEveryHours) * 3600);
    if (m_settings.syncEveryHours > 0 && (first || next > m_next))
        setNextSync(next);
    updateToolTip();
}

bool TrayController::notify(const QString &title, const QString &message)
{
    if (!isIconShown())
        return false;
    m_lastMessage = title + QLatin1Char('\n') + message;
    m_icon->showMessage(title, message, QSystemTrayIcon::Information, 15000);
    Q_EMIT notified(title, message);
    return true;
}

void TrayController::toggleWindow()
{
    if (m_window->isVisible() && !m_window->isMinimized())
        m_window->hide();
    else
        showWindow();
}

void TrayController::showWindow()
{
    m_window->setWindowState(m_window->windowState() & ~Qt::WindowMinimized);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void TrayController::openFromMessage()
{
    showWindow();
    Q_EMIT changesRequested();
}

} // namespace arrscore
