#include "notificationdialog.h"

#include "config/config.h"
#include "notificationtest.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>

namespace arrscore {

namespace {

bool isHttpUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty()
           && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

QStringList addresses(const QString &text)
{
    QStringList list = text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
    list.removeDuplicates();
    return list;
}

QString placeholderUrl(NotificationType type)
{
    switch (type) {
    case NotificationType::Discord:
        return QStringLiteral("https://discord.com/api/webhooks/…");
    case NotificationType::Slack:
        return QStringLiteral("https://hooks.slack.com/services/…");
    case NotificationType::Ntfy:
        return QStringLiteral("https://ntfy.sh");
    case NotificationType::Gotify:
        return QStringLiteral("https://gotify.example.org");
    case NotificationType::Webhook:
    case NotificationType::Email:
        break;
    }
    return QStringLiteral("https://example.org/hooks/arrscore");
}

} // namespace

NotificationDialog::NotificationDialog(QStringList takenNames, NotificationTarget initial, SecretStore *secrets,
                                       QWidget *parent)
    : QDialog(parent), m_taken(std::move(takenNames)), m_initial(std::move(initial)), m_form(new QFormLayout),
      m_name(new QLineEdit(this)), m_type(new QComboBox(this)), m_topic(new QLineEdit(this)),
      m_priority(new QSpinBox(this)), m_smtpUrl(new QLineEdit(this)),
      m_startTls(new QCheckBox(tr("R&equire STARTTLS (smtp:// URLs; smtps:// is TLS from the start)"), this)),
      m_from(new QLineEdit(this)), m_to(new QLineEdit(this)), m_username(new QLineEdit(this)),
      m_onChanges(new QCheckBox(tr("When files &changed"), this)),
      m_onFailures(new QCheckBox(tr("When an instance f&ailed"), this)), m_minChanges(new QSpinBox(this)),
      m_testButton(new QPushButton(tr("&Test"), this)), m_result(new QLabel(this)),
      m_test(new NotificationTest(secrets, this))
{
    setObjectName(QStringLiteral("notificationDialog"));
    setWindowTitle(isEditing() ? tr("Edit %1").arg(m_initial.name) : tr("Add a notification"));
    m_name->setObjectName(QStringLiteral("notificationNameEdit"));
    m_name->setPlaceholderText(QStringLiteral("discord"));
    m_name->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[a-z0-9_-]{1,64}")), this));
    m_type->setObjectName(QStringLiteral("notificationTypeCombo"));
    for (const NotificationType type : NotificationTypes::all())
        m_type->addItem(NotificationTypes::displayName(type), int(type));

    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(tr("T&ype:"), m_type);
    m_secrets << addSecret(QStringLiteral("url"), tr("&URL:"), tr("…or from the en&vironment variable:"));
    m_topic->setObjectName(QStringLiteral("topicEdit"));
    m_topic->setPlaceholderText(QStringLiteral("arrscore"));
    m_topic->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9_-]{1,64}")), this));
    m_form->addRow(tr("T&opic:"), m_topic);
    m_priority->setObjectName(QStringLiteral("prioritySpin"));
    m_priority->setSpecialValueText(tr("automatic"));
    m_priority->setToolTip(tr("Automatic: higher when an instance failed."));
    m_form->addRow(tr("&Priority:"), m_priority);
    m_secrets << addSecret(QStringLiteral("token"), tr("To&ken:"), tr("…or from the environment varia&ble:"));
    m_smtpUrl->setObjectName(QStringLiteral("smtpUrlEdit"));
    m_smtpUrl->setPlaceholderText(QStringLiteral("smtps://mail.example.org:465"));
    m_form->addRow(tr("&SMTP server:"), m_smtpUrl);
    m_startTls->setObjectName(QStringLiteral("startTlsCheck"));
    m_form->addRow(QString(), m_startTls);
    m_from->setObjectName(QStringLiteral("fromEdit"));
    m_from->setPlaceholderText(QStringLiteral("arrscore@example.org"));
    m_form->addRow(tr("&From:"), m_from);
    m_to->setObjectName(QStringLiteral("toEdit"));
    m_to->setPlaceholderText(tr("you@example.org, someone@example.org"));
    m_form->addRow(tr("T&o:"), m_to);
    m_username->setObjectName(QStringLiteral("usernameEdit"));
    m_username->setPlaceholderText(tr("empty: no login"));
    m_form->addRow(tr("User na&me:"), m_username);
    m_secrets << addSecret(QStringLiteral("password"), tr("Pass&word:"), tr("…or from the environment varia&ble:"));

