#include "notify/delivery.h"

namespace arrscore {

DeliveryOptions::DeliveryOptions()
{
    retry.maxAttempts = 4;
    retry.baseDelayMs = 1000;
    retry.maxDelayMs = 30000;
    retry.maxRetryAfterMs = 60000;
    retry.maxTotalMs = 120000;
}

} // namespace arrscore
