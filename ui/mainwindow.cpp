#include "mainwindow.h"

#include "configloader.h"
#include "configwriter.h"
#include "database.h"
#include "demolibrary.h"
#include "exporter.h"
#include "filedetailpane.h"
#include "filetablemodel.h"
#include "instancedialog.h"
#include "secretstore.h"
#include "htmlreport.h"
#include "snapshotstore.h"
#include "syncsession.h"
#include "welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSaveFile>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace arrscore {

namespace {

// Reads the latest snapshot of every instance; runs on a worker thread with its own connection.
Result<QList<LibrarySnapshot>> loadLatest(const QString &location)
{
    Result<std::unique_ptr<Database>> db = Database::open(location);
    if (!db)
        return db.error();
    return SnapshotStore(*db.value()).latestOf();
}

} // namespace

MainWindow::MainWindow(AppConfig config, QWidget *parent)
    : QMainWindow(parent), m_config(std::move(config)), m_demo(new DemoLibrary(this)), m_secrets(new SecretStore(this)),
      m_model(new FileTableModel(this)), m_proxy(new QSortFilterProxyModel(this)), m_stack(new QStackedWidget(this)),
      m_welcome(new WelcomePage(m_config.sourcePath.isEmpty() ? ConfigLoader::defaultConfigPath() : m_config.sourcePath,
                                this)),
      m_statusText(new QLabel(this)), m_progress(new QProgressBar(this)), m_cancelButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Arr Score Exporter"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(FileTableModel::SortRole);
    m_proxy->setFilterRole(FileTableModel::FilterTextRole);
    m_proxy->setFilterKeyColumn(0);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_stack->addWidget(m_welcome);
    m_stack->addWidget(createLibraryPage());
    setCentralWidget(m_stack);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::startDemo);
    connect(m_welcome, &WelcomePage::addInstanceRequested, this, &MainWindow::addInstance);

    m_statusText->setObjectName(QStringLiteral("statusText"));
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setMaximumWidth(240);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancelButton->setObjectName(QStringLiteral("cancelSyncButton"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->hide();
    connect(m_cancelButton, &QToolButton::clicked, this, &MainWindow::cancelSync);
    statusBar()->addWidget(m_statusText, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
    createActions();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 780);
    if (!m_splitter->restoreState(settings.value(QStringLiteral("window/librarySplitter")).toByteArray()))
        m_splitter->setSizes({900, 360});
    if (!m_table->horizontalHeader()->restoreState(settings.value(QStringLiteral("window/tableHeader")).toByteArray())) {
        // First start: what a person compares first, first; the rest in export order after it.
        const int order[] = {FileColumns::Title, FileColumns::Year, FileColumns::Season, FileColumns::Episodes,
                             FileColumns::CustomFormatScore, FileColumns::CutoffFormatScore, FileColumns::Quality,
                             FileColumns::QualityProfileName, FileColumns::CustomFormats, FileColumns::SizeBytes,
                             FileColumns::ReleaseGroup, FileColumns::Instance};
        QHeaderView *header = m_table->horizontalHeader();
        for (int visual = 0; visual < int(std::size(order)); ++visual)
            header->moveSection(header->visualIndex(order[visual]), visual);
        m_table->sortByColumn(FileColumns::CustomFormatScore, Qt::AscendingOrder);
    }

    const bool hasInstances = !m_config.enabledInstances().isEmpty();
    m_stack->setCurrentIndex(hasInstances ? 1 : 0);
    reload();
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::createLibraryPage()
{
    auto *page = new QWidget(this);
    m_filter = new QLineEdit(page);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("Filter by title, release group or path"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateStatus();
    });

    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("fileTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultSectionSize(110);
    m_table->setColumnWidth(FileColumns::Title, 280);
    m_table->setColumnWidth(FileColumns::CustomFormats, 260);
    m_table->setColumnWidth(FileColumns::RelativePath, 360);
    for (int column : {int(FileColumns::ItemId), int(FileColumns::FileId), int(FileColumns::Kind),
                       int(FileColumns::SeriesTitle), int(FileColumns::MinFormatScore)})
        m_table->setColumnHidden(column, true);

    m_detail = new FileDetailPane(page);
    m_splitter = new QSplitter(Qt::Horizontal, page);
    m_splitter->setObjectName(QStringLiteral("librarySplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
        if (!current.isValid()) {
            m_detail->clear();
            return;
        }
        m_detail->showFile(m_model->fileRow(m_proxy->mapToSource(current).row()));
    });
    connect(m_model, &QAbstractItemModel::modelReset, m_detail, &FileDetailPane::clear);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_splitter, 1);
    return page;
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_syncAction = file->addAction(tr("&Sync"), this, &MainWindow::sync);
    m_syncAction->setObjectName(QStringLiteral("syncAction"));
    m_syncAction->setShortcut(QKeySequence::Refresh);
    m_syncAction->setToolTip(tr("Fetch every file's score from each instance (F5)"));
    m_exportAction = file->addAction(tr("&Export…"), this, &MainWindow::exportFiles);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *add = file->addAction(tr("&Add Instance…"), this, &MainWindow::addInstance);
    add->setObjectName(QStringLiteral("addInstanceAction"));
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *find = view->addAction(tr("&Filter"), this, [this] {
        m_stack->setCurrentIndex(1);
        m_filter->setFocus();
        m_filter->selectAll();
    });
    find->setShortcut(QKeySequence::Find);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_syncAction->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_exportAction->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    toolbar->addAction(m_syncAction);
    toolbar->addAction(m_exportAction);
}

QString MainWindow::databaseLocation() const
{
    return m_demo->isRunning() ? DemoLibrary::databasePath() : m_config.database;
}

bool MainWindow::isSyncing() const
{
    return m_session && m_session->isRunning();
}

void MainWindow::startDemo()
{
    QString error;
    if (!m_demo->start(&error)) {
        QMessageBox::warning(this, tr("Demo library"), tr("The demo servers could not start: %1").arg(error));
        return;
    }
    setWindowTitle(tr("Arr Score Exporter — demo library"));
    m_stack->setCurrentIndex(1);
    sync();
}

QString MainWindow::configPathForWriting() const
{
    if (!m_config.sourcePath.isEmpty())
        return m_config.sourcePath;
    const QString fromEnv = qEnvironmentVariable("ARRSCORE_CONFIG");
    return fromEnv.isEmpty() ? ConfigLoader::defaultConfigPath() : fromEnv;
}

void MainWindow::addInstance()
{
    QStringList names;
    for (const InstanceConfig &i : std::as_const(m_config.instances))
        names << i.name;
    auto *dialog = new InstanceDialog(names, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { saveInstance(dialog->instance()); });
    dialog->open();
}

void MainWindow::saveInstance(const InstanceConfig &instance)
{
    m_secrets->writeKey(instance.name, instance.apiKey, [this, instance](Status stored) {
        const QString path = configPathForWriting();
        ConfigWriter::KeyPlacement placement = ConfigWriter::KeyPlacement::Keychain;
        if (!stored) {
            // Only where there is no keychain does the key go into the file, and the user is told.
            placement = ConfigWriter::KeyPlacement::File;
            auto *box = new QMessageBox(QMessageBox::Warning, tr("API key saved in the configuration file"),
                                        tr("%1\n\nThe key of \"%2\" is saved in %3 instead, readable only by your "
                                           "user account.")
                                            .arg(stored.error().message, instance.name, QDir::toNativeSeparators(path)),
                                        QMessageBox::Close, this);
            box->setObjectName(QStringLiteral("keyInFileWarning"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->setModal(false);
            box->show();
        }
        if (const Status written = ConfigWriter::upsertInstance(path, instance, placement); !written) {
            QMessageBox::warning(this, tr("Could not save the instance"), written.error().message);
            return;
        }
        Result<AppConfig> reloaded = ConfigLoader::load(path);
        if (!reloaded) {
            QMessageBox::warning(this, tr("Configuration error"), reloaded.error().message);
            return;
        }
        m_config = reloaded.value();
        for (InstanceConfig &i : m_config.instances) {
            if (i.name == instance.name)
                i.apiKey = instance.apiKey; // known already; no need to ask the keychain back
        }
        m_demo->stop();
        setWindowTitle(tr("Arr Score Exporter"));
        m_stack->setCurrentIndex(1);
        sync();
    });
}

void MainWindow::sync()
{
    if (isSyncing())
        return;
    if (m_demo->isRunning()) {
        startSync({});
        return;
    }
    // Keys in the keychain are read when a sync needs them, one after the other.
    auto instances = std::make_shared<QList<InstanceConfig>>(m_config.enabledInstances());
    auto next = std::make_shared<std::function<void(int)>>();
    *next = [this, instances, next](int index) {
        while (index < instances->size()
               && (!(*instances)[index].apiKeyInKeychain || !(*instances)[index].apiKey.isEmpty()))
            ++index;
        if (index >= instances->size()) {
            startSync(*instances);
            *next = nullptr; // break the cycle
            return;
        }
        m_secrets->readKey((*instances)[index].name, [this, instances, next, index](Result<QString> key) {
            if (!key) {
                m_statusText->setText(key.error().message);
                QMessageBox::warning(this, tr("API key"), key.error().message);
                *next = nullptr;
                return;
            }
            (*instances)[index].apiKey = key.value();
            for (InstanceConfig &i : m_config.instances) {
                if (i.name == (*instances)[index].name)
                    i.apiKey = key.value();
            }
            (*next)(index + 1);
        });
    };
    (*next)(0);
}

void MainWindow::startSync(const QList<InstanceConfig> &instances)
{
    QList<InstanceTarget> targets;
    if (m_demo->isRunning()) {
        targets = m_demo->targets();
    } else {
        for (const InstanceConfig &instance : instances)
            targets << InstanceTarget::fromConfig(instance);
    }
    if (targets.isEmpty()) {
        m_stack->setCurrentIndex(0);
        return;
    }
    delete m_session;
    m_session = new SyncSession(databaseLocation(), this);
    // One bar for all instances: the sum of their fractions.
    auto fractions = std::make_shared<QList<double>>(targets.size(), 0.0);
    connect(m_session, &SyncSession::progress, this, [this, fractions](int index, qint64 done, qint64 total) {
        (*fractions)[index] = total > 0 ? double(done) / double(total) : 0.0;
        double sum = 0;
        for (double f : std::as_const(*fractions))
            sum += f;
        m_progress->setValue(int(1000 * sum / fractions->size()));
    });
    connect(m_session, &SyncSession::storing, this, [this](int index, int files) {
        m_statusText->setText(tr("Storing %1 files of %2…")
                                  .arg(QLocale().toString(files), m_session->outcomes().at(index).name));
    });
    connect(m_session, &SyncSession::finished, this, &MainWindow::onSyncFinished);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->show();
    m_cancelButton->show();
    m_syncAction->setEnabled(false);
    m_statusText->setText(tr("Syncing…"));
    m_session->start(targets);
}

void MainWindow::cancelSync()
{
    if (isSyncing()) {
        m_statusText->setText(tr("Cancelling…"));
        m_session->cancel();
    }
}

void MainWindow::onSyncFinished()
{
    m_progress->hide();
    m_cancelButton->hide();
    m_syncAction->setEnabled(true);
    QStringList failures;
    for (const SyncSession::Outcome &o : m_session->outcomes()) {
        if (o.error.isError() && o.error.kind != ErrorKind::Cancelled)
            failures << QStringLiteral("%1: %2").arg(o.name, o.error.message);
    }
    m_lastSyncText = m_session->wasCancelled()
                         ? tr("Sync cancelled; the previous snapshots remain.")
                         : tr("Synced %1 of %2 instances.")
                               .arg(m_session->outcomes().size() - m_session->failedCount())
                               .arg(m_session->outcomes().size());
    if (!failures.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Sync problems"),
                                    tr("Some instances could not be synced."), QMessageBox::Close, this);
        box->setObjectName(QStringLiteral("syncErrors"));
        box->setInformativeText(failures.join(QStringLiteral("\n\n")));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setModal(false);
        box->show();
    }
    reload();
    Q_EMIT syncFinished();
}

void MainWindow::reload()
{
    auto *watcher = new QFutureWatcher<Result<QList<LibrarySnapshot>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        Result<QList<LibrarySnapshot>> result = watcher->result();
        if (!result) {
            m_statusText->setText(result.error().message);
            return;
        }
        if (!result->isEmpty() && m_stack->currentIndex() == 0 && !m_demo->isRunning()
            && m_config.enabledInstances().isEmpty())
            m_stack->setCurrentIndex(1); // synced by a cron job or an earlier start
        m_model->setSnapshots(std::move(result).value());
        updateStatus();
        Q_EMIT libraryLoaded(m_model->rowCount());
    });
    const QString location = databaseLocation();
    watcher->setFuture(QtConcurrent::run([location] { return loadLatest(location); }));
}