    m_onChanges->setObjectName(QStringLiteral("onChangesCheck"));
    m_onFailures->setObjectName(QStringLiteral("onFailuresCheck"));
    auto *on = new QHBoxLayout;
    on->addWidget(m_onChanges);
    on->addWidget(m_onFailures);
    on->addStretch();
    m_form->addRow(tr("Send:"), on);
    m_minChanges->setObjectName(QStringLiteral("minChangesSpin"));
    m_minChanges->setRange(1, 1000000);
    m_minChanges->setToolTip(tr("A sync that changed fewer files (and where nothing failed) sends nothing."));
    m_form->addRow(tr("At &least this many changed files:"), m_minChanges);

    // The initial target, or the defaults of a new one.
    m_type->setCurrentIndex(std::max(0, m_type->findData(int(m_initial.type))));
    if (isEditing())
        m_name->setText(m_initial.name);
    m_topic->setText(m_initial.topic);
    m_smtpUrl->setText(m_initial.smtpUrl.toString());
    m_startTls->setChecked(m_initial.startTls);
    m_from->setText(m_initial.from);
    m_to->setText(m_initial.to.join(QStringLiteral(", ")));
    m_username->setText(m_initial.username);
    m_onChanges->setChecked(m_initial.onChanges);
    m_onFailures->setChecked(m_initial.onFailures);
    m_minChanges->setValue(m_initial.minChanges);
    updateRows();
    m_priority->setValue(m_initial.priority);
    connect(m_type, &QComboBox::currentIndexChanged, this, &NotificationDialog::updateRows);

