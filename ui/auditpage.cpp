#include "auditpage.h"

#include "findingdetailpane.h"
#include "models/findingfiltermodel.h"
#include "models/findingtablemodel.h"
#include "tablepage.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace arrscore {

AuditPage::AuditPage(QWidget *parent)
    : QWidget(parent), m_model(new FindingTableModel(this)), m_proxy(new FindingFilterModel(this)),
      m_kind(new QComboBox(this)), m_text(new QLineEdit(this)), m_notes(new QLabel(this)),
      m_stack(new QStackedWidget(this)), m_empty(new QLabel(this)),
      m_page(new TablePage(QStringLiteral("audit"), m_proxy, this)), m_detail(new FindingDetailPane(m_page))
{
    setObjectName(QStringLiteral("auditPage"));
    m_proxy->setSourceModel(m_model);

    m_kind->setObjectName(QStringLiteral("auditKindFilter"));
    m_kind->setAccessibleName(tr("Kind of finding"));
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_text->setObjectName(QStringLiteral("auditTextFilter"));
    m_text->setPlaceholderText(tr("Filter by title, instance or explanation"));
    m_text->setAccessibleName(tr("Filter findings"));
    m_text->setClearButtonEnabled(true);
    auto *kindLabel = new QLabel(tr("&Show:"), this);
    kindLabel->setBuddy(m_kind);
    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setKind(m_kind->currentData().toString()); });
    connect(m_text, &QLineEdit::textChanged, m_proxy, &FindingFilterModel::setText);

    m_notes->setObjectName(QStringLiteral("auditNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText); // names instances and versions
    m_notes->setForegroundRole(QPalette::PlaceholderText);
    m_notes->hide();

    m_empty->setObjectName(QStringLiteral("auditEmptyState"));
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(40);
    m_empty->setAccessibleName(tr("Audit"));

    QTableView *table = m_page->table();
    table->setAccessibleName(tr("Audit findings"));
    table->setAccessibleDescription(tr("One finding a row: its kind, instance, item, file and a short explanation"));
    table->setColumnWidth(FindingTableModel::Kind, 170);
    table->setColumnWidth(FindingTableModel::Title, 240);
    table->setColumnWidth(FindingTableModel::FileId, 70);
    table->setColumnWidth(FindingTableModel::Explanation, 520);
    table->setColumnWidth(FindingTableModel::LastEvent, 140);
    m_page->setSidePane(m_detail);
    m_page->setDefaults({FindingTableModel::ItemId},
                        {FindingTableModel::Kind, FindingTableModel::Instance, FindingTableModel::Title,
                         FindingTableModel::FileId, FindingTableModel::Explanation, FindingTableModel::LastEvent},
                        FindingTableModel::Kind, Qt::AscendingOrder);
    m_page->setCaption(tr("What each server's own history says about its upgrades: the same release grabbed again "
                          "and again, grabs scored differently once imported, scores that changed or do not add "
                          "up, downloads that keep failing. Select a finding for its explanation and the item's "
                          "timeline, with the score the server gave at each step."));
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (!current.isValid())
            m_detail->clear();
        else
            m_detail->showFinding(m_model->finding(m_proxy->mapToSource(current).row()));
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, m_detail, &FindingDetailPane::clear);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_page);

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(kindLabel);
    filters->addWidget(m_kind);
    filters->addWidget(m_text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_notes);
    layout->addWidget(m_stack, 1);
    setAudit({}, {}, false);
}

void AuditPage::setAudit(const QList<Finding> &findings, const QStringList &notes, bool synced)
{
    m_model->setFindings(findings);
    fillKinds();
    m_notes->setText(notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!notes.isEmpty());
    QString text = tr("The Audit explains why files were (not) upgraded, from each server's own history: what "
                      "it grabbed, imported, failed to download and deleted, with the score it gave at each "
                      "step. It finds upgrade loops (the same release grabbed again and again), grabs whose "
                      "file scores lower once imported, files whose score changed with no edit of their profile, "
                      "reported scores that do not add up, and downloads that keep failing.");
    text += QStringLiteral("\n\n");
    text += synced ? tr("Nothing to explain in the history read so far. Each sync reads what is new in the servers' "
                        "history (the first one the last 90 days, Settings › Instances › History).")
                   : tr("The servers' history comes with the next sync (F5): the first one reads the last 90 days.");
    m_empty->setText(text);
    m_stack->setCurrentWidget(findings.isEmpty() ? static_cast<QWidget *>(m_empty) : m_page);
    m_kind->setEnabled(!findings.isEmpty());
    m_text->setEnabled(!findings.isEmpty());
}

void AuditPage::fillKinds()
{
    const QString chosen = m_kind->currentData().toString();
    const QSignalBlocker blocker(m_kind);
    m_kind->clear();
    const QLocale locale;
    m_kind->addItem(tr("All findings (%1)").arg(locale.toString(m_model->rowCount())), QString());
    for (FindingKind kind : Finding::allKinds()) {
        const auto count = std::count_if(m_model->findings().cbegin(), m_model->findings().cend(),
                                         [kind](const Finding &f) { return f.kind == kind; });
        m_kind->addItem(QStringLiteral("%1 (%2)").arg(Finding::kindTitle(kind), locale.toString(qint64(count))),
                        Finding::kindName(kind));
        m_kind->setItemData(m_kind->count() - 1, Finding::kindDescription(kind), Qt::ToolTipRole);
    }
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(chosen)));
    m_proxy->setKind(m_kind->currentData().toString());
}

bool AuditPage::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

QString AuditPage::emptyStateText() const
{
    return m_empty->text();
}

} // namespace arrscore
