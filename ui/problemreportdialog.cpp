#include "problemreportdialog.h"

#include "base/buildinfo.h"
#include "config/databaselocation.h"
#include "theme.h"
#include "thirdpartycomponents.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSysInfo>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace arrscore {

ProblemReportDialog::ProblemReportDialog(const QString &databaseLocation, const QList<LibrarySnapshot> &latest,
                                         QWidget *parent)
    : QDialog(parent), m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("problemReportDialog"));
    setWindowTitle(tr("Report a Problem"));
    auto *intro = new QLabel(tr("This is the text of a new issue. It names the versions in use and no instance "
                                "name, address, key, path or host. Describe what happened, then copy it or open it "
                                "in your browser; nothing is sent until you submit it there."),
                             this);
    intro->setWordWrap(true);

    m_text->setObjectName(QStringLiteral("problemReportText"));
    m_text->setAccessibleName(tr("Issue text"));
    m_text->setAccessibleDescription(tr("The report as it will be submitted; you can edit it."));
    m_text->setPlainText(reportText(databaseLocation, latest));
    intro->setBuddy(m_text);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyReportButton"));
    copy->setToolTip(tr("Copy the text to the clipboard"));
    QPushButton *open = buttons->addButton(tr("&Open in Browser"), QDialogButtonBox::ActionRole);
    open->setObjectName(QStringLiteral("openReportButton"));
    open->setToolTip(tr("Open a new issue with this text on %1").arg(ThirdPartyComponents::issuesUrl()));
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(text()); });
    connect(open, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(newIssueUrl(text())); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(640, 520);
}

QString ProblemReportDialog::text() const
{
    return m_text->toPlainText();
}

QString ProblemReportDialog::reportText(const QString &databaseLocation, const QList<LibrarySnapshot> &latest)
{
    QStringList lines;
    lines << tr("### What happened") << QString() << tr("(What did you do, what did you expect, what happened?)")
          << QString() << tr("### Environment") << QString();
    const auto item = [&lines](const QString &label, const QString &value) {
        lines << QStringLiteral("- %1: %2").arg(label, value);
    };
    item(tr("Arr Score Exporter"), tr("%1 (commit %2)").arg(BuildInfo::version(), BuildInfo::gitCommit()));
    item(tr("Qt"), tr("%1, platform %2").arg(ThirdPartyComponents::qtVersion(), QGuiApplication::platformName()));
    item(tr("Operating system"), QStringLiteral("%1, %2 %3, %4")
                                     .arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(),
                                          QSysInfo::kernelVersion(), QSysInfo::currentCpuArchitecture()));
    item(tr("Language"), QLocale().name());
    item(tr("Theme"), Theme::name(Theme::current()));
    for (const ThirdPartyComponents::Component &c : ThirdPartyComponents::all()) {
        if (c.name != tr("Qt"))
            item(c.name, c.version.isEmpty() ? tr("not in this build") : c.version);
    }
    item(tr("Database"),
         DatabaseLocation::isPostgres(databaseLocation) ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite"));
    if (latest.isEmpty())
        item(tr("Instances"), tr("none synced yet"));
    for (const LibrarySnapshot &s : latest) {
        const QString app = s.instance.appName.isEmpty() ? instanceTypeName(s.instance.type) : s.instance.appName;
        item(tr("Instance"),
             tr("%1 %2, %Ln files", nullptr, int(s.files.size()))
                     .arg(app, s.instance.version.isEmpty() ? tr("(version unknown)") : s.instance.version)
                 + (s.strategy.isEmpty() ? QString() : QStringLiteral(" — ") + s.strategy));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QUrl ProblemReportDialog::newIssueUrl(const QString &text)
{
    QUrl url(ThirdPartyComponents::issuesUrl() + QStringLiteral("/new"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("body"), QString::fromUtf8(QUrl::toPercentEncoding(text)));
    url.setQuery(query);
    return url;
}

} // namespace arrscore
