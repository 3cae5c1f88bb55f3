#include "welcomepage.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace arrscore {

WelcomePage::WelcomePage(const QString &configPath, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *title = new QLabel(tr("Welcome to Arr Score Exporter"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    title->setFont(big);

    auto *intro = new QLabel(tr("See the custom format score of every file in your Radarr and Sonarr libraries, "
                                "sort and filter by it, and keep its history."),
                             this);
    intro->setWordWrap(true);

    auto *demo = new QPushButton(tr("Explore the demo library"), this);
    demo->setObjectName(QStringLiteral("demoButton"));
    demo->setDefault(true);
    demo->setMinimumHeight(demo->sizeHint().height() * 3 / 2);
    connect(demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    auto *demoText = new QLabel(tr("Starts a simulated Radarr and Sonarr inside the app and syncs them. Nothing "
                                   "leaves this computer; the demo keeps its own database."),
                                this);
    demoText->setWordWrap(true);

    auto *configTitle = new QLabel(tr("<b>Connect your own server</b>"), this);
    auto *add = new QPushButton(tr("Add an instance…"), this);
    add->setObjectName(QStringLiteral("addInstanceButton"));
    add->setMinimumHeight(demo->minimumHeight());
    connect(add, &QPushButton::clicked, this, &WelcomePage::addInstanceRequested);
    auto *addText = new QLabel(tr("Enter the address of your Radarr or Sonarr and its API key; Test shows what it "
                                  "finds. The key goes to your system's keychain."),
                               this);
    addText->setWordWrap(true);
    const QString example = QStringLiteral("instances:\n"
                                           "  - name: radarr\n"
                                           "    type: radarr\n"
                                           "    url: http://localhost:7878\n"
                                           "    api_key: \"…\"   # Radarr › Settings › General");
    auto *configText =
        new QLabel(tr("Or write them into <code>%1</code> — the command line (<code>arrscore test</code>, "
                      "<code>arrscore sync</code>) reads the same file, and instances added here are saved there:")
                       .arg(QDir::toNativeSeparators(configPath).toHtmlEscaped()),
                   this);
    configText->setWordWrap(true);
    configText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *configExample = new QLabel(QStringLiteral("<pre>%1</pre>").arg(example.toHtmlEscaped()), this);
    configExample->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *column = new QVBoxLayout;
    column->setSpacing(14);
    column->addWidget(title);
    column->addWidget(intro);
    column->addSpacing(12);
    column->addWidget(demo, 0, Qt::AlignLeft);
    column->addWidget(demoText);
    column->addSpacing(18);
    column->addWidget(configTitle);
    column->addWidget(add, 0, Qt::AlignLeft);
    column->addWidget(addText);
    column->addSpacing(6);
    column->addWidget(configText);
    column->addWidget(configExample);
    column->addStretch();

    auto *frame = new QWidget(this);
    frame->setLayout(column);
    frame->setMaximumWidth(640);
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(40, 48, 40, 24);
    outer->addStretch();
    outer->addWidget(frame, 3);
    outer->addStretch();
}

} // namespace arrscore
