#pragma once

#include "arr/retrypolicy.h"
#include "base/error.h"

#include <QString>

namespace arrscore {

// How deliveries are tried: the retry policy (429 with Retry-After, 5xx, network errors) and, for tests,
// a CA file that SMTP over TLS trusts instead of the system's.
struct DeliveryOptions
{
    DeliveryOptions();
    RetryPolicy retry;  // maxAttempts 4, backoff from 1 s to 30 s, Retry-After honoured up to 60 s, 2 min in all
    QString smtpCaFile; // PEM file of the CA certificates SMTP trusts; empty = the system's
};

// What became of one target's delivery.
struct DeliveryResult
{
    QString target;       // the target's name
    QString label;        // "discord (Discord)": safe for any message
    bool sent = false;    // delivered (the target accepted it)
    bool skipped = false; // not sent on purpose: disabled, `on:` or `min_changes` said no
    QString skipReason;   // skipped: why, in words
    Error error;          // neither sent nor skipped: why, naming the target by label, never its URL or token
    int attempts = 0;     // tries made
    bool failed() const { return !sent && !skipped; }
};

} // namespace arrscore
