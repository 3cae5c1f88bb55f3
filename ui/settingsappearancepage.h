#pragma once

#include <QWidget>

class QComboBox;

namespace arrscore {

// The Appearance tab of the Settings dialog: the theme, applied at once, and the language for the next
// start; both kept in QSettings.
class SettingsAppearancePage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsAppearancePage(QWidget *parent = nullptr);

Q_SIGNALS:
    void themeChanged();

private:
    QComboBox *m_theme;
    QComboBox *m_language;
};

} // namespace arrscore
