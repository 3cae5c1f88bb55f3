#include "settingsappearancepage.h"

#include "base/translations.h"
#include "theme.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QVBoxLayout>

namespace arrscore {

namespace {

QString languageName(const QString &code)
{
    if (code == QLatin1String("en"))
        return QStringLiteral("English"); // not "American English"
    QString name = QLocale(code).nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

} // namespace

SettingsAppearancePage::SettingsAppearancePage(QWidget *parent)
    : QWidget(parent), m_theme(new QComboBox(this)), m_language(new QComboBox(this))
{
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_theme->addItem(tr("System"), int(Theme::Mode::System));
    m_theme->addItem(tr("Light"), int(Theme::Mode::Light));
    m_theme->addItem(tr("Dark"), int(Theme::Mode::Dark));
    m_theme->setCurrentIndex(m_theme->findData(int(Theme::current())));
    connect(m_theme, &QComboBox::currentIndexChanged, this, [this] {
        const auto mode = Theme::Mode(m_theme->currentData().toInt());
        Theme::apply(mode);
        Theme::save(mode);
        Q_EMIT themeChanged();
    });

    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System (%1)").arg(languageName(Translations::resolve(QLocale::system()))), QString());
    QStringList codes = Translations::available();
    if (codes.isEmpty())
        codes << QStringLiteral("en");
    for (const QString &code : std::as_const(codes))
        m_language->addItem(languageName(code), code);
    const QString saved = QSettings().value(Translations::settingsKey()).toString();
    m_language->setCurrentIndex(std::max(0, m_language->findData(saved)));
    auto *languageNote = new QLabel(this);
    languageNote->setObjectName(QStringLiteral("languageNote"));
    languageNote->setWordWrap(true);
    languageNote->setForegroundRole(QPalette::PlaceholderText);
    languageNote->setText(tr("A new language applies the next time the app starts."));
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { QSettings().setValue(Translations::settingsKey(), m_language->currentData().toString()); });

    auto *form = new QFormLayout;
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), languageNote);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
}

} // namespace arrscore
