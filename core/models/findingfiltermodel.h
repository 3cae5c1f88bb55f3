#pragma once

#include <QSortFilterProxyModel>

namespace arrscore {

// The Audit view's filters over a FindingTableModel: one kind (by its name, "upgrade-loop"; empty: every
// kind) and words that the title, instance or explanation must contain. Sorts on ModelRole::Sort.
class FindingFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FindingFilterModel(QObject *parent = nullptr);

    void setKind(const QString &kindName);
    QString kind() const { return m_kind; }
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_kind;
    QStringList m_words;
};

} // namespace arrscore
