#pragma once

#include <QByteArray>
#include <QList>

namespace arrscore {

// Finds the values of one integer key ("movieFileId") in a JSON body while it is still arriving, so that the
// requests those ids lead to can go out before the whole list is in and parsed. A hint, never the parse: it
// finds the key at any depth, and the caller keeps only what the real parse confirms (RadarrFetcher asks for
// no id twice and keeps only the files of the movies the list names).
class IdScanner
{
public:
    explicit IdScanner(const QByteArray &key);

    // `body` is the whole body so far, grown since the last call. Returns the ids > 0 completed since then.
    // A body shorter than the last one is a new attempt (a retry), scanned from its start.
    QList<qint64> scan(QByteArrayView body);

private:
    QByteArray m_needle;    // "\"movieFileId\""
    qsizetype m_resume = 0; // where the next scan starts: the end of the last, or a key whose value was cut
    qsizetype m_seen = 0;   // the body's size at the last scan
};

} // namespace arrscore
