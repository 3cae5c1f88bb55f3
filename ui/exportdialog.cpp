#include "exportdialog.h"

#include "models/variantrows.h"

#include <QButtonGroup>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace arrscore {

namespace {

QString suffixOf(ExportDialog::Format format)
{
    switch (format) {
    case ExportDialog::Format::Csv:
        return QStringLiteral("csv");
    case ExportDialog::Format::Json:
        return QStringLiteral("json");
    case ExportDialog::Format::Html:
        return QStringLiteral("html");
    }
    return {};
}

} // namespace

ExportDialog::ExportDialog(const Scope &scope, ViewExport::Source current, ViewExport::Source everything,
                           const QString &suggestedDirectory, QWidget *parent)
    : QDialog(parent), m_scope(scope), m_currentSource(std::move(current)), m_everythingSource(std::move(everything)),
      m_csv(new QRadioButton(tr("&CSV"), this)), m_json(new QRadioButton(tr("&JSON"), this)),
      m_html(new QRadioButton(tr("&HTML report"), this)), m_current(new QRadioButton(this)),
      m_everything(new QRadioButton(this)), m_path(new QLineEdit(this)),
      m_browse(new QPushButton(tr("&Browse…"), this)), m_progress(new QProgressBar(this)), m_status(new QLabel(this)),
      m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));
    const QLocale locale;
    m_csv->setObjectName(QStringLiteral("csvFormat"));
    m_json->setObjectName(QStringLiteral("jsonFormat"));
    m_html->setObjectName(QStringLiteral("htmlFormat"));
    m_csv->setToolTip(tr("One row per file, for spreadsheets (UTF-8)"));
    m_json->setToolTip(tr("Every column with its type, for scripts"));
    m_html->setToolTip(tr("One self-contained page with charts and sortable tables, to open in any browser"));
    m_html->setEnabled(scope.htmlAvailable);
    m_csv->setChecked(true);
    auto *formats = new QButtonGroup(this);
    for (QRadioButton *b : {m_csv, m_json, m_html})
        formats->addButton(b);
    connect(formats, &QButtonGroup::buttonToggled, this, &ExportDialog::updateSuffix);

    m_current->setObjectName(QStringLiteral("currentViewScope"));
    m_everything->setObjectName(QStringLiteral("everythingScope"));
    m_current->setText(scope.filtered
                           ? tr("C&urrent view: %1, %2 of %Ln rows (filters applied)", nullptr, int(scope.totalRows))
                                 .arg(scope.viewTitle, locale.toString(scope.shownRows))
                           : tr("C&urrent view: %1, %Ln rows", nullptr, int(scope.shownRows)).arg(scope.viewTitle));
    m_everything->setText(tr("&Everything: %1 without filters, every instance").arg(scope.viewTitle));
    m_current->setChecked(true);

    m_path->setObjectName(QStringLiteral("exportPath"));
    const QString base = scope.viewTitle.toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
    m_path->setText(QDir(suggestedDirectory).filePath(QStringLiteral("arrscore-%1.csv").arg(base)));
    m_browse->setObjectName(QStringLiteral("browseButton"));
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);

    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_exportButton = m_buttons->addButton(tr("E&xport"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("startExportButton"));
    m_exportButton->setDefault(true);
    m_openButton = m_buttons->addButton(tr("&Open"), QDialogButtonBox::ActionRole);
    m_openButton->setObjectName(QStringLiteral("openResultButton"));
    m_buttons->addButton(QDialogButtonBox::Close);
    m_openButton->hide(); // after the last addButton(), which lays out (and shows) every button
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::start);
    connect(m_openButton, &QPushButton::clicked, this, &ExportDialog::openResult);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ExportDialog::onFinished);

    auto *formatBox = new QGroupBox(tr("Format"), this);
    auto *formatLayout = new QHBoxLayout(formatBox);
    for (QRadioButton *b : {m_csv, m_json, m_html})
        formatLayout->addWidget(b);
    formatLayout->addStretch();
    auto *scopeBox = new QGroupBox(tr("What to export"), this);
    auto *scopeLayout = new QVBoxLayout(scopeBox);
    scopeLayout->addWidget(m_current);
    scopeLayout->addWidget(m_everything);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    auto *pathLabel = new QLabel(tr("&Save to:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(formatBox);
    layout->addWidget(scopeBox);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(m_buttons);
    resize(560, sizeHint().height());
}

ExportDialog *ExportDialog::forView(const LibraryModels::ViewContents &contents, const QString &viewTitle,
                                    const QString &databaseLocation, QWidget *parent)
{
    Scope scope;
    scope.viewTitle = viewTitle;
    scope.shownRows = contents.shownCount;
    scope.totalRows = contents.totalCount;
    scope.filtered = contents.filtered;
    scope.htmlAvailable = contents.view != QLatin1String("changes");
    const auto source = [&](const QList<LibrarySnapshot> &snapshots, const std::shared_ptr<VariantRows> &rows) {
        ViewExport::Source s;
        s.snapshots = snapshots;
        s.view = contents.view;
        s.instances = contents.all;
        if (rows)
            s.rows = [rows] { return std::make_unique<VariantRows>(*rows); };
        s.databaseLocation = databaseLocation;
        return s;
    };
    QString directory = QSettings().value(QStringLiteral("export/directory")).toString();
    if (directory.isEmpty() || !QFileInfo(directory).isDir())
        directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *dialog = new ExportDialog(scope, source(contents.shown, contents.shownRows),
                                    source(contents.all, contents.allRows), directory, parent);
    connect(dialog, &ExportDialog::exported, dialog, [](const QString &path) {
        QSettings().setValue(QStringLiteral("export/directory"), QFileInfo(path).absolutePath());
    });
    return dialog;
}

ExportDialog::~ExportDialog()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

ExportDialog::Request ExportDialog::request() const
{
    Request r;
    r.format = m_html->isChecked() ? Format::Html : m_json->isChecked() ? Format::Json : Format::Csv;
    r.everything = m_everything->isChecked();
    r.path = m_path->text().trimmed();
    return r;
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

bool ExportDialog::isRunning() const
{
    return m_watcher.isRunning();
}

void ExportDialog::updateSuffix()
{
    const QString suffix = suffixOf(request().format);
    QString path = m_path->text();
    const QFileInfo info(path);
    if (info.suffix().compare(suffix, Qt::CaseInsensitive) != 0 && !info.completeBaseName().isEmpty())
        path = QDir(info.path()).filePath(info.completeBaseName() + QLatin1Char('.') + suffix);
    m_path->setText(QDir::toNativeSeparators(path));
}

void ExportDialog::browse()
{
    const Format format = request().format;
    const QString filter = format == Format::Html   ? tr("HTML report (*.html)")
                           : format == Format::Json ? tr("JSON (*.json)")
                                                    : tr("CSV (*.csv)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to"), m_path->text(), filter);
    if (!path.isEmpty())
        m_path->setText(QDir::toNativeSeparators(path));
}

void ExportDialog::setBusy(bool busy)
{
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_csv, m_json, m_current, m_everything, m_path, m_browse, m_exportButton})
        w->setEnabled(!busy);
    m_html->setEnabled(!busy && m_scope.htmlAvailable);
    m_buttons->button(QDialogButtonBox::Close)->setText(busy ? tr("Cancel") : tr("Close"));
}

