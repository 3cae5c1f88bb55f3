#pragma once

#include "config.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;

namespace arrscore {

class SyncJob;

// Adds or edits one Radarr/Sonarr instance: name, type, URL, API key, and a Test button that shows the
// app, its version and the library size before anything is saved.
class InstanceDialog : public QDialog
{
    Q_OBJECT
public:
    InstanceDialog(const QStringList &takenNames, const InstanceConfig &initial = {}, QWidget *parent = nullptr);
    ~InstanceDialog() override;

    InstanceConfig instance() const;

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
    QPushButton *m_testButton;
    QLabel *m_result;
    QNetworkAccessManager *m_nam;
    SyncJob *m_job = nullptr;
};

} // namespace arrscore
