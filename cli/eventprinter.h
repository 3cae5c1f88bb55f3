#pragma once

#include "base/serverevent.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QTextStream>

namespace arrscore {

// The readable form of the servers' own history, as `arrscore audit` and `arrscore history` print it: one
// line per event with its date, what happened, the score the server kept then and the release.
class EventPrinter
{
    Q_DECLARE_TR_FUNCTIONS(arrscore::EventPrinter)

public:
    static void printEvents(QTextStream &out, const QList<ServerEvent> &events, const QString &indent);
    static QString eventLine(const ServerEvent &event);
    // Server text for one line of a table: line breaks and tabs as spaces, so that a title cannot break a row.
    static QString oneLine(const QString &text);
    // `text` broken into lines of at most `width` characters at spaces, each line after `indent`.
    static void printWrapped(QTextStream &out, const QString &text, const QString &indent, int width = 100);
};

} // namespace arrscore
