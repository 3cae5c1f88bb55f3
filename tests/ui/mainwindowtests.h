#pragma once

// What the tests that drive the whole main window share: a configuration on the simulator, a sync waited for, and
// every model checked.

#include "mainwindow.h"
#include "models/filetablemodel.h"
#include "simserver.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
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

} // namespace arrscore::MainWindowTests
