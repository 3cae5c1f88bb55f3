// The app through the accessibility interface a screen reader uses (QAccessible): every interactive
// element of the main window and of each dialog has a name, every menu command a shortcut or a mnemonic,
// every control is reachable with Tab, and Tab moves in reading order.

#include "aboutdialog.h"
#include "config/secretstore.h"
#include "demolibrary.h"
#include "exportdialog.h"
#include "instancedialog.h"
#include "mainwindow.h"
#include "models/filetablemodel.h"
#include "notificationdialog.h"
#include "problemreportdialog.h"
#include "recyclarrimportdialog.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "userguide.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtTest>

using namespace arrscore;

namespace {

bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::List:
    case QAccessible::PageTab:
    case QAccessible::MenuItem:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
        return true;
    default:
        return false;
    }
}

// Parts Qt draws inside a control and announces through it: a combo box's popup list (read as the combo
// box) and a line edit's clear button (out of the Tab chain; Ctrl+A and Delete do the same).
bool isQtInternal(const QObject *o)
{
    return o && (o->inherits("QComboBoxListView") || o->inherits("QLineEditIconButton"));
}

QString describe(QAccessibleInterface *iface)
{
    const QObject *o = iface->object();
    QString path;
    for (const QObject *p = o; p; p = p->parent()) {
        if (!p->objectName().isEmpty()) {
            path = p->objectName() + (path.isEmpty() ? QString() : QStringLiteral("/") + path);
            if (p->isWidgetType() && static_cast<const QWidget *>(p)->isWindow())
                break;
        }
    }
    return QStringLiteral("%1 %2 (%3)")
        .arg(QString::fromLatin1(qAccessibleRoleString(iface->role())),
             o ? QString::fromLatin1(o->metaObject()->className()) : QString(), path);
}

void walk(QAccessibleInterface *iface, QStringList *nameless, int depth)
{
    if (!iface || depth > 40)
        return;
    const QAccessible::Role role = iface->role();
    if (isInteractive(role) && iface->text(QAccessible::Name).trimmed().isEmpty() && !isQtInternal(iface->object()))
        *nameless << describe(iface);
    // An item view's cells are named by the data; the view itself is what needs a name.
    if (role == QAccessible::Table || role == QAccessible::Tree || role == QAccessible::List)
        return;
    for (int i = 0; i < iface->childCount(); ++i)
        walk(iface->child(i), nameless, depth + 1);
}

// Every interactive element under `root` (shown or not) that a screen reader would announce without a name.
QStringList namelessIn(QWidget *root)
{
    QStringList nameless;
    walk(QAccessible::queryAccessibleInterface(root), &nameless, 0);
    // Menus are windows of their own: their items are walked from the menu bar's actions.
    for (QMenu *menu : root->findChildren<QMenu *>())
        walk(QAccessible::queryAccessibleInterface(menu), &nameless, 0);
    nameless.removeDuplicates();
    return nameless;
}

// The focus chain through `root`'s children from its first focusable one: visible and enabled widgets only.
QList<QWidget *> tabChain(QWidget *root)
{
    QList<QWidget *> chain;
    QWidget *w = root;
    for (int guard = 0; guard < 500; ++guard) {
        w = w->nextInFocusChain();
        if (w == root)
            break;
        if (!root->isAncestorOf(w) || !w->isVisibleTo(root) || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus)
            || w->focusProxy())
            continue;
        if (!chain.isEmpty() && w == chain.first())
            break;
        chain << w;
    }
    return chain;
}

QString widgetName(const QWidget *w)
{
    const QString name = w->objectName().isEmpty() ? w->accessibleName() : w->objectName();
    return QStringLiteral("%1 '%2'").arg(QString::fromLatin1(w->metaObject()->className()), name);
}

// Tab goes down the page, and left to right within a row; it goes back up only into a column further right.
QStringList readingOrderProblems(QWidget *root)
{
    QStringList problems;
    const QList<QWidget *> chain = tabChain(root);
    for (qsizetype i = 1; i < chain.size(); ++i) {
        const QRect a(chain[i - 1]->mapTo(root, QPoint()), chain[i - 1]->size());
        const QRect b(chain[i]->mapTo(root, QPoint()), chain[i]->size());
        const bool up = b.bottom() < a.top();
        const bool sameRow = b.top() <= a.bottom() && a.top() <= b.bottom();
        const bool left = b.right() < a.left();
        const bool right = b.left() > a.left();
        if ((up && !right) || (sameRow && left))
            problems << QStringLiteral("%1 → %2").arg(widgetName(chain[i - 1]), widgetName(chain[i]));
    }
    return problems;
}