void MainWindow::updateStatus()
{
    if (isSyncing())
        return;
    const QLocale locale;
    QString text;
    if (m_model->snapshots().isEmpty()) {
        text = m_config.enabledInstances().isEmpty() && !m_demo->isRunning()
                   ? tr("No Radarr or Sonarr is configured yet.")
                   : tr("Nothing synced yet. Press F5 to sync.");
    } else {
        QDateTime last;
        for (const LibrarySnapshot &s : m_model->snapshots())
            last = std::max(last, s.finishedAt);
        text = tr("%1 of %2 files · %3 instances · last sync %4")
                   .arg(locale.toString(m_proxy->rowCount()), locale.toString(m_model->rowCount()))
                   .arg(m_model->snapshots().size())
                   .arg(locale.toString(last.toLocalTime(), QLocale::ShortFormat));
    }
    if (!m_lastSyncText.isEmpty())
        text = m_lastSyncText + QStringLiteral("  ") + text;
    m_statusText->setText(text);
}

void MainWindow::exportFiles()
{
    if (m_model->snapshots().isEmpty()) {
        QMessageBox::information(this, tr("Export"), tr("Nothing to export yet: sync first."));
        return;
    }
    QString selectedFilter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the library"), QStringLiteral("arrscore.csv"),
                                                      tr("CSV (*.csv);;JSON (*.json);;HTML report (*.html)"),
                                                      &selectedFilter);
    if (path.isEmpty())
        return;
    // The same core code as `arrscore export --format html`: the report's data, then the page.
    const bool html = path.endsWith(QLatin1String(".html"), Qt::CaseInsensitive)
                      || path.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive)
                      || selectedFilter.startsWith(tr("HTML report"));
    const QString location = databaseLocation();
    ExportOptions options;
    options.format = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) || selectedFilter.startsWith(QLatin1String("JSON"))
                         ? ExportFormat::Json
                         : ExportFormat::Csv;
    options.destination = path;
    const QList<LibrarySnapshot> snapshots = m_model->snapshots();
    auto *watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path, html] {
        watcher->deleteLater();
        const Status status = watcher->result();
        if (!status) {
            QMessageBox::warning(this, tr("Export failed"), status.error().message);
            return;
        }
        m_statusText->setText(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
        if (html
            && QMessageBox::question(this, tr("Report written"),
                                     tr("The report is written to %1. Open it in your browser?")
                                         .arg(QDir::toNativeSeparators(path)))
                   == QMessageBox::Yes)
            QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    });
    m_statusText->setText(tr("Exporting…"));
    watcher->setFuture(QtConcurrent::run([snapshots, options, path, html, location]() -> Status {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return Error{ErrorKind::Storage, tr("Cannot write %1: %2").arg(path, file.errorString())};
        ReportData report;
        if (html) {
            report = ReportData::build(snapshots);
            // The trend is a bonus: without a readable history the report is written without it.
            if (Result<std::unique_ptr<Database>> db = Database::open(location)) {
                SnapshotStore store(*db.value());
                report.addHistory(store);
            }
        }
        const Status status = html ? HtmlReport::write(report, &file, path) : Exporter::write(snapshots, options, &file);
        if (!status) {
            file.cancelWriting();
            return status;
        }
        if (!file.commit())
            return Error{ErrorKind::Storage, tr("Cannot write %1: %2").arg(path, file.errorString())};
        return Status::success();
    }));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (isSyncing())
        m_session->cancel();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/tableHeader"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("window/librarySplitter"), m_splitter->saveState());
    event->accept();
}

} // namespace arrscore
