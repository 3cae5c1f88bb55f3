#pragma once

#include <QDialog>

class QTabWidget;

namespace arrscore {

// Help ▸ About: what the app is (name, version, commit, Qt), its licence (GPL-3.0-or-later, the full
// text of LICENSE) and the libraries it is built from with their licences and versions.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The text of the About tab and of the components, as shown: a test checks what it names.
    QString summaryText() const;
    QString componentsText() const;

private:
    QWidget *createAboutTab();
    QWidget *createComponentsTab();
    QWidget *createLicenceTab();

    QTabWidget *m_tabs;
};

} // namespace arrscore
