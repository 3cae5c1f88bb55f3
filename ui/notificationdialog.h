#pragma once

#include "config/notificationconfig.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace arrscore {

class NotificationTest;
class SecretStore;

// Adds or edits one notification target: name, type and the type's own fields (a webhook or server URL, or one
// from an environment variable; ntfy's topic and priority; Gotify's token; the SMTP server, STARTTLS, sender,
// recipients, login and password), when to send, and a Test button that sends the sample before anything is
// saved. Editing leaves the secret fields empty: empty keeps what is stored (initial's values, when the caller
// read them from the keychain).
class NotificationDialog : public QDialog
{
    Q_OBJECT
public:
    // secrets (for Test) is not owned.
    NotificationDialog(QStringList takenNames, NotificationTarget initial, SecretStore *secrets,
                       QWidget *parent = nullptr);
    ~NotificationDialog() override;

    bool isEditing() const { return !m_initial.name.isEmpty(); }
    QString previousName() const { return m_initial.name; }
    // The target as entered; a secret left empty is the initial one.
    NotificationTarget target() const;
    // True when a secret's value was typed: the secrets are then stored (in the keychain) anew.
    bool secretsTyped() const;

public Q_SLOTS:
    void test();
    void accept() override;

private:
    // One secret's two ways in: typed here, or read from an environment variable.
    struct SecretEdit
    {
        QString field; // "url", "token", "password"
        QLineEdit *value = nullptr;
        QLineEdit *env = nullptr;
    };

    SecretEdit addSecret(const QString &field, const QString &label, const QString &envLabel);
    void updateRows();
    // Editing, and the initial target keeps this secret (in the keychain or the file): empty keeps it.
    bool keepsStored(const QString &field, NotificationType type) const;
    QString validate() const;
    void showResult(const QString &text, bool ok);

    QStringList m_taken;
    NotificationTarget m_initial;
    QFormLayout *m_form;
    QLineEdit *m_name;
    QComboBox *m_type;
    QList<SecretEdit> m_secrets;
    QLineEdit *m_topic;
    QSpinBox *m_priority;
    QLineEdit *m_smtpUrl;
    QCheckBox *m_startTls;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QLineEdit *m_username;
    QCheckBox *m_onChanges;
    QCheckBox *m_onFailures;
    QSpinBox *m_minChanges;
    QPushButton *m_testButton;
    QLabel *m_result;
    NotificationTest *m_test;
};

} // namespace arrscore
