#pragma once

#include "history/historytypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace arrscore {

// A diff's parts in words, shared by `arrscore diff` and the app's Changes view.
class DiffText
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::DiffText)

public:
    static QString score(const std::optional<int> &score); // "—" when unknown
    // "3 upgraded, 1 downgraded, 0 replaced": the diff's count of each kind, in that order, in plural forms.
    static QString counts(const SnapshotDiff &diff, const QList<ChangeKind> &kinds);
    // "upgraded" in the user's language, for a table cell or tool tip; JSON and CSV keep changeKindName().
    static QString kind(ChangeKind kind);
    // The same for a changeKindName() read back from an export view's cell; other text stays as it is.
    static QString kind(const QString &name);
    // "Title (2020)" or "Series S01E02-E03".
    static QString fileLabel(const MediaFile &file);
    static QString move(const FormatScoreMove &move); // "x265 10→-10"
    // Why the same file got another score: "profile HD: x265 10→-10; now matches: DV".
    static QString cause(const ScoreCause &cause);
};

} // namespace arrscore