// Controls a keyboard user could not reach: shown, enabled, interactive and never given focus by Tab.
QStringList unreachableIn(QWidget *root)
{
    QStringList out;
    const auto check = [&out, root](QWidget *w) {
        if (!w->isVisibleTo(root) || !w->isEnabled() || (w->focusPolicy() & Qt::TabFocus) || w->focusProxy())
            return;
        // Tool bar buttons stand for menu commands, which have shortcuts; a tab bar's tabs for its pages.
        if (qobject_cast<QToolBar *>(w->parentWidget()) || w->inherits("QTabBar") || w->inherits("QScrollBar")
            || isQtInternal(w))
            return;
        out << widgetName(w);
    };
    for (QAbstractButton *w : root->findChildren<QAbstractButton *>())
        check(w);
    for (QLineEdit *w : root->findChildren<QLineEdit *>()) {
        if (!qobject_cast<QComboBox *>(w->parentWidget()))
            check(w);
    }
    for (QComboBox *w : root->findChildren<QComboBox *>())
        check(w);
    for (QAbstractItemView *w : root->findChildren<QAbstractItemView *>()) {
        if (!w->inherits("QComboBoxListView") && !w->inherits("QHeaderView"))
            check(w);
    }
    return out;
}

void checkWindow(QWidget *root, bool readingOrder = true)
{
    const QStringList nameless = namelessIn(root);
    QVERIFY2(nameless.isEmpty(), qPrintable(QStringLiteral("nameless:\n") + nameless.join(QLatin1Char('\n'))));
    const QStringList unreachable = unreachableIn(root);
    QVERIFY2(unreachable.isEmpty(),
             qPrintable(QStringLiteral("not reachable by Tab:\n") + unreachable.join(QLatin1Char('\n'))));
    if (readingOrder) {
        const QStringList order = readingOrderProblems(root);
        QVERIFY2(order.isEmpty(),
                 qPrintable(QStringLiteral("Tab out of reading order:\n") + order.join(QLatin1Char('\n'))));
    }
}

} // namespace

class tst_Accessibility : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void detectorsCatchPlantedDefects();
    void firstRunWindow();
    void mainWindowWithALibrary();
    void menuCommandsHaveAShortcutOrMnemonic();
    void settingsAndInstanceDialogs();
    void helpDialogs();

private:
    void waitForDemo(MainWindow &window);
};

void tst_Accessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QFile::remove(DemoLibrary::databasePath());
    QAccessible::setActive(true);
}

void tst_Accessibility::detectorsCatchPlantedDefects()
{
    // The checks themselves: a nameless icon button, an unlabelled edit, a button Tab cannot reach and a
    // focus chain that jumps back up must each be reported, or the tests below prove nothing.
    QWidget page;
    auto *layout = new QVBoxLayout(&page);
    auto *edit = new QLineEdit(&page);
    auto *icon = new QPushButton(&page);
    icon->setIcon(page.style()->standardIcon(QStyle::SP_DialogSaveButton));
    auto *ok = new QPushButton(QStringLiteral("OK"), &page);
    layout->addWidget(edit);
    layout->addWidget(icon);
    layout->addWidget(ok);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(namelessIn(&page).size(), 2);
    edit->setAccessibleName(QStringLiteral("Title"));
    icon->setAccessibleName(QStringLiteral("Save"));
    QVERIFY(namelessIn(&page).isEmpty());

    QVERIFY(unreachableIn(&page).isEmpty());
    ok->setFocusPolicy(Qt::NoFocus);
    QCOMPARE(unreachableIn(&page).size(), 1);
    ok->setFocusPolicy(Qt::StrongFocus);

    QVERIFY(readingOrderProblems(&page).isEmpty());
    QWidget::setTabOrder(edit, ok); // edit, OK, then back up to the icon button

    QCOMPARE(readingOrderProblems(&page).size(), 1);
}

