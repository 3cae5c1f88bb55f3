#pragma once

// Fault injection: rules that turn some API responses into errors, rate limits, resets,
// truncated or malformed bodies, HTML pages or slow answers. Deterministic for a given seed.

#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QString>

#include <optional>

namespace arrscore {

struct SimFaultRule
{
    enum class Kind { Error, RateLimit, Reset, Truncate, Slow, MalformedJson, Html };

    Kind kind = Kind::Error;
    int status = 500;          // Error
    int retryAfterSeconds = 1; // RateLimit
    int delayMs = 1000;        // Slow
    // Triggers, counted over the requests the rule matches. None set = every matching request.
    int firstN = 0;
    int everyNth = 0;
    double probability = 0.0;
    QString path; // only requests whose path contains this
    int seen = 0; // matching requests so far

    // "error:status=503,first=2,path=episodefile" (the arrsim --fault syntax).
    static std::optional<SimFaultRule> parse(const QString &spec, QString *error = nullptr);
    static std::optional<SimFaultRule> fromJson(const QJsonObject &object, QString *error = nullptr);
    QJsonObject toJson() const;
    static QString kindName(Kind kind);
};

class SimFaults
{
public:
    struct Decision
    {
        int extraDelayMs = 0;
        std::optional<SimFaultRule> action; // the first non-slow rule that fired
    };

    explicit SimFaults(quint64 seed = 1);

    void setRules(const QList<SimFaultRule> &rules);
    const QList<SimFaultRule> &rules() const { return m_rules; }
    void reset(); // forget what was seen, restart the random sequence
    Decision decide(const QString &path);

private:
    QList<SimFaultRule> m_rules;
    quint64 m_seed;
    QRandomGenerator m_rng;
};

} // namespace arrscore
