#pragma once

#include "config/config.h"
#include "config/recyclarrimport.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace arrscore {

class SecretStore;

// Import from Recyclarr: reads a recyclarr.yml, lists the instances found with a check box each, tests
// them (the Add Instance dialog's connection test) and adds the checked ones through InstanceStore.
class RecyclarrImportDialog : public QDialog
{
    Q_OBJECT
public:
    // config: the configuration now (names and servers already taken, keys already known). secrets is not
    // owned. path: the recyclarr.yml to read first; empty for RecyclarrImport::defaultPath().
    RecyclarrImportDialog(AppConfig config, QString configPath, SecretStore *secrets, const QString &path = {},
                          QWidget *parent = nullptr);

    // The instances checked to be added.
    QList<InstanceConfig> checked() const;

public Q_SLOTS:
    void browse();
    void readFile();
    void testAll();
    void accept() override;

Q_SIGNALS:
    // Instances were added: the configuration read back after the last one.
    void imported(const AppConfig &config);

private:
    void testRow(int row);
    void updateButtons();
    void showMessage(const QString &text, bool ok);

    AppConfig m_config;
    QString m_configPath;
    SecretStore *m_secrets;
    RecyclarrImport::Found m_found;
    QLineEdit *m_path;
    QTreeWidget *m_list;
    QLabel *m_message;
    QPushButton *m_testAll;
    QPushButton *m_add;
    QNetworkAccessManager *m_nam;
    int m_testing = 0; // connection tests still running
};

} // namespace arrscore
