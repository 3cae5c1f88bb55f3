#include "arr/instancetarget.h"

#include "config/config.h"

namespace arrscore {

InstanceTarget InstanceTarget::fromConfig(const InstanceConfig &config)
{
    InstanceTarget target;
    target.name = config.name;
    target.type = config.type;
    target.client.instanceName = config.name;
    target.client.baseUrl = config.url;
    target.client.apiKey = config.apiKey;
    target.syncTimeoutMs = qint64(config.syncTimeoutSeconds) * 1000;
    target.client.timeoutMs = config.timeoutSeconds * 1000;
    target.client.maxConcurrency = config.maxConcurrency;
    target.client.requestsPerSecond = config.requestsPerSecond;
    target.client.verifyTls = config.verifyTls;
    target.client.tlsFingerprint = config.tlsFingerprint;
    return target;
}

InstanceTarget InstanceTarget::forConnectionTest(const InstanceConfig &config)
{
    InstanceTarget target = fromConfig(config);
    target.client.retry.unavailableBudgetMs = ClientSettings::kTestUnavailableBudgetMs;
    return target;
}

} // namespace arrscore
