#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace arrscore {

// Reads fields of a JSON object the way the servers write them: an omitted or null field gives the
// default, a field of the wrong type is recorded as an error (the first one wins). A value that is read
// but adjusted (a score beyond Int32, clamped) is recorded as a warning. Nested readers from
// object()/objects() share their parent's error and warnings, so one check covers a whole item.
class JsonFields
{
public:
    explicit JsonFields(QJsonObject object);

    bool has(const char *key) const;
    qint64 integer(const char *key);
    // A whole number that must fit an int (an id, a count, a season): outside Int32 it is an error, never
    // a wrapped value.
    int int32(const char *key);
    // A custom format score: the servers keep them in Int32, so a larger one is clamped to INT_MIN or
    // INT_MAX with a warning naming the field, rather than wrapped or the item lost.
    int score(const char *key);
    double number(const char *key);
    QString string(const char *key);
    bool boolean(const char *key);
    QDateTime dateTime(const char *key); // UTC
    QStringList strings(const char *key);
    JsonFields object(const char *key);
    QList<JsonFields> objects(const char *key);

    bool hasError() const { return !m_error->isEmpty(); }
    QString errorText() const { return *m_error; }
    QStringList warnings() const { return *m_warnings; }
    QString idText() const; // the item's "id" as text, for messages
    const QJsonObject &source() const { return m_object; }

    // The rules and messages every reader of the servers' fields applies (this one, and OnDemandObject for the
    // big lists), so an item is kept, adjusted or skipped for the same reason, in the same words, whichever read it.
    static QString mistypedText(const QString &field, const char *expected, const char *got);
    static QString beyondInt32Text(const QString &field, qint64 value);
    static QString scoreClampedText(const QString &field, double value, int clamped);
    static QString notADateText(const QString &field, const QString &text);
    static QString withoutIdText();
    // A whole number an id or a size can be (exact in a double, as JSON numbers are); nothing otherwise.
    static std::optional<qint64> wholeNumber(double value);
    // A score kept in Int32: a larger one is clamped to INT_MIN or INT_MAX (the caller warns).
    static int clampedScore(double value);
    // An ISO date, with or without milliseconds, in UTC; an invalid QDateTime when the text is none.
    static QDateTime utcDateTime(const QString &text);
    // An "id" as text for a message: the number, or a string's first 40 characters.
    static QString idText(double id);

private:
    JsonFields(QJsonObject object, std::shared_ptr<QString> error, std::shared_ptr<QStringList> warnings, QString path);
    QJsonValue value(const char *key) const;
    void fail(const char *key, const char *expected, const QJsonValue &got);
    // The value when it is present and `is` says it has the right type; nothing when it is missing or
    // null, and nothing after fail() when it has another type.
    std::optional<QJsonValue> typed(const char *key, bool (QJsonValue::*is)() const, const char *expected);

    QJsonObject m_object;
    std::shared_ptr<QString> m_error;
    std::shared_ptr<QStringList> m_warnings;
    QString m_path;
};

} // namespace arrscore
