#pragma once

#include "config/config.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QSpinBox;

namespace arrscore {

class SyncJob;

// Adds or edits one Radarr/Sonarr instance: name, type, URL, API key, the limits that protect the user's
// indexers (release lookups and searches per hour, search cooldown), and a Test button that shows the
// app, its version and the library size before anything is saved. Editing (an initial instance with a
// name) leaves the key field empty: empty keeps the stored key, initial.apiKey when the caller read it.
class InstanceDialog : public QDialog
{
    Q_OBJECT
public:
    InstanceDialog(QStringList takenNames, InstanceConfig initial = {}, QWidget *parent = nullptr);
    ~InstanceDialog() override;

    bool isEditing() const { return !m_initial.name.isEmpty(); }
    // The instance as entered; apiKey is the new key, or the initial one when the field was left empty.
    InstanceConfig instance() const;
    // True when a new key was typed (it must then be stored; else the stored one stays).
    bool keyChanged() const;
    QString previousName() const { return m_initial.name; }

    // "Radarr 5.2.1 — 1,234 movies" and any notices, or the error, for a finished test job: shared with
    // the Test button of Settings › Instances. ok tells which.
    static QString describeTest(const SyncJob &job, bool *ok);

Q_SIGNALS:
    // Import from Recyclarr… was clicked (only when adding): the dialog closes for the import dialog.
    void importRequested();

public Q_SLOTS:
    void test();
    void accept() override;

private:
    QString validate() const;
    void showResult(const QString &text, bool ok);

    QStringList m_taken;
    InstanceConfig m_initial;
    QLineEdit *m_name;
    QComboBox *m_type;
    QLineEdit *m_url;
    QLineEdit *m_key;
    QCheckBox *m_verifyTls;
    QSpinBox *m_lookupsPerHour;
    QSpinBox *m_searchesPerHour;
    QSpinBox *m_cooldownDays;
    QSpinBox *m_historyDays;
    QSpinBox *m_loopWindowDays;
    QPushButton *m_testButton;
    QLabel *m_result;
    QNetworkAccessManager *m_nam;
    SyncJob *m_job = nullptr;
};

} // namespace arrscore
