#include "recyclarrimportdialog.h"

#include "config/instancestore.h"
#include "instancedialog.h"
#include "sync/syncjob.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace arrscore {

namespace {

enum Column { NameColumn, TypeColumn, UrlColumn, StatusColumn };

} // namespace

RecyclarrImportDialog::RecyclarrImportDialog(AppConfig config, QString configPath, SecretStore *secrets,
                                             const QString &path, QWidget *parent)
    : QDialog(parent), m_config(std::move(config)), m_configPath(std::move(configPath)), m_secrets(secrets),
      m_path(new QLineEdit(this)), m_list(new QTreeWidget(this)), m_message(new QLabel(this)),
      m_testAll(new QPushButton(tr("&Test all"), this)), m_add(new QPushButton(tr("&Add"), this)),
      m_nam(new QNetworkAccessManager(this))
{
    setObjectName(QStringLiteral("recyclarrImportDialog"));
    setWindowTitle(tr("Import from Recyclarr"));
    m_path->setObjectName(QStringLiteral("recyclarrPath"));
    m_path->setAccessibleName(tr("Recyclarr configuration file"));
    m_path->setAccessibleDescription(tr("recyclarr.yml, or the directory that holds it"));
    m_path->setText(QDir::toNativeSeparators(path.isEmpty() ? RecyclarrImport::defaultPath() : path));
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    browseButton->setObjectName(QStringLiteral("browseButton"));
    browseButton->setAccessibleDescription(tr("Choose Recyclarr's recyclarr.yml"));
    auto *readButton = new QPushButton(tr("&Read"), this);
    readButton->setObjectName(QStringLiteral("readButton"));
    readButton->setAccessibleDescription(tr("Read the file again"));
    connect(browseButton, &QPushButton::clicked, this, &RecyclarrImportDialog::browse);
    connect(readButton, &QPushButton::clicked, this, &RecyclarrImportDialog::readFile);
    connect(m_path, &QLineEdit::returnPressed, this, &RecyclarrImportDialog::readFile);

    m_list->setObjectName(QStringLiteral("recyclarrInstances"));
    m_list->setAccessibleName(tr("Instances found"));
    m_list->setAccessibleDescription(tr("Checked instances are added; the others say why not"));
    m_list->setHeaderLabels({tr("Name"), tr("Type"), tr("URL"), tr("Status")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(StatusColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    for (const int column : {NameColumn, TypeColumn, UrlColumn})
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(m_list, &QTreeWidget::itemChanged, this, &RecyclarrImportDialog::updateButtons);

    m_message->setObjectName(QStringLiteral("importMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText); // quotes file names and the keychain's messages
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_testAll->setObjectName(QStringLiteral("testAllButton"));
    m_testAll->setAccessibleDescription(tr("Test the connection to every checked instance"));
    m_add->setObjectName(QStringLiteral("addButton"));
    m_add->setAccessibleDescription(tr("Add the checked instances, their keys to the keychain"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_testAll, QDialogButtonBox::ActionRole);
    buttons->addButton(m_add, QDialogButtonBox::AcceptRole);
    m_add->setDefault(true);
    connect(m_testAll, &QPushButton::clicked, this, &RecyclarrImportDialog::testAll);
    connect(buttons, &QDialogButtonBox::accepted, this, &RecyclarrImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecyclarrImportDialog::reject);

    auto *pathRow = new QHBoxLayout;
    auto *pathLabel = new QLabel(tr("&File:"), this);
    pathLabel->setBuddy(m_path);
    pathRow->addWidget(pathLabel);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    pathRow->addWidget(readButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pathRow);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(720, 400);
    if (QFileInfo::exists(m_path->text()))
        readFile();
    else
        showMessage(tr("Choose Recyclarr's recyclarr.yml."), true);
    updateButtons();
}

QList<InstanceConfig> RecyclarrImportDialog::checked() const
{
    QList<InstanceConfig> result;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        if (m_list->topLevelItem(row)->checkState(NameColumn) == Qt::Checked)
            result << m_found.instances.at(row).instance;
    }
    return result;
}

void RecyclarrImportDialog::browse()
{
    const QString chosen = QFileDialog::getOpenFileName(this, tr("Recyclarr's configuration"), m_path->text(),
                                                        tr("Recyclarr configuration (*.yml *.yaml)"));
    if (chosen.isEmpty())
        return;
    m_path->setText(QDir::toNativeSeparators(chosen));
    readFile();
}

void RecyclarrImportDialog::readFile()
{
    m_list->clear();
    m_found = {};
    const Result<RecyclarrImport::Found> found =
        RecyclarrImport::read(QDir::fromNativeSeparators(m_path->text().trimmed()), m_config.instances);
    if (!found) {
        showMessage(found.error().message, false);
        updateButtons();
        return;
    }
    m_found = found.value();
    const QSignalBlocker blocker(m_list);
    for (const RecyclarrInstance &i : std::as_const(m_found.instances)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(NameColumn, i.instance.name);
        item->setText(TypeColumn,
                      i.instance.type == InstanceType::Radarr ? QStringLiteral("Radarr") : QStringLiteral("Sonarr"));
        item->setText(UrlColumn, i.instance.url.isEmpty() ? QString() : i.instance.displayUrl());
        item->setToolTip(NameColumn, tr("%1 in Recyclarr's %2").arg(i.recyclarrName, i.instance.origin));
        const bool ready = i.state == RecyclarrInstance::State::Ready;
        // Only what can be added has a check box; the sign says why the others cannot, not colour alone.
        if (ready) {
            item->setCheckState(NameColumn, Qt::Checked);
            item->setText(StatusColumn, i.note.isEmpty() ? tr("Ready to add") : i.note);
        } else {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setText(StatusColumn,
                          (i.state == RecyclarrInstance::State::AlreadyConfigured ? tr("Skipped: %1")
                                                                                  : tr("✖ Cannot be added: %1"))
                              .arg(i.note));
        }
        item->setToolTip(StatusColumn, item->text(StatusColumn));
    }
    showMessage(m_found.instances.isEmpty()
                    ? tr("Recyclarr's configuration names no Radarr or Sonarr instance.")
                    : tr("Found %n instances in %1.", nullptr, int(m_found.instances.size()))
                          .arg(QDir::toNativeSeparators(m_found.files.join(QStringLiteral(", ")))),
                true);
    updateButtons();
}

void RecyclarrImportDialog::testAll()
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        if (m_list->topLevelItem(row)->checkState(NameColumn) == Qt::Checked)
            testRow(row);
    }
}

void RecyclarrImportDialog::testRow(int row)
{
    QTreeWidgetItem *item = m_list->topLevelItem(row);
    auto *job = new SyncJob(InstanceTarget::forConnectionTest(m_found.instances.at(row).instance), m_nam, this);
    job->setCountLibrary(true);
    item->setText(StatusColumn, tr("Testing…"));
    ++m_testing;
    updateButtons();
    connect(job, &SyncJob::finished, this, [this, job, item] {
        bool ok = false;
        const QString text = InstanceDialog::describeTest(*job, &ok);
        item->setText(StatusColumn, (ok ? QStringLiteral("✔ ") : QStringLiteral("✖ ")) + text);
        item->setToolTip(StatusColumn, item->text(StatusColumn));
        job->deleteLater();
        --m_testing;
        updateButtons();
    });
    job->start(SyncJob::Mode::Test);
}

void RecyclarrImportDialog::updateButtons()
{
    const qsizetype count = checked().size();
    m_add->setEnabled(count > 0 && m_testing == 0);
    m_testAll->setEnabled(count > 0 && m_testing == 0);
    m_add->setText(count > 0 ? tr("&Add %n", nullptr, int(count)) : tr("&Add"));
}

void RecyclarrImportDialog::showMessage(const QString &text, bool ok)
{
    m_message->setText(ok ? text : QStringLiteral("✖ ") + text);
}

void RecyclarrImportDialog::accept()
{
    const QList<InstanceConfig> adding = checked();
    if (adding.isEmpty())
        return;
    m_add->setEnabled(false);
    m_testAll->setEnabled(false);
    showMessage(tr("Adding…"), true);
    InstanceStore(m_configPath, m_secrets)
        .addAll(adding, m_config,
                [self = QPointer<RecyclarrImportDialog>(this), this](const QList<InstanceStore::Saved> &saved) {
                    if (!self)
                        return;
                    const InstanceStore::Saved &last = saved.last();
                    if (!last.written || !last.reloaded) {
                        // The ones before it are added: the window shows them.
                        if (saved.size() > 1)
                            Q_EMIT imported(saved.at(saved.size() - 2).config);
                        const QString error = (last.written ? last.reloaded : last.written).error().message;
                        readFile();
                        showMessage(error, false);
                        return;
                    }
                    m_config = last.config;
                    Q_EMIT imported(m_config);
                    const auto inFile = std::find_if(saved.cbegin(), saved.cend(), [](const InstanceStore::Saved &one) {
                        return one.keyInFile.isError();
                    });
                    if (inFile != saved.cend()) {
                        // Only where there is no keychain does a key go into the file, and the user is told.
                        readFile();
                        showMessage(
                            tr("Added. %1 The keys are saved in %2 instead, readable only by your user account.")
                                .arg(inFile->keyInFile.message, QDir::toNativeSeparators(m_configPath)),
                            true);
                        return;
                    }
                    QDialog::accept();
                });
}

} // namespace arrscore
