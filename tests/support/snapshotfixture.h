#pragma once

#include "base/model.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace arrscore {
class Database;
}

// Snapshots for the storage tests, compared field by field, and the stored rows read back as text.
namespace arrscore::test::snapshots {

// A movie file whose fields all depend on fileId, so every file of a library differs.
MediaFile movie(qint64 fileId, const QString &title);
QualityProfile profile(int id, int hdrScore);
// A Radarr library of fileCount movies, with three profiles and two formats.
LibrarySnapshot library(int fileCount, const QString &name = QStringLiteral("main"));
// A library whose text has everything COPY's text format escapes or could misread: tab, newline, CR,
// backslash (alone, doubled, trailing, before N and .), quotes, non-ASCII, and empty strings beside null
// ones. Half of it episode files, so that file_episodes gets rows too.
LibrarySnapshot awkwardLibrary();

// The first difference between two files, field by field, with null strings told apart from empty ones.
QString fileDiff(const MediaFile &a, const MediaFile &b);
QString profileDiff(const QualityProfile &a, const QualityProfile &b);
// Everything but the files, and then every file in order.
QString snapshotDiff(const LibrarySnapshot &expected, const LibrarySnapshot &actual);
// The order load() promises.
void sortLikeLoad(LibrarySnapshot &s);

qint64 count(Database &db, const QString &table, const QString &where = {});
// Every row of every table, as text: equal dumps mean an unchanged database.
QStringList dump(Database &db);
QStringList tableRows(Database &db, const QString &sql);
QStringList episodeLinks(Database &db);

} // namespace arrscore::test::snapshots