void tst_Accessibility::firstRunWindow()
{
    AppConfig config;
    config.database =
        QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/arrscore/none.db");
    MainWindow window(config);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    checkWindow(&window, false);
    QVERIFY(!QTest::currentTestFailed());
    QWidget *welcome = window.findChild<QWidget *>(QStringLiteral("welcomePage"));
    QVERIFY(welcome);
    const QStringList order = readingOrderProblems(welcome);
    QVERIFY2(order.isEmpty(), qPrintable(order.join(QLatin1Char('\n'))));
}

void tst_Accessibility::waitForDemo(MainWindow &window)
{
    QSignalSpy synced(&window, &MainWindow::syncFinished);
    window.startDemo();
    QTRY_COMPARE_WITH_TIMEOUT(synced.count(), 1, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(window.fileModel()->rowCount() > 100, 20000);
}

void tst_Accessibility::mainWindowWithALibrary()
{
    AppConfig config;
    MainWindow window(config);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    waitForDemo(window);
    if (QTest::currentTestFailed())
        return;
    for (int v = 0; v < Sidebar::ViewCount; ++v) {
        window.showView(Sidebar::View(v));
        QCoreApplication::processEvents();
        const QStringList nameless = namelessIn(&window);
        QVERIFY2(nameless.isEmpty(), qPrintable(Sidebar::viewTitle(Sidebar::View(v)) + QStringLiteral(": nameless:\n")
                                                + nameless.join(QLatin1Char('\n'))));
        const QStringList unreachable = unreachableIn(&window);
        QVERIFY2(unreachable.isEmpty(),
                 qPrintable(Sidebar::viewTitle(Sidebar::View(v)) + QStringLiteral(": not reachable by Tab:\n")
                            + unreachable.join(QLatin1Char('\n'))));
    }

    // The library view, a file selected so that the detail pane is filled: Tab reads the sidebar, then
    // the filters left to right, the table, then the detail pane.
    window.showView(Sidebar::Library);
    auto *table = window.findChild<QTableView *>(QStringLiteral("fileTable"));
    table->selectRow(0);
    QCoreApplication::processEvents();
    checkWindow(&window, false);
    QStringList order;
    for (QWidget *w : tabChain(&window)) {
        if (!w->objectName().isEmpty())
            order << w->objectName();
    }
    const auto at = [&order](const char *name) { return order.indexOf(QLatin1String(name)); };
    QVERIFY2(at("sidebar") >= 0 && at("filterEdit") >= 0 && at("fileTable") >= 0,
             qPrintable(order.join(QLatin1Char(' '))));
    QVERIFY2(at("sidebar") < at("filterEdit"), qPrintable(order.join(QLatin1Char(' '))));
    QVERIFY2(at("filterEdit") < at("fileTable"), qPrintable(order.join(QLatin1Char(' '))));
    QVERIFY2(at("fileTable") < at("openInArrButton"), qPrintable(order.join(QLatin1Char(' '))));
    for (const char *part : {"filterBar", "detailPane"}) {
        const QStringList problems = readingOrderProblems(window.findChild<QWidget *>(QLatin1String(part)));
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QLatin1String(part) + QStringLiteral(": ") + problems.join(QLatin1Char('\n'))));
    }

    // The export dialog, and the confirmation before a search for upgrades.
    window.exportFiles();
    ExportDialog *exportDialog = nullptr;
    QTRY_VERIFY((exportDialog = window.findChild<ExportDialog *>()) != nullptr && exportDialog->isVisible());
    checkWindow(exportDialog);
    exportDialog->close();

    table->selectRow(0);
    QStringList confirmProblems;
    bool confirmSeen = false;
    QTimer::singleShot(200, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        confirmSeen = true;
        confirmProblems = namelessIn(box) + unreachableIn(box) + readingOrderProblems(box);
        box->reject();
    });
    window.searchUpgrades(true);
    QTRY_VERIFY(confirmSeen);
    QVERIFY2(confirmProblems.isEmpty(), qPrintable(confirmProblems.join(QLatin1Char('\n'))));
}

