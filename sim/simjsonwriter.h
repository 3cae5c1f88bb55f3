#pragma once

// A streaming, order-preserving, indented JSON writer. The servers emit keys in declaration
// order with two-space indentation; QJsonDocument sorts keys and is slow for 10,000-movie lists.

#include <QByteArray>
#include <QString>
#include <QVarLengthArray>

namespace arrscore {

class SimJsonWriter
{
public:
    explicit SimJsonWriter(qsizetype reserve = 4096);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    SimJsonWriter &key(const char *name);

    void value(const QString &v);
    void value(const char *v);
    void value(qint64 v);
    void value(int v) { value(qint64(v)); }
    void value(bool v);
    void value(double v);
    // A value already rendered as JSON (by another writer), indented to where it goes.
    void raw(const QByteArray &json);

    // key + value in one call
    template <typename T> void field(const char *name, const T &v)
    {
        key(name);
        value(v);
    }
    // Null on the server means the key is left out.
    void optional(const char *name, const QString &v)
    {
        if (!v.isEmpty())
            field(name, v);
    }
    // A date as the servers write it: yyyy-MM-ddTHH:mm:ssZ.
    void date(const char *name, qint64 secondsSinceEpoch);
    void dateOnly(const char *name, qint64 secondsSinceEpoch);

    QByteArray take();

    static QByteArray formatDate(qint64 secondsSinceEpoch);

private:
    void prefix();
    void open(char bracket, bool object);
    void close(char bracket);

    struct Level
    {
        bool object = false;
        bool empty = true;
    };
    QByteArray m_out;
    QVarLengthArray<Level, 16> m_stack;
    bool m_afterKey = false;
};

} // namespace arrscore