    auto *hint = new QLabel(tr("URLs, tokens and passwords are kept in your system's keychain; a variable is read "
                               "when a sync runs, by the app and the command line alike."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    m_testButton->setObjectName(QStringLiteral("testNotificationButton"));
    m_result->setObjectName(QStringLiteral("notificationTestResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setTextFormat(Qt::PlainText); // quotes what a server answered
    m_result->setMinimumHeight(m_result->fontMetrics().height() * 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_testButton, &QPushButton::clicked, this, &NotificationDialog::test);
    connect(buttons, &QDialogButtonBox::accepted, this, &NotificationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NotificationDialog::reject);
    connect(m_test, &NotificationTest::finished, this, [this](const QString &text, bool ok) {
        m_testButton->setEnabled(true);
        showResult(text, ok);
    });

    // Tab follows the form from top to bottom: the secrets' fields were made after the rows around them.
    QList<QWidget *> order{m_name,
                           m_type,
                           m_secrets[0].value,
                           m_secrets[0].env,
                           m_topic,
                           m_priority,
                           m_secrets[1].value,
                           m_secrets[1].env,
                           m_smtpUrl,
                           m_startTls,
                           m_from,
                           m_to,
                           m_username,
                           m_secrets[2].value,
                           m_secrets[2].env,
                           m_onChanges,
                           m_onFailures,
                           m_minChanges,
                           m_testButton};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(hint);
    // Test beside what it found, above Save and Cancel: Tab reaches it in the same place on every platform.
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton, 0, Qt::AlignTop);
    testRow->addWidget(m_result, 1);
    layout->addLayout(testRow);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

NotificationDialog::~NotificationDialog() = default;

NotificationDialog::SecretEdit NotificationDialog::addSecret(const QString &field, const QString &label,
                                                             const QString &envLabel)
{
    SecretEdit edit;
    edit.field = field;
    edit.value = new QLineEdit(this);
    edit.value->setObjectName(field + QStringLiteral("Edit"));
    edit.value->setEchoMode(QLineEdit::Password);
    QAction *reveal =
        edit.value->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), QLineEdit::TrailingPosition);
    reveal->setToolTip(tr("Show what was typed"));
    connect(reveal, &QAction::triggered, edit.value, [value = edit.value] {
        value->setEchoMode(value->echoMode() == QLineEdit::Password ? QLineEdit::Normal : QLineEdit::Password);
    });
    edit.env = new QLineEdit(this);
    edit.env->setObjectName(field + QStringLiteral("EnvEdit"));
    edit.env->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z_][A-Za-z0-9_]{0,127}")), this));
    if (const NotificationSecret *secret = m_initial.secret(field))
        edit.env->setText(secret->env);
    m_form->addRow(label, edit.value);
    m_form->addRow(envLabel, edit.env);
    return edit;
}

bool NotificationDialog::keepsStored(const QString &field, NotificationType type) const
{
    const NotificationSecret *secret = m_initial.secret(field);
    return isEditing() && type == m_initial.type && secret && secret->env.isEmpty()
           && (secret->inKeychain || !secret->value.isEmpty());
}

void NotificationDialog::updateRows()
{
    const auto type = NotificationType(m_type->currentData().toInt());
    const bool email = type == NotificationType::Email;
    NotificationTarget probe;
    probe.type = type;
    const QStringList fields = probe.secretFields();
    for (const SecretEdit &s : std::as_const(m_secrets)) {
        m_form->setRowVisible(s.value, fields.contains(s.field));
        m_form->setRowVisible(s.env, fields.contains(s.field));
    }
    for (const SecretEdit &s : std::as_const(m_secrets)) {
        if (keepsStored(s.field, type))
            s.value->setPlaceholderText(tr("Leave empty to keep the stored one"));
        else
            s.value->setPlaceholderText(s.field == QLatin1String("url") ? placeholderUrl(type) : QString());
    }
    m_form->setRowVisible(m_topic, type == NotificationType::Ntfy);
    const bool priority = type == NotificationType::Ntfy || type == NotificationType::Gotify;
    m_form->setRowVisible(m_priority, priority);
    m_priority->setRange(0, type == NotificationType::Ntfy ? 5 : 10);
    for (QWidget *w :
         {static_cast<QWidget *>(m_smtpUrl), static_cast<QWidget *>(m_startTls), static_cast<QWidget *>(m_from),
          static_cast<QWidget *>(m_to), static_cast<QWidget *>(m_username)})
        m_form->setRowVisible(w, email);
    adjustSize();
}

NotificationTarget NotificationDialog::target() const
{
    NotificationTarget t = m_initial;
    t.name = m_name->text().trimmed();
    t.type = NotificationType(m_type->currentData().toInt());
    const QStringList fields = t.secretFields();
    for (const SecretEdit &s : m_secrets) {
        NotificationSecret *secret = t.secret(s.field);
        if (!fields.contains(s.field)) {
            *secret = {};
            continue;
        }
        const QString typed = s.value->text().trimmed();
        const QString env = s.env->text().trimmed();
        if (!typed.isEmpty()) {
            *secret = {};
            secret->value = typed;
        } else if (env != secret->env) {
            // A variable named here is read now for Test; a sync reads it again when it runs.
            *secret = {};
            secret->env = env;
            secret->value = qEnvironmentVariable(qPrintable(env));
        }
    }
    t.topic = t.type == NotificationType::Ntfy ? m_topic->text().trimmed() : QString();
    t.priority = m_form->isRowVisible(m_priority) ? m_priority->value() : 0;
    const bool email = t.type == NotificationType::Email;
    t.smtpUrl = email ? QUrl(m_smtpUrl->text().trimmed()) : QUrl();
    t.startTls = email && m_startTls->isChecked();
    t.from = email ? m_from->text().trimmed() : QString();
    t.to = email ? addresses(m_to->text()) : QStringList();
    t.username = email ? m_username->text().trimmed() : QString();
    t.onChanges = m_onChanges->isChecked();
    t.onFailures = m_onFailures->isChecked();
    t.minChanges = m_minChanges->value();
    return t;
}

bool NotificationDialog::secretsTyped() const
{
    NotificationTarget probe;
    probe.type = NotificationType(m_type->currentData().toInt());
    const QStringList fields = probe.secretFields();
    return std::any_of(m_secrets.cbegin(), m_secrets.cend(), [&](const SecretEdit &s) {
        return fields.contains(s.field) && !s.value->text().trimmed().isEmpty();
    });
}

QString NotificationDialog::validate() const
{
    const NotificationTarget t = target();
    if (!InstanceConfig::isValidName(t.name))
        return tr("The name may use lower-case letters, digits, '-' and '_'.");
    if (t.name != m_initial.name && m_taken.contains(t.name))
        return tr("There is already a notification named \"%1\".").arg(t.name);
    for (const QString &field : t.secretFields()) {
        const NotificationSecret *secret = t.secret(field);
        const QString what = field == QLatin1String("url")     ? tr("the URL")
                             : field == QLatin1String("token") ? tr("the application token")
                                                               : tr("the password");
        // A login without a password, or a password without a login, is the SMTP server's to refuse.
        if (field == QLatin1String("password") && t.username.isEmpty())
            continue;
        if (!secret->isSet() && secret->env.isEmpty() && !secret->inKeychain)
            return tr("Enter %1, or the environment variable that holds it.").arg(what);
        if (field == QLatin1String("url") && !secret->value.isEmpty() && secret->env.isEmpty()
            && !isHttpUrl(secret->value))
            return tr("The URL must start with http:// or https:// and name a server.");
    }
    // Where a target's secrets are kept is one choice for all of them: the keychain, or environment variables.
    const QStringList fields = t.secretFields();
    const auto fromEnv = [&](const QString &f) { return !t.secret(f)->env.isEmpty(); };
    const auto needed = [&](const QString &f) { return f != QLatin1String("password") || !t.username.isEmpty(); };
    const bool anyEnv = std::any_of(fields.cbegin(), fields.cend(), fromEnv);
    const bool allEnv =
        std::all_of(fields.cbegin(), fields.cend(), [&](const QString &f) { return fromEnv(f) || !needed(f); });
    if (anyEnv && !allEnv)
        return tr("Type every secret of this target here, or name an environment variable for each: a target keeps "
                  "its secrets in one place.");
    if (t.type == NotificationType::Ntfy && t.topic.isEmpty())
        return tr("Enter the ntfy topic to publish to.");
    if (t.type == NotificationType::Email) {
        const QString scheme = t.smtpUrl.scheme();
        if (!t.smtpUrl.isValid() || t.smtpUrl.host().isEmpty()
            || (scheme != QLatin1String("smtp") && scheme != QLatin1String("smtps")))
            return tr("The SMTP server is a URL such as smtps://mail.example.org:465 or smtp://mail.example.org:587.");
        if (!t.from.contains(QLatin1Char('@')))
            return tr("Enter the sender's address (From).");
        if (t.to.isEmpty()
            || !std::all_of(t.to.cbegin(), t.to.cend(), [](const QString &a) { return a.contains(QLatin1Char('@')); }))
            return tr("Enter at least one recipient's address (To), separated by commas.");
    }
    if (!t.onChanges && !t.onFailures)
        return tr("Choose when to send: when files changed, when an instance failed, or both.");
    return {};
}

void NotificationDialog::showResult(const QString &text, bool ok)
{
    m_result->setText((ok ? QStringLiteral("✔ ") : QStringLiteral("✖ ")) + text);
}

void NotificationDialog::test()
{
    if (const QString problem = validate(); !problem.isEmpty()) {
        showResult(problem, false);
        return;
    }
    m_testButton->setEnabled(false);
    m_result->setText(tr("Sending a test message…"));
    m_test->start(target());
}

void NotificationDialog::accept()
{
    if (const QString problem = validate(); !problem.isEmpty()) {
        showResult(problem, false);
        return;
    }
    QDialog::accept();
}

} // namespace arrscore
