#pragma once

#include <QList>
#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QMenu;
class QSplitter;
class QTableView;

namespace arrscore {

// One of the main window's table views: a sortable table with a column chooser (right-click the
// header, or View ▸ Columns), an optional caption above it and an optional pane beside it. Column
// order, widths, visibility, sort and the splitter are remembered under the page's name.
class TablePage : public QWidget
{
    Q_OBJECT
public:
    TablePage(const QString &name, QAbstractItemModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QString name() const { return m_name; }
    void setSidePane(QWidget *pane);
    void setCaption(const QString &html); // empty hides it
    // First start: the columns hidden and the order and sort shown until the user changes them.
    // fitColumns: size the columns to their contents when the first rows arrive (small tables).
    void setDefaults(const QList<int> &hiddenColumns, const QList<int> &order, int sortColumn, Qt::SortOrder sortOrder,
                     bool fitColumns = false);
    void restoreState();
    void saveState() const;
    void showColumnMenu(const QPoint &globalPos);
    QMenu *columnMenu();
    void fitColumns();

private:
    QString m_name;
    QTableView *m_table;
    QLabel *m_caption;
    QSplitter *m_splitter;
    QMenu *m_columnMenu = nullptr;
    QList<int> m_hidden;
    QList<int> m_order;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_fitColumns = false;
};

} // namespace arrscore
