#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariant>

namespace arrscore {

// Cells of the export views as people read them in a table: the conventions of FileColumns::value()
// (invalid = null, lists, UTC times) turned into text, a sort key and a column title.
class CellText
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::CellText)

public:
    static QString display(const QVariant &value);
    // Numbers as qint64 or double, times as milliseconds, text lower-cased; null sorts first.
    static QVariant sortKey(const QVariant &value);
    // "score_gap" → "Score gap", translated where the name is known.
    static QString columnTitle(const QString &name);
    static bool alignsRight(const QVariant &value);
};

} // namespace arrscore
