#include "searchespage.h"

#include "models/modelroles.h"
#include "models/rowtablemodel.h"
#include "models/searchrows.h"
#include "plaintooltips.h"
#include "sortedproxy.h"
#include "tablepage.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace arrscore {

namespace {

QTableView *smallTable(const QString &name, QAbstractItemModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    PlainToolTips::install(table); // titles and messages come from servers
    table->setSortingEnabled(true);
    table->sortByColumn(-1, Qt::AscendingOrder); // the rows' own order until a header is clicked
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

SearchesPage::SearchesPage(QWidget *parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_summaryModel(new RowTableModel(this)),
      m_summaryProxy(sortedProxy(m_summaryModel, this)),
      m_summaryTable(smallTable(QStringLiteral("searchSummaryTable"), m_summaryProxy, this)),
      m_logModel(new RowTableModel(this)), m_logProxy(sortedProxy(m_logModel, this)),
      m_log(new TablePage(QStringLiteral("searches"), m_logProxy, this)), m_itemModel(new RowTableModel(this)),
      m_itemProxy(sortedProxy(m_itemModel, this)),
      m_items(smallTable(QStringLiteral("searchItemsTable"), m_itemProxy, this))
{
    setObjectName(QStringLiteral("searchesPage"));
    m_summaryModel->setColumns(SearchRows::summaryColumns());
    m_logModel->setColumns(SearchRows::logColumns());
    m_itemModel->setColumns(SearchRows::itemColumns());

    m_summary->setObjectName(QStringLiteral("searchSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_summaryTable->setAccessibleName(tr("Search success per instance and profile"));
    m_items->setAccessibleName(tr("Items of the selected search"));
    m_items->setAccessibleDescription(tr("Each item searched, its score then and, once upgraded, now"));
    m_log->table()->setAccessibleName(tr("Searches"));
    m_log->setCaption(tr("Every search and grab sent to Radarr/Sonarr, newest first, with the server's state and "
                         "message. After each sync an item counts as <i>upgraded</i> when it has a new file with a "
                         "higher score or a better quality, <i>pending</i> while its cooldown runs, else "
                         "<i>unchanged</i>. Select a search to see its items."));
    m_log->setSidePane(m_items);
    m_log->setDefaults({m_logModel->columnOf(QStringLiteral("search_id"))}, {}, 0, Qt::DescendingOrder, true);
    connect(m_log->table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showItems(current.isValid() ? current.row() : -1); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_summaryTable);
    layout->addWidget(m_log, 1);
    setSearches({}, {});
}

void SearchesPage::setSearches(const QList<SearchRecord> &searches, const QList<ItemOutcome> &outcomes)
{
    m_searches = searches;
    m_outcomes = outcomes;
    VariantRows summary = SearchRows::summary(outcomes);
    m_summaryModel->setRows(summary);
    VariantRows log = SearchRows::log(searches, outcomes);
    m_logModel->setRows(log);
    m_summary->setText(summaryText());
    m_summaryTable->setVisible(!searches.isEmpty());
    m_summaryTable->resizeColumnsToContents();
    // Tall enough for every row up to eight (then it scrolls), so the log keeps the rest of the page.
    const int rows = std::min(m_summaryProxy->rowCount(), 8);
    const int height = m_summaryTable->horizontalHeader()->sizeHint().height()
                       + rows * m_summaryTable->verticalHeader()->defaultSectionSize()
                       + 2 * m_summaryTable->frameWidth();
    m_summaryTable->setFixedHeight(height);
    showItems(-1);
}

QString SearchesPage::summaryText() const
{
    if (m_searches.isEmpty())
        return tr("No search sent yet. Select files in Library or Upgrade candidates and use File › Search for "
                  "Upgrades (Ctrl+U) or Grab in the detail pane; each search is remembered here.");
    return SearchOutcomes::summaryText(SearchOutcomes::summarize(m_outcomes));
}

void SearchesPage::showItems(int logRow)
{
    const int idColumn = m_logModel->columnOf(QStringLiteral("search_id"));
    const qint64 id = logRow < 0 ? 0 : m_logProxy->index(logRow, idColumn).data(ModelRole::Raw).toLongLong();
    const auto search =
        std::find_if(m_searches.cbegin(), m_searches.cend(), [id](const SearchRecord &s) { return s.id == id; });
    if (search == m_searches.cend()) {
        m_itemModel->clear();
        return;
    }
    VariantRows items = SearchRows::items(*search, m_outcomes);
    m_itemModel->setRows(items);
    m_items->resizeColumnsToContents();
}

} // namespace arrscore
