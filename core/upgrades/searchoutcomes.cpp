#include "upgrades/searchoutcomes.h"

namespace arrscore {

std::optional<qint64> ItemOutcome::gain() const
{
    if (!newScore || !item.score)
        return std::nullopt;
    return qint64(*newScore) - qint64(*item.score);
}

QList<ItemOutcome> SearchOutcomes::classify(const SearchRecord &, const QList<const LibrarySnapshot *> &, int,
                                            const QDateTime &)
{
    return {};
}

OutcomeSummary SearchOutcomes::summarize(const QList<ItemOutcome> &)
{
    return {};
}

QMap<QString, OutcomeSummary> SearchOutcomes::byInstance(const QList<ItemOutcome> &)
{
    return {};
}

QMap<QString, OutcomeSummary> SearchOutcomes::byProfile(const QList<ItemOutcome> &)
{
    return {};
}

QString SearchOutcomes::name(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Upgraded:
        return QStringLiteral("upgraded");
    case Outcome::Pending:
        return QStringLiteral("pending");
    case Outcome::Unchanged:
        return QStringLiteral("unchanged");
    }
    return {};
}

QString SearchOutcomes::text(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Upgraded:
        return tr("Upgraded");
    case Outcome::Pending:
        return tr("Pending");
    case Outcome::Unchanged:
        return tr("Unchanged");
    }
    return {};
}

QString SearchOutcomes::summaryText(const OutcomeSummary &)
{
    return {};
}

} // namespace arrscore
