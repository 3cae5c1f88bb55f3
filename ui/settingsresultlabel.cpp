#include "settingsresultlabel.h"

namespace arrscore {

SettingsResultLabel::SettingsResultLabel(const QString &objectName, QWidget *parent) : QLabel(parent)
{
    setObjectName(objectName);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setMinimumHeight(fontMetrics().height() * 3);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
}

void SettingsResultLabel::setResult(const QString &text, bool ok)
{
    setText((ok ? QStringLiteral("✔ ") : QStringLiteral("✖ ")) + text);
}

} // namespace arrscore
