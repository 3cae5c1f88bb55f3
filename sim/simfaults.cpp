#include "simfaults.h"

#include <QCoreApplication>

namespace arrscore {

namespace {

const QList<QPair<SimFaultRule::Kind, QString>> &kinds()
{
    static const QList<QPair<SimFaultRule::Kind, QString>> list = {
        {SimFaultRule::Kind::Error, QStringLiteral("error")},
        {SimFaultRule::Kind::RateLimit, QStringLiteral("ratelimit")},
        {SimFaultRule::Kind::Reset, QStringLiteral("reset")},
        {SimFaultRule::Kind::Truncate, QStringLiteral("truncate")},
        {SimFaultRule::Kind::Slow, QStringLiteral("slow")},
        {SimFaultRule::Kind::MalformedJson, QStringLiteral("malformed")},
        {SimFaultRule::Kind::Html, QStringLiteral("html")},
    };
    return list;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("arrscore::SimFaults", text);
}

} // namespace

QString SimFaultRule::kindName(Kind kind)
{
    for (const auto &k : kinds()) {
        if (k.first == kind)
            return k.second;
    }
    return {};
}

std::optional<SimFaultRule> SimFaultRule::fromJson(const QJsonObject &o, QString *error)
{
    SimFaultRule rule;
    const QString kind = o.value(QStringLiteral("kind")).toString().toLower();
    bool found = false;
    for (const auto &k : kinds()) {
        if (k.second == kind) {
            rule.kind = k.first;
            found = true;
        }
    }
    if (!found) {
        if (error)
            *error =
                tr("Unknown fault kind \"%1\" (error, ratelimit, reset, truncate, slow, malformed, html)").arg(kind);
        return std::nullopt;
    }
    rule.status = o.value(QStringLiteral("status")).toInt(rule.kind == Kind::RateLimit ? 429 : 500);
    rule.retryAfterSeconds = o.value(QStringLiteral("retryAfter")).toInt(1);
    rule.delayMs = o.value(QStringLiteral("delayMs")).toInt(1000);
    rule.firstN = o.value(QStringLiteral("first")).toInt(0);
    rule.everyNth = o.value(QStringLiteral("every")).toInt(0);
    rule.probability = o.value(QStringLiteral("probability")).toDouble(0.0);
    rule.path = o.value(QStringLiteral("path")).toString();
    if (rule.status < 100 || rule.status > 599 || rule.firstN < 0 || rule.everyNth < 0 || rule.probability < 0
        || rule.probability > 1 || rule.delayMs < 0 || rule.retryAfterSeconds < 0) {
        if (error)
            *error = tr("Fault \"%1\" has a value out of range").arg(kind);
        return std::nullopt;
    }
    return rule;
}

std::optional<SimFaultRule> SimFaultRule::parse(const QString &spec, QString *error)
{
    const qsizetype colon = spec.indexOf(QLatin1Char(':'));
    QJsonObject o{{QStringLiteral("kind"), spec.left(colon < 0 ? spec.size() : colon)}};
    if (colon >= 0) {
        for (const QString &pair : spec.mid(colon + 1).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            const QString key = pair.left(eq).trimmed();
            const QString value = eq < 0 ? QString() : pair.mid(eq + 1).trimmed();
            bool ok = false;
            const double number = value.toDouble(&ok);
            if (key == QLatin1String("path"))
                o.insert(key, value);
            else if (ok && (key == QLatin1String("probability")))
                o.insert(key, number);
            else if (ok
                     && (key == QLatin1String("status") || key == QLatin1String("retryAfter")
                         || key == QLatin1String("delayMs") || key == QLatin1String("first")
                         || key == QLatin1String("every")))
                o.insert(key, int(number));
            else {
                if (error)
                    *error = tr(R"(Bad fault option "%1" in "%2")").arg(pair, spec);
                return std::nullopt;
            }
        }
    }
    return fromJson(o, error);
}

QJsonObject SimFaultRule::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), kindName(kind)}};
    if (kind == Kind::Error)
        o.insert(QStringLiteral("status"), status);
    if (kind == Kind::RateLimit)
        o.insert(QStringLiteral("retryAfter"), retryAfterSeconds);
    if (kind == Kind::Slow)
        o.insert(QStringLiteral("delayMs"), delayMs);
    if (firstN)
        o.insert(QStringLiteral("first"), firstN);
    if (everyNth)
        o.insert(QStringLiteral("every"), everyNth);
    if (probability > 0)
        o.insert(QStringLiteral("probability"), probability);
    if (!path.isEmpty())
        o.insert(QStringLiteral("path"), path);
    o.insert(QStringLiteral("seen"), seen);
    return o;
}

SimFaults::SimFaults(quint64 seed) : m_seed(seed), m_rng(quint32(seed) ^ 0x5eed) {}

void SimFaults::setRules(const QList<SimFaultRule> &rules)
{
    m_rules = rules;
}

void SimFaults::reset()
{
    for (SimFaultRule &rule : m_rules)
        rule.seen = 0;
    m_rng.seed(quint32(m_seed) ^ 0x5eed);
}

SimFaults::Decision SimFaults::decide(const QString &path)
{
    Decision decision;
    for (SimFaultRule &rule : m_rules) {
        if (!rule.path.isEmpty() && !path.contains(rule.path))
            continue;
        const int n = ++rule.seen;
        const bool anyTrigger = rule.firstN > 0 || rule.everyNth > 0 || rule.probability > 0;
        // Draw for every probabilistic rule, fired or not, so the sequence depends only on the seed.
        const bool lucky = rule.probability > 0 && m_rng.generateDouble() < rule.probability;
        const bool fires = !anyTrigger || (rule.firstN > 0 && n <= rule.firstN)
                           || (rule.everyNth > 0 && n % rule.everyNth == 0) || lucky;
        if (!fires)
            continue;
        if (rule.kind == SimFaultRule::Kind::Slow)
            decision.extraDelayMs += rule.delayMs;
        else if (!decision.action)
            decision.action = rule;
    }
    return decision;
}

} // namespace arrscore
