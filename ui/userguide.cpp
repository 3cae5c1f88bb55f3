#include "userguide.h"

#include "thirdpartycomponents.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace arrscore {

UserGuide::UserGuide(QWidget *parent)
    : QDialog(parent), m_browser(new QTextBrowser(this)), m_back(new QToolButton(this))
{
    setObjectName(QStringLiteral("userGuide"));
    setWindowTitle(tr("Arr Score Exporter User Guide"));
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &UserGuide::follow);

    m_back->setObjectName(QStringLiteral("guideBackButton"));
    m_back->setText(tr("&Back"));
    m_back->setAccessibleName(tr("Back"));
    m_back->setToolTip(tr("The previous page (Alt+Left)"));
    m_back->setShortcut(QKeySequence::Back);
    m_back->setEnabled(false);
    connect(m_back, &QToolButton::clicked, this, &UserGuide::back);
    auto *home = new QToolButton(this);
    home->setObjectName(QStringLiteral("guideHomeButton"));
    home->setText(tr("&Contents"));
    home->setAccessibleName(tr("Contents"));
    home->setToolTip(tr("The guide's first page"));
    connect(home, &QToolButton::clicked, this, [this] { open(QStringLiteral("README.md")); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_back);
    bar->addWidget(home);
    bar->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(860, 720);
    open(QStringLiteral("README.md"));
}

QStringList UserGuide::documents()
{
    return {QStringLiteral("README.md"), QStringLiteral("docs/EXPORT.md"), QStringLiteral("docs/ANALYSIS.md"),
            QStringLiteral("docs/UPGRADES.md"), QStringLiteral("docs/AUDIT.md")};
}

bool UserGuide::open(const QString &document, const QString &anchor)
{
    QFile file(QStringLiteral(":/guide/") + document);
    if (!documents().contains(document) || !file.open(QIODevice::ReadOnly))
        return false;
    // The screenshots stay out of the app (megabytes of images): their captions are kept as text.
    static const QRegularExpression image(QStringLiteral(R"re(!\[([^\]]*)\]\([^)]*\))re"));
    QString markdown = QString::fromUtf8(file.readAll());
    markdown.replace(image, QStringLiteral("*\\1*"));
    if (!m_current.isEmpty() && m_current != document) {
        m_history << m_current;
        m_back->setEnabled(true);
    }
    m_current = document;
    m_browser->setMarkdown(markdown);
    if (anchor.isEmpty())
        m_browser->moveCursor(QTextCursor::Start);
    else
        m_browser->scrollToAnchor(anchor);
    return true;
}

void UserGuide::follow(const QUrl &url)
{
    if (url.isRelative() && url.path().isEmpty()) {
        m_browser->scrollToAnchor(url.fragment());
        return;
    }
    if (url.isRelative()) {
        // Relative to the document shown: "docs/EXPORT.md" from the README, "EXPORT.md" within docs/.
        const QString base = QFileInfo(m_current).path();
        const QString target =
            QDir::cleanPath(base == QLatin1String(".") ? url.path() : base + QLatin1Char('/') + url.path());
        if (open(target, url.fragment()))
            return;
        QDesktopServices::openUrl(QUrl(ThirdPartyComponents::projectUrl() + QStringLiteral("/blob/main/") + target));
        return;
    }
    QDesktopServices::openUrl(url);
}

void UserGuide::back()
{
    if (m_history.isEmpty())
        return;
    const QString previous = m_history.takeLast();
    m_current.clear(); // not pushed again
    open(previous);
    m_back->setEnabled(!m_history.isEmpty());
}

} // namespace arrscore
