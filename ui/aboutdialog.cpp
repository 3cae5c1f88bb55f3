#include "aboutdialog.h"

#include "base/buildinfo.h"
#include "thirdpartycomponents.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace arrscore {

namespace {

QString link(const QString &url, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), text.toHtmlEscaped());
}

// The icon compiled in, each size drawn on whole pixels, so the one nearest 96 px (times the screen's scale) is used.
QIcon appIcon()
{
    QIcon icon;
    for (const int size : {64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/arrscore-%1.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Arr Score Exporter"));
    m_tabs->setObjectName(QStringLiteral("aboutTabs"));
    m_tabs->setAccessibleName(tr("About"));
    m_tabs->addTab(createAboutTab(), tr("&About"));
    m_tabs->addTab(createComponentsTab(), tr("&Components"));
    m_tabs->addTab(createLicenceTab(), tr("&Licence"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    resize(620, 480);
}

QWidget *AboutDialog::createAboutTab()
{
    auto *page = new QWidget(this);
    auto *icon = new QLabel(page);
    icon->setObjectName(QStringLiteral("aboutIcon"));
    icon->setPixmap(appIcon().pixmap(96, 96));
    icon->setAlignment(Qt::AlignHCenter);
    icon->setAccessibleName(tr("Arr Score Exporter icon"));

    auto *text = new QLabel(page);
    text->setObjectName(QStringLiteral("aboutSummary"));
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignHCenter);
    text->setOpenExternalLinks(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setText(
        QStringLiteral("<h2>%1</h2><p>%2</p><p>%3<br>%4<br>%5</p><p>%6</p><p>%7</p>")
            .arg(tr("Arr Score Exporter").toHtmlEscaped(),
                 tr("Custom format scores of your Radarr and Sonarr libraries, their history, and what is worth "
                    "upgrading.")
                     .toHtmlEscaped(),
                 tr("Version %1").arg(BuildInfo::version()).toHtmlEscaped(),
                 tr("Commit %1").arg(BuildInfo::gitCommit()).toHtmlEscaped(),
                 tr("Qt %1").arg(ThirdPartyComponents::qtVersion()).toHtmlEscaped(),
                 // The identifier first: at the end of a line it would break at its hyphens.
                 tr("Licence: %1, the GNU General Public License, version 3 or any later version. The Licence "
                    "tab has its text.")
                     .arg(QStringLiteral("GPL-3.0-or-later"))
                     .toHtmlEscaped(),
                 link(ThirdPartyComponents::projectUrl(), ThirdPartyComponents::projectUrl())));
    text->setAccessibleName(tr("About Arr Score Exporter"));

    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addWidget(icon);
    layout->addWidget(text);
    layout->addStretch();
    return page;
}

QWidget *AboutDialog::createComponentsTab()
{
    auto *page = new QWidget(this);
    auto *intro = new QLabel(tr("Arr Score Exporter is built on these libraries, each under its own licence:"), page);
    intro->setWordWrap(true);

    auto *list = new QTreeWidget(page);
    list->setObjectName(QStringLiteral("componentList"));
    list->setAccessibleName(tr("Libraries and their licences"));
    list->setRootIsDecorated(false);
    list->setHeaderLabels({tr("Library"), tr("Version"), tr("Licence")});
    for (const ThirdPartyComponents::Component &c : ThirdPartyComponents::all()) {
        auto *item = new QTreeWidgetItem(list, {c.name, c.version.isEmpty() ? tr("not in this build") : c.version,
                                                QStringLiteral("%1 (%2)").arg(c.licenceName, c.licence)});
        item->setToolTip(0, c.url);
    }
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    intro->setBuddy(list);

    auto *links = new QLabel(page);
    links->setTextFormat(Qt::RichText);
    links->setOpenExternalLinks(true);
    links->setTextInteractionFlags(Qt::TextBrowserInteraction);
    links->setWordWrap(true);
    QStringList anchors;
    for (const ThirdPartyComponents::Component &c : ThirdPartyComponents::all())
        anchors << link(c.url, c.name);
    links->setText(tr("Home pages: %1").arg(anchors.join(QStringLiteral(", "))));
    links->setAccessibleName(tr("Home pages of the libraries"));

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addWidget(list, 1);
    layout->addWidget(links);
    return page;
}

QWidget *AboutDialog::createLicenceTab()
{
    auto *text = new QPlainTextEdit(this);
    text->setObjectName(QStringLiteral("licenceText"));
    text->setAccessibleName(tr("Licence text"));
    text->setAccessibleDescription(tr("The GNU General Public License, version 3, which Arr Score Exporter is "
                                      "distributed under."));
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setPlainText(ThirdPartyComponents::projectLicence());
    return text;
}

QString AboutDialog::summaryText() const
{
    const auto *summary = findChild<QLabel *>(QStringLiteral("aboutSummary"));
    return summary ? summary->text() : QString();
}

QString AboutDialog::componentsText() const
{
    QStringList lines;
    const auto *list = findChild<QTreeWidget *>(QStringLiteral("componentList"));
    for (int i = 0; list && i < list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = list->topLevelItem(i);
        lines << QStringLiteral("%1 %2 %3").arg(item->text(0), item->text(1), item->text(2));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace arrscore
