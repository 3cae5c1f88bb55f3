#include "eventprinter.h"

#include "base/localeformat.h"

#include <QLocale>
#include <QStringList>

namespace arrscore {

QString EventPrinter::oneLine(const QString &text)
{
    QString line = text;
    for (QChar &c : line) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
    }
    return line;
}

QString EventPrinter::eventLine(const ServerEvent &e)
{
    // "score —" rather than a blank: the server kept no score then (Sonarr v3, an old Radarr), which is
    // itself something a reader of an audit needs to see.
    const QString score = e.score ? QLocale().toString(*e.score) : QStringLiteral("—");
    QStringList details;
    if (!e.sourceTitle.isEmpty())
        details << oneLine(e.sourceTitle);
    if (!e.indexer.isEmpty())
        details << tr("indexer %1").arg(e.indexer);
    if (!e.reason.isEmpty())
        details << tr("reason %1").arg(e.reason);
    if (!e.message.isEmpty())
        details << oneLine(e.message);
    return QStringLiteral("%1  %2  %3  %4  %5")
        .arg(LocaleFormat::dateTime(e.date), -16)
        .arg(serverEventTypeTitle(e.type), -16)
        .arg(tr("score %1").arg(score), -12)
        .arg(oneLine(e.quality), -14)
        .arg(details.join(QStringLiteral("  ")));
}

void EventPrinter::printEvents(QTextStream &out, const QList<ServerEvent> &events, const QString &indent)
{
    for (const ServerEvent &e : events)
        out << indent << eventLine(e).trimmed() << '\n';
}

void EventPrinter::printWrapped(QTextStream &out, const QString &text, const QString &indent, int width)
{
    const int room = qMax(20, width - int(indent.size()));
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        QString line;
        for (const QString &word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!line.isEmpty() && line.size() + 1 + word.size() > room) {
                out << indent << line << '\n';
                line.clear();
            }
            line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        if (!line.isEmpty())
            out << indent << line << '\n';
    }
}

} // namespace arrscore