void tst_Accessibility::menuCommandsHaveAShortcutOrMnemonic()
{
    AppConfig config;
    MainWindow window(config);
    QStringList missing;
    for (const ShortcutsDialog::Entry &e : ShortcutsDialog::entries(window.menuBar())) {
        if (e.shortcut.isEmpty())
            missing << e.menu + QStringLiteral(" ▸ ") + e.action + QStringLiteral(" (no shortcut)");
    }
    for (QMenu *menu : window.menuBar()->findChildren<QMenu *>()) {
        QVERIFY2(menu->menuAction()->text().contains(QLatin1Char('&')), qPrintable(menu->title()));
        for (QAction *a : menu->actions()) {
            if (!a->isSeparator() && !a->text().contains(QLatin1Char('&')))
                missing << menu->title() + QStringLiteral(" ▸ ") + a->text() + QStringLiteral(" (no mnemonic)");
        }
    }
    // Every command has a mnemonic; the ones without a shortcut are listed by the shortcuts dialog as such.
    QStringList noMnemonic = missing.filter(QStringLiteral("no mnemonic"));
    QVERIFY2(noMnemonic.isEmpty(), qPrintable(noMnemonic.join(QLatin1Char('\n'))));
    // The shortcuts dialog lists the Help commands with their keys.
    const QList<ShortcutsDialog::Entry> entries = ShortcutsDialog::entries(window.menuBar());
    const auto guide = std::find_if(entries.cbegin(), entries.cend(), [](const ShortcutsDialog::Entry &e) {
        return e.action == QLatin1String("User Guide");
    });
    QVERIFY(guide != entries.cend());
    QCOMPARE(guide->shortcut, QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText));
}

void tst_Accessibility::settingsAndInstanceDialogs()
{
    QTemporaryDir dir;
    SecretStore secrets;
    SettingsDialog settings(AppConfig(), dir.filePath(QStringLiteral("arrscore.yaml")), &secrets);
    settings.show();
    QVERIFY(QTest::qWaitForWindowExposed(&settings));
    auto *tabs = settings.findChild<QTabWidget *>();
    QVERIFY(tabs);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QCoreApplication::processEvents();
        checkWindow(&settings);
        if (QTest::currentTestFailed())
            qWarning() << "settings tab" << tabs->tabText(i);
        QVERIFY(!QTest::currentTestFailed());
    }

    InstanceDialog instance({});
    instance.show();
    QVERIFY(QTest::qWaitForWindowExposed(&instance));
    checkWindow(&instance);

    // A notification target, with the fields of each type.
    NotificationDialog notification({}, {}, &secrets);
    notification.show();
    QVERIFY(QTest::qWaitForWindowExposed(&notification));
    auto *type = notification.findChild<QComboBox *>(QStringLiteral("notificationTypeCombo"));
    for (int i = 0; i < type->count(); ++i) {
        type->setCurrentIndex(i);
        QCoreApplication::processEvents();
        checkWindow(&notification);
        if (QTest::currentTestFailed())
            qWarning() << "notification type" << type->itemText(i);
        QVERIFY(!QTest::currentTestFailed());
    }

    // Import from Recyclarr, with a row of each kind: ready, already configured, and one with a problem.
    QFile recyclarr(dir.filePath(QStringLiteral("recyclarr.yml")));
    QVERIFY(recyclarr.open(QIODevice::WriteOnly));
    recyclarr.write("radarr:\n  movies:\n    base_url: http://127.0.0.1:7878\n    api_key: abc123\n"
                    "sonarr:\n  tv:\n    base_url: http://127.0.0.1:8989\n    api_key: !secret missing\n");
    recyclarr.close();
    RecyclarrImportDialog import(AppConfig(), dir.filePath(QStringLiteral("arrscore.yaml")), &secrets,
                                 recyclarr.fileName());
    import.show();
    QVERIFY(QTest::qWaitForWindowExposed(&import));
    QCOMPARE(import.checked().size(), 1);
    checkWindow(&import);
}

void tst_Accessibility::helpDialogs()
{
    AboutDialog about;
    about.show();
    QVERIFY(QTest::qWaitForWindowExposed(&about));
    auto *tabs = about.findChild<QTabWidget *>();
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        checkWindow(&about);
        QVERIFY(!QTest::currentTestFailed());
    }

    AppConfig config;
    MainWindow window(config);
    ShortcutsDialog shortcuts(window.menuBar());
    shortcuts.show();
    checkWindow(&shortcuts);
    QVERIFY(!QTest::currentTestFailed());

    ProblemReportDialog report(QStringLiteral("/tmp/x.db"), {});
    report.show();
    checkWindow(&report);
    QVERIFY(!QTest::currentTestFailed());

    UserGuide guide;
    guide.show();
    checkWindow(&guide);
}

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
