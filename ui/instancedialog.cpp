#include "instancedialog.h"

#include "sync/syncjob.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace arrscore {

InstanceDialog::InstanceDialog(QStringList takenNames, InstanceConfig initial, QWidget *parent)
    : QDialog(parent), m_taken(std::move(takenNames)), m_initial(std::move(initial)), m_name(new QLineEdit(this)),
      m_type(new QComboBox(this)), m_url(new QLineEdit(this)), m_key(new QLineEdit(this)),
      m_verifyTls(new QCheckBox(tr("Verify the server's TLS certificate"), this)), m_lookupsPerHour(new QSpinBox(this)),
      m_searchesPerHour(new QSpinBox(this)), m_cooldownDays(new QSpinBox(this)), m_historyDays(new QSpinBox(this)),
      m_loopWindowDays(new QSpinBox(this)), m_testButton(new QPushButton(tr("&Test"), this)),
      m_result(new QLabel(this)), m_nam(new QNetworkAccessManager(this))
{
    setObjectName(QStringLiteral("instanceDialog"));
    setWindowTitle(m_initial.name.isEmpty() ? tr("Add an instance") : tr("Edit %1").arg(m_initial.name));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(QStringLiteral("radarr-4k"));
    m_name->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[a-z0-9_-]{1,64}")), this));
    m_type->setObjectName(QStringLiteral("typeCombo"));
    m_type->addItem(QStringLiteral("Radarr"), int(InstanceType::Radarr));
    m_type->addItem(QStringLiteral("Sonarr"), int(InstanceType::Sonarr));
    m_url->setObjectName(QStringLiteral("urlEdit"));
    m_url->setPlaceholderText(QStringLiteral("http://localhost:7878"));
    m_key->setObjectName(QStringLiteral("keyEdit"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("Settings › General › Security › API Key"));
    QAction *reveal =
        m_key->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), QLineEdit::TrailingPosition);
    reveal->setToolTip(tr("Show the key"));
    connect(reveal, &QAction::triggered, this, [this] {
        m_key->setEchoMode(m_key->echoMode() == QLineEdit::Password ? QLineEdit::Normal : QLineEdit::Password);
    });
    m_verifyTls->setChecked(m_initial.verifyTls);
    // What these limits protect is the user's indexers: each lookup and search queries all of them, and an
    // indexer that is asked too often backs off or bans, also for the server's own automatic searches.
    m_lookupsPerHour->setObjectName(QStringLiteral("lookupsPerHourSpin"));
    m_lookupsPerHour->setRange(0, 1000);
    m_lookupsPerHour->setSpecialValueText(tr("off"));
    m_lookupsPerHour->setValue(m_initial.releaseLookupsPerHour);
    m_lookupsPerHour->setToolTip(
        tr("At most this many release lookups (Check for Better Releases, and a grab's fresh lookup) per hour, "
           "counted across the app and the command line. Each lookup queries every indexer enabled on the server "
           "and takes 10–120 seconds; indexers that are asked too often back off, also for the server's own "
           "searches. 0 switches lookups off."));
    m_searchesPerHour->setObjectName(QStringLiteral("searchesPerHourSpin"));
    m_searchesPerHour->setRange(0, 1000);
    m_searchesPerHour->setValue(m_initial.searchesPerHour);
    m_searchesPerHour->setToolTip(tr("At most this many items searched or grabbed per hour, counted across the app "
                                     "and the command line: each searched item queries every indexer."));
    m_cooldownDays->setObjectName(QStringLiteral("cooldownDaysSpin"));
    m_cooldownDays->setRange(0, 365);
    m_cooldownDays->setSpecialValueText(tr("none"));
    m_cooldownDays->setSuffix(tr(" days"));
    m_cooldownDays->setValue(m_initial.searchCooldownDays);
    m_cooldownDays->setToolTip(tr("An item searched within this many days is skipped by Search for Upgrades "
                                  "(unless you choose to search anyway), so your indexers are not asked for the "
                                  "same item again and again. 0: no cooldown."));
    m_historyDays->setObjectName(QStringLiteral("historyDaysSpin"));
    m_historyDays->setRange(0, 3650);
    m_historyDays->setSpecialValueText(tr("off"));
    m_historyDays->setSuffix(tr(" days"));
    m_historyDays->setValue(m_initial.historyDays);
    m_historyDays->setToolTip(tr("How far back the first sync reads the server's own history (grabs, imports, failed "
                                 "downloads, deletions) for the Audit; later syncs read only what is new. A few "
                                 "requests per sync. 0 switches reading the history off."));
    m_loopWindowDays->setObjectName(QStringLiteral("loopWindowDaysSpin"));
    m_loopWindowDays->setRange(1, 365);
    m_loopWindowDays->setSuffix(tr(" days"));
    m_loopWindowDays->setValue(m_initial.loopWindowDays);
    m_loopWindowDays->setToolTip(tr("Three or more grabs of one item within this many days with no score gained count "
                                    "as an upgrade loop in the Audit (the same release grabbed twice always does)."));
    m_testButton->setObjectName(QStringLiteral("testButton"));
    m_result->setObjectName(QStringLiteral("testResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setTextFormat(Qt::PlainText); // the Test result quotes the server
    m_result->setMinimumHeight(m_result->fontMetrics().height() * 3);

    if (!m_initial.name.isEmpty()) {
        m_name->setText(m_initial.name);
        m_type->setCurrentIndex(m_initial.type == InstanceType::Radarr ? 0 : 1);
        m_url->setText(m_initial.displayUrl());
        m_key->setPlaceholderText(tr("Leave empty to keep the stored key"));
    }
    connect(m_type, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_url->setPlaceholderText(index == 0 ? QStringLiteral("http://localhost:7878")
                                             : QStringLiteral("http://localhost:8989"));
    });

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("T&ype:"), m_type);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("API &key:"), m_key);
    form->addRow(QString(), m_verifyTls);
    form->addRow(tr("Release &lookups per hour:"), m_lookupsPerHour);
    form->addRow(tr("Searc&hes per hour:"), m_searchesPerHour);
    form->addRow(tr("Search cool&down:"), m_cooldownDays);
    form->addRow(tr("H&istory to read:"), m_historyDays);
    form->addRow(tr("Upgrade l&oop window:"), m_loopWindowDays);
    auto *hint = new QLabel(tr("The URL is the address you open in a browser, with its URL base (e.g. "
                               "http://nas:7878/radarr). The key is kept in your system's keychain."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->addButton(m_testButton, QDialogButtonBox::ActionRole);
    connect(m_testButton, &QPushButton::clicked, this, &InstanceDialog::test);
    if (m_initial.name.isEmpty()) {
        auto *import = new QPushButton(tr("Import from Re&cyclarr…"), this);
        import->setObjectName(QStringLiteral("importRecyclarrButton"));
        import->setAccessibleDescription(
            tr("Add the Radarr and Sonarr instances Recyclarr's recyclarr.yml configures instead"));
        buttons->addButton(import, QDialogButtonBox::ActionRole);
        connect(import, &QPushButton::clicked, this, [this] {
            reject();
            Q_EMIT importRequested();
        });
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &InstanceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &InstanceDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

InstanceDialog::~InstanceDialog() = default;

InstanceConfig InstanceDialog::instance() const
{
    InstanceConfig i = m_initial;
    i.name = m_name->text().trimmed();
    i.type = InstanceType(m_type->currentData().toInt());
    QUrl url;
    if (InstanceConfig::checkUrl(m_url->text().trimmed(), &url).isEmpty())
        i.url = url;
    i.apiKey = keyChanged() ? m_key->text().trimmed() : m_initial.apiKey;
    i.verifyTls = m_verifyTls->isChecked();
    i.releaseLookupsPerHour = m_lookupsPerHour->value();
    i.searchesPerHour = m_searchesPerHour->value();
    i.searchCooldownDays = m_cooldownDays->value();
    i.historyDays = m_historyDays->value();
    i.loopWindowDays = m_loopWindowDays->value();
    if (keyChanged()) {
        i.apiKeyEnv.clear();
        i.apiKeyInKeychain = false;
    }
    return i;
}

bool InstanceDialog::keyChanged() const
{
    return !m_key->text().trimmed().isEmpty();
}

QString InstanceDialog::validate() const
{
    const QString name = m_name->text().trimmed();
    if (!InstanceConfig::isValidName(name))
        return tr("The name may use lower-case letters, digits, '-' and '_'.");
    if (name != m_initial.name && m_taken.contains(name))
        return tr("There is already an instance named \"%1\".").arg(name);
    QUrl url;
    if (const QString problem = InstanceConfig::checkUrl(m_url->text().trimmed(), &url); !problem.isEmpty())
        return tr("The URL: %1").arg(problem);
    if (!isEditing() && !keyChanged())
        return tr("Enter the API key (Settings › General › Security in Radarr/Sonarr).");
    return {};
}

void InstanceDialog::showResult(const QString &text, bool ok)
{
    m_result->setText((ok ? QStringLiteral("✔ ") : QStringLiteral("✖ ")) + text);
}

void InstanceDialog::test()
{
    if (const QString problem = validate(); !problem.isEmpty()) {
        showResult(problem, false);
        return;
    }
    if (instance().apiKey.isEmpty()) {
        showResult(tr("The stored key could not be read; enter the API key to test."), false);
        return;
    }
    delete m_job;
    m_job = new SyncJob(InstanceTarget::forConnectionTest(instance()), m_nam, this);
    m_job->setCountLibrary(true);
    m_testButton->setEnabled(false);
    m_result->setText(tr("Testing…"));
    connect(m_job, &SyncJob::finished, this, [this] {
        m_testButton->setEnabled(true);
        bool ok = false;
        const QString text = describeTest(*m_job, &ok);
        showResult(text, ok);
    });
    m_job->start(SyncJob::Mode::Test);
}

QString InstanceDialog::describeTest(const SyncJob &job, bool *ok)
{
    *ok = job.succeeded();
    if (!job.succeeded())
        return job.error().message;
    const bool radarr = job.target().type == InstanceType::Radarr;
    const int size = job.librarySize();
    // %Ln: the number in the user's locale, with the plural form of the language.
    const QString count = radarr ? tr("%Ln movies", nullptr, size) : tr("%Ln series", nullptr, size);
    QString text = tr("%1 %2 — %3").arg(job.serverStatus().appName, job.serverStatus().version, count);
    for (const QString &notice : job.notices())
        text += QStringLiteral("\n") + notice;
    return text;
}

void InstanceDialog::accept()
{
    if (const QString problem = validate(); !problem.isEmpty()) {
        showResult(problem, false);
        return;
    }
    QDialog::accept();
}

} // namespace arrscore
