#pragma once

#include "model.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace arrscore::snapshotcodec {

// How SnapshotStore and SnapshotSaver turn the model into stored columns and back: null-aware values,
// the compact JSON of the list columns, the content hashes rows are versioned by, the file columns.

// ---- values: null-aware conversions between the model and bound/read columns ----

QVariant textValue(const QString &s);
QString readText(const QVariant &v);
QVariant timeValue(const QDateTime &t);
QDateTime readTime(const QVariant &v);
QVariant blobValue(const QByteArray &b);

// ---- compact JSON for the list columns; written by hand (fast), read back through caches ----

QString jsonStrings(const QStringList &values);
QString jsonFormatItems(const QList<FormatItem> &items);
QString jsonQualities(const QList<ProfileQuality> &qualities);
QString jsonElementText(const QJsonValue &v);
QJsonArray parseArray(const QString &text);

// Lists repeat across a library (languages, genres, sets of formats): decode each text once and
// share the result, which also shares the memory of the loaded files.
class ListDecoder
{
public:
    QStringList strings(const QString &text);
    QList<FormatRef> formats(const QString &text);

private:
    QHash<QString, QStringList> m_strings;
    QHash<QString, QList<FormatRef>> m_formats;
};

// ---- content hashes: a canonical serialisation, hashed 8 bytes at a time. Stored, so stable. ----

qint64 fileHash(const MediaFile &f);
qint64 profileHash(const QualityProfile &p);
qint64 formatHash(const CustomFormat &f);

// ---- the columns of file_versions, in the order they are bound and read ----

const QStringList &fileColumns();

// Binds the values of a multi-row INSERT in order. By name: Qt's positional bindValue() formats a
// string per value, which was half the cost of storing a large library.
class Binder
{
public:
    Binder(QSqlQuery &query, const QStringList &names) : m_query(query), m_names(names) {}
    void operator()(const QVariant &value) { m_query.bindValue(m_names.at(m_pos++), value); }

private:
    QSqlQuery &m_query;
    const QStringList &m_names;
    int m_pos = 0;
};

void bindFile(Binder &bind, const MediaFile &f);
MediaFile readFile(const QSqlQuery &q, ListDecoder &lists);

} // namespace arrscore::snapshotcodec
