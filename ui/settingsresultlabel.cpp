#include "settingsresultlabel.h"

namespace arrscore {

SettingsResultLabel::SettingsResultLabel(const QString &objectName, QWidget *parent) : QLabel(parent)
{
    setObjectName(objectName);
    // The result often quotes a server (its name, version, error body): never markup, links or images.
    setTextFormat(Qt::PlainText);
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
