#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

#include <optional>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QTimer;
class QWidget;

namespace arrscore {

// The app keeping watch while it runs: the tray icon with its menu (Show/Hide, Sync Now, Quit) and a tooltip
// with the last and the next sync, the timer behind "sync every N hours", and desktop notifications that open
// the Changes view when clicked. Everything but the icon works without one (offscreen, or a desktop without a
// tray): the timer runs either way, and tests drive the menu, the timer and a click on a message directly.
class TrayController : public QObject
{
    Q_OBJECT
public:
    // What Settings › Tray and Schedule keeps in QSettings (ui/…).
    struct Settings
    {
        bool showIcon = false;
        bool startMinimised = false; // only with the icon: else there would be no way back to the window
        int syncEveryHours = 0;      // 0: no periodic sync

        static constexpr int maxHours = 168;
        static Settings load();
        void save() const;
    };

    // window: the main window the menu shows and hides; it is not owned.
    explicit TrayController(QWidget *window);
    ~TrayController() override;

    // Reads the settings again: shows or removes the icon, restarts the schedule.
    void reloadSettings();
    const Settings &settings() const { return m_settings; }

    // The system's tray, or what a test set instead.
    static bool isSystemTrayAvailable();
    static void setSystemTrayAvailableForTesting(std::optional<bool> available);

    bool isIconShown() const; // an icon is in the tray now
    // Closing the window hides it to the tray instead (the icon is there to bring it back).
    bool hidesOnClose() const { return isIconShown(); }
    // The window should start hidden in the tray (start minimised, and an icon to bring it back).
    bool startsHidden() const { return m_settings.startMinimised && isIconShown(); }
    // The first time only: tells through the icon that the app still runs, and true; false afterwards.
    bool explainHidingOnce();

    QMenu *menu() const { return m_menu; }
    QAction *showHideAction() const { return m_showHide; }
    QAction *syncAction() const { return m_sync; }
    QAction *quitAction() const { return m_quit; }
    QString toolTip() const;

    // When the periodic sync is next due; invalid when there is none.
    QDateTime nextSync() const { return m_next; }
    // Moves the next periodic sync (tests, and after any sync): at most every N hours.
    void setNextSync(const QDateTime &when);

    // The app's sync started or ended: the menu's Sync Now follows, the schedule counts from the end.
    void setSyncing(bool syncing);
    // A sync landed (the app's or another process's): the tooltip names it and the schedule counts from it.
    void setLastSync(const QDateTime &when, const QString &summary);

    // A desktop notification from the icon; false when there is none to show it from.
    bool notify(const QString &title, const QString &message);
    QString lastMessage() const { return m_lastMessage; }

public Q_SLOTS:
    void toggleWindow();
    void showWindow();
    // A notification was clicked: the window in front, on the Changes view.
    void openFromMessage();

Q_SIGNALS:
    void syncRequested(); // Sync Now from the menu, or the periodic sync is due
    void changesRequested();
    void quitRequested();
    void notified(const QString &title, const QString &message);

private:
    void createIcon();
    void updateToolTip();
    void checkSchedule();
    void armTimer();

    QWidget *m_window;
    Settings m_settings;
    QSystemTrayIcon *m_icon = nullptr;
    QMenu *m_menu;
    QAction *m_showHide;
    QAction *m_sync;
    QAction *m_quit;
    QTimer *m_timer;
    QDateTime m_next;
    QDateTime m_lastSync;
    QString m_lastSummary;
    QString m_lastMessage;
    bool m_syncing = false;
};

} // namespace arrscore
