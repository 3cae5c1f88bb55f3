#include "tablepage.h"

#include "belowcutoffdelegate.h"
#include "plaintooltips.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace arrscore {

TablePage::TablePage(const QString &name, QAbstractItemModel *model, QWidget *parent)
    : QWidget(parent), m_name(name), m_table(new QTableView(this)), m_caption(new QLabel(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(name + QStringLiteral("Page"));
    m_table->setObjectName(name + QStringLiteral("Table"));
    m_table->setModel(model);
    PlainToolTips::install(m_table);                            // titles, paths and format names come from servers
    m_table->setItemDelegate(new BelowCutoffDelegate(m_table)); // the sign beside scores below the cutoff
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    // A fixed row height: the view never measures 100,000 rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setDefaultSectionSize(110);
    header->setStretchLastSection(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setToolTip(tr("Right-click to choose the columns"));
    connect(header, &QHeaderView::customContextMenuRequested, this,
            [this](const QPoint &pos) { showColumnMenu(m_table->horizontalHeader()->mapToGlobal(pos)); });

    m_caption->setObjectName(name + QStringLiteral("Caption"));
    m_caption->setWordWrap(true);
    m_caption->setTextFormat(Qt::RichText);
    m_caption->hide();
    m_splitter->setObjectName(name + QStringLiteral("Splitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_table);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caption);
    layout->addWidget(m_splitter, 1);
}

void TablePage::setSidePane(QWidget *pane)
{
    m_splitter->addWidget(pane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({900, 380});
}

void TablePage::setCaption(const QString &html)
{
    m_caption->setText(html);
    m_caption->setVisible(!html.isEmpty());
}

void TablePage::setDefaults(const QList<int> &hiddenColumns, const QList<int> &order, int sortColumn,
                            Qt::SortOrder sortOrder, bool fitColumns)
{
    m_fitColumns = fitColumns;
    m_hidden = hiddenColumns;
    m_order = order;
    m_sortColumn = sortColumn;
    m_sortOrder = sortOrder;
}

void TablePage::restoreState()
{
    const QSettings settings;
    QHeaderView *header = m_table->horizontalHeader();
    const QString key = QStringLiteral("views/%1/").arg(m_name);
    m_splitter->restoreState(settings.value(key + QStringLiteral("splitter")).toByteArray());
    // A layout saved when the view had other columns (an older version) would put widths, order and hidden
    // flags on the wrong columns: it is dropped for the defaults.
    const bool sameColumns = settings.value(key + QStringLiteral("columns")).toInt() == header->count();
    if (header->count() > 0 && sameColumns
        && header->restoreState(settings.value(key + QStringLiteral("header")).toByteArray())) {
        m_fitColumns = false; // the user's widths win
        return;
    }
    if (m_fitColumns) {
        connect(m_table->model(), &QAbstractItemModel::modelReset, this, [this] {
            if (m_fitColumns && m_table->model()->rowCount() > 0) {
                m_fitColumns = false;
                fitColumns();
            }
        });
    }
    for (int column : std::as_const(m_hidden))
        m_table->setColumnHidden(column, true);
    for (int visual = 0; visual < m_order.size(); ++visual)
        header->moveSection(header->visualIndex(m_order.at(visual)), visual);
    m_table->sortByColumn(m_sortColumn, m_sortOrder);
}

void TablePage::saveState() const
{
    QSettings settings;
    const QString key = QStringLiteral("views/%1/").arg(m_name);
    if (m_table->horizontalHeader()->count() > 0) {
        settings.setValue(key + QStringLiteral("header"), m_table->horizontalHeader()->saveState());
        settings.setValue(key + QStringLiteral("columns"), m_table->horizontalHeader()->count());
    }
    settings.setValue(key + QStringLiteral("splitter"), m_splitter->saveState());
}

QMenu *TablePage::columnMenu()
{
    if (!m_columnMenu) {
        m_columnMenu = new QMenu(tr("Columns"), this);
        m_columnMenu->setObjectName(m_name + QStringLiteral("ColumnMenu"));
        connect(m_columnMenu, &QMenu::aboutToShow, this, [this] {
            m_columnMenu->clear();
            QHeaderView *header = m_table->horizontalHeader();
            const QAbstractItemModel *model = m_table->model();
            for (int visual = 0; visual < header->count(); ++visual) {
                const int column = header->logicalIndex(visual);
                QAction *action = m_columnMenu->addAction(model->headerData(column, Qt::Horizontal).toString());
                action->setCheckable(true);
                action->setChecked(!header->isSectionHidden(column));
                // The last visible column stays: a table without columns cannot get them back by its header.
                action->setEnabled(header->isSectionHidden(column)
                                   || header->hiddenSectionCount() < header->count() - 1);
                connect(action, &QAction::toggled, this,
                        [this, column](bool on) { m_table->setColumnHidden(column, !on); });
            }
            m_columnMenu->addSeparator();
            m_columnMenu->addAction(tr("Fit columns to contents"), this, &TablePage::fitColumns);
        });
    }
    return m_columnMenu;
}

void TablePage::fitColumns()
{
    // Long lists (reasons, formats) would make one column wider than the window.
    m_table->resizeColumnsToContents();
    for (int column = 0; column < m_table->model()->columnCount(); ++column)
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 420));
}

void TablePage::showColumnMenu(const QPoint &globalPos)
{
    columnMenu()->popup(globalPos);
}

} // namespace arrscore