void ExportDialog::start()
{
    if (isRunning())
        return;
    const Request r = request();
    if (r.path.isEmpty()) {
        m_status->setText(tr("Choose where to save the export."));
        return;
    }
    const QFileInfo dir(QFileInfo(r.path).absolutePath());
    if (!dir.isDir()) {
        m_status->setText(tr("The folder %1 does not exist. Choose another place with Browse…")
                              .arg(QDir::toNativeSeparators(dir.filePath())));
        return;
    }
    m_openButton->hide();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_rows = std::make_shared<std::atomic<qint64>>(0);
    const qint64 expected = r.everything ? m_scope.totalRows : m_scope.shownRows;
    m_progress->setRange(0, int(std::min<qint64>(expected, std::numeric_limits<int>::max())));
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m rows"));
    if (r.format == Format::Html)
        m_progress->setRange(0, 0); // the report is built whole, then written: no row count to show
    m_progress->show();
    m_status->setText(tr("Exporting…"));
    setBusy(true);
    // The worker only touches atomics; a timer brings the count to the bar.
    auto *timer = new QTimer(this);
    timer->setInterval(100);
    connect(timer, &QTimer::timeout, this, [this, timer] {
        if (!isRunning()) {
            timer->deleteLater();
            return;
        }
        m_progress->setValue(int(std::min<qint64>(m_rows->load(), m_progress->maximum())));
    });
    timer->start();
    const auto cancel = m_cancel;
    const auto rows = m_rows;
    const ViewExport::Source &source = r.everything ? m_everythingSource : m_currentSource;
    m_export = runInBackground([source, r, cancel, rows] {
        ViewExport::Options options;
        options.format = r.format;
        options.progress = [cancel, rows](qint64 done) {
            rows->store(done);
            return !cancel->load();
        };
        return ViewExport::writeFile(source, options, r.path);
    });
    m_watcher.setFuture(m_export.future());
}

void ExportDialog::onFinished()
{
    setBusy(false);
    // Nothing to take only when the pool dropped the export before it ran: nothing was written.
    const Status status = m_export.take().value_or(Status(Error{ErrorKind::Cancelled, QString()}));
    if (!status) {
        m_progress->hide();
        if (status.error().kind == ErrorKind::Cancelled) {
            m_status->setText(tr("Export cancelled; nothing was written."));
        } else {
            m_status->setText(status.error().message);
            Q_EMIT failed(status.error().message);
        }
        return;
    }
    m_progress->setValue(m_progress->maximum());
    m_resultPath = request().path;
    m_status->setText(tr("Written to %1").arg(QDir::toNativeSeparators(m_resultPath)));
    m_openButton->show();
    m_openButton->setDefault(true);
    m_openButton->setFocus();
    Q_EMIT exported(m_resultPath);
}

void ExportDialog::openResult()
{
    if (!m_resultPath.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_resultPath));
}

void ExportDialog::reject()
{
    if (isRunning()) {
        m_cancel->store(true);
        m_status->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

} // namespace arrscore
