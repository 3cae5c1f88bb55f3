#pragma once

#include <QLabel>

namespace arrscore {

// The line under a Settings page that says how its last action went: ✔ or ✖ and a sentence, selectable,
// three lines high so that the page does not jump when a long message arrives. Plain text: it quotes servers.
class SettingsResultLabel : public QLabel
{
    Q_OBJECT
public:
    SettingsResultLabel(const QString &objectName, QWidget *parent);

    void setResult(const QString &text, bool ok);
};

} // namespace arrscore
