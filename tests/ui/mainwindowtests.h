#pragma once

// What the tests that drive the whole main window share: a configuration on the simulator, a sync waited for,
// every model checked, a question answered.

#include "mainwindow.h"
#include "models/filetablemodel.h"
#include "simserver.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTimer>
#include <QtTest>

#include <memory>
#include <vector>

namespace arrscore::MainWindowTests {

// QAbstractItemModelTester on every model and proxy the window holds (its direct children), for as long
// as the returned list lives: declare it after the window, so that it goes first.
inline std::vector<std::unique_ptr<QAbstractItemModelTester>> testModelsOf(MainWindow &window)
{
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (QAbstractItemModel *model : window.findChildren<QAbstractItemModel *>(Qt::FindDirectChildrenOnly))
        testers.push_back(
            std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    return testers;
}

// A configuration with one instance, "movies", on the simulator, and the database at `database`.
inline AppConfig simConfig(const SimServer &sim, const QString &database)
{
    AppConfig config;
    config.database = database;
    InstanceConfig instance;
    instance.name = QStringLiteral("movies");
    instance.url = sim.baseUrl();
    instance.apiKey = sim.apiKey();
    config.instances << instance;
    return config;
}

// The window's first load (at construction) is waited for first, so that the load counted is the sync's.
inline bool syncAndWait(MainWindow &window)
{
    QSignalSpy first(&window, &MainWindow::libraryLoaded);
    if (!window.fileModel()->rowCount() && !QTest::qWaitFor([&] { return first.count() > 0; }, 20000))
        qWarning("no first load");
    QSignalSpy synced(&window, &MainWindow::syncFinished);
    QSignalSpy loaded(&window, &MainWindow::libraryLoaded);
    window.sync();
    return QTest::qWaitFor([&] { return synced.count() == 1; }, 60000)
           && QTest::qWaitFor([&] { return loaded.count() == 1; }, 30000);
}

// Clicks `button` of the next message box named `name` as soon as it shows; *said gets its texts.
inline void answerNextBox(const QString &name, const QString &button, QString *said = nullptr)
{
    QTimer::singleShot(0, [name, button, said] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(w);
            if (!box || box->objectName() != name || !box->isVisible())
                continue;
            if (said)
                *said = box->text() + QLatin1Char('\n') + box->informativeText();
            for (QAbstractButton *b : box->buttons()) {
                if (b->text() == button) {
                    b->click();
                    return;
                }
            }
        }
        answerNextBox(name, button, said); // not shown yet
    });
}

} // namespace arrscore::MainWindowTests
