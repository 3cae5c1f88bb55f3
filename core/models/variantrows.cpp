#include "models/variantrows.h"

#include <QAbstractItemModel>

namespace arrscore {

namespace {

// The rows of a table model as an export view, in the order shown: how "export the current view"
// writes what a proxy shows.
class ModelRows final : public RowSource
{
public:
    ModelRows(const QAbstractItemModel *model, QStringList columns, int rawRole)
        : m_model(model), m_columns(std::move(columns)), m_rawRole(rawRole)
    {
    }
    QStringList columns() const override { return m_columns; }
    bool next() override { return ++m_row < m_model->rowCount(); }
    QVariant cell(int column) const override { return m_model->data(m_model->index(m_row, column), m_rawRole); }

private:
    const QAbstractItemModel *m_model;
    QStringList m_columns;
    int m_rawRole;
    int m_row = -1;
};

} // namespace

VariantRows::VariantRows(QStringList columns, QList<QVariantList> rows)
    : m_columns(std::move(columns)), m_rows(std::move(rows))
{
}

VariantRows VariantRows::read(RowSource &source)
{
    const QStringList columns = source.columns();
    QList<QVariantList> rows;
    while (source.next()) {
        QVariantList row;
        row.reserve(columns.size());
        for (int column = 0; column < columns.size(); ++column)
            row << source.cell(column);
        rows.append(std::move(row));
    }
    return VariantRows(columns, std::move(rows));
}

VariantRows VariantRows::fromModel(const QAbstractItemModel *model, const QStringList &columns, int rawRole)
{
    ModelRows source(model, columns, rawRole);
    return read(source);
}

} // namespace arrscore
