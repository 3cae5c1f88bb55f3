#include "simserverconfig.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace arrscore {

QString SimServerConfig::normalizedUrlBase(const QString &base)
{
    QString b = base.trimmed();
    while (b.endsWith(QLatin1Char('/')))
        b.chop(1);
    if (!b.isEmpty() && !b.startsWith(QLatin1Char('/')))
        b.prepend(QLatin1Char('/'));
    return b;
}

bool SimServerConfig::apply(const QJsonObject &o, QString *error)
{
    auto bad = [error](const QString &key) {
        if (error)
            *error = QCoreApplication::translate("arrscore::SimServerConfig", "Bad value for \"%1\"").arg(key);
        return false;
    };
    auto intValue = [&o](const char *key, int &target) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return true;
        if (!v.isDouble() || v.toDouble() < 0)
            return false;
        target = v.toInt();
        return true;
    };
    SimServerConfig next = *this;
    if (!intValue("latencyMs", next.latencyMs))
        return bad(QStringLiteral("latencyMs"));
    if (!intValue("maxConcurrency", next.maxConcurrency))
        return bad(QStringLiteral("maxConcurrency"));
    if (!intValue("startupRequests", next.startupRequests))
        return bad(QStringLiteral("startupRequests"));
    if (!intValue("startupMs", next.startupMs))
        return bad(QStringLiteral("startupMs"));
    if (!intValue("releaseDelayMs", next.releaseDelayMs))
        return bad(QStringLiteral("releaseDelayMs"));
    if (!intValue("commandQueuedMs", next.commandQueuedMs))
        return bad(QStringLiteral("commandQueuedMs"));
    if (!intValue("commandRunMs", next.commandRunMs))
        return bad(QStringLiteral("commandRunMs"));
    if (o.contains(QLatin1String("searchUpgrades"))) {
        if (!o.value(QLatin1String("searchUpgrades")).isBool())
            return bad(QStringLiteral("searchUpgrades"));
        next.searchUpgrades = o.value(QLatin1String("searchUpgrades")).toBool();
    }
    if (o.contains(QLatin1String("apiKey")))
        next.apiKey = o.value(QLatin1String("apiKey")).toString();
    if (o.contains(QLatin1String("urlBase")))
        next.urlBase = normalizedUrlBase(o.value(QLatin1String("urlBase")).toString());
    if (o.contains(QLatin1String("faultSeed")))
        next.faultSeed = quint64(o.value(QLatin1String("faultSeed")).toDouble());
    if (o.contains(QLatin1String("faults"))) {
        next.faults.clear();
        for (const auto &v : o.value(QLatin1String("faults")).toArray()) {
            const std::optional<SimFaultRule> rule = SimFaultRule::fromJson(v.toObject(), error);
            if (!rule)
                return false;
            next.faults.append(*rule);
        }
    }
    *this = next;
    return true;
}

QJsonObject SimServerConfig::toJson() const
{
    QJsonArray faultArray;
    for (const SimFaultRule &rule : faults)
        faultArray.append(rule.toJson());
    return {
        {QStringLiteral("urlBase"), urlBase},
        {QStringLiteral("latencyMs"), latencyMs},
        {QStringLiteral("maxConcurrency"), maxConcurrency},
        {QStringLiteral("startupRequests"), startupRequests},
        {QStringLiteral("startupMs"), startupMs},
        {QStringLiteral("tls"), !tlsCertFile.isEmpty()},
        {QStringLiteral("faultSeed"), double(faultSeed)},
        {QStringLiteral("faults"), faultArray},
        {QStringLiteral("releaseDelayMs"), releaseDelayMs},
        {QStringLiteral("commandQueuedMs"), commandQueuedMs},
        {QStringLiteral("commandRunMs"), commandRunMs},
        {QStringLiteral("searchUpgrades"), searchUpgrades},
    };
}

} // namespace arrscore
