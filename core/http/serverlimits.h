#pragma once

#include "httplimits.h"

namespace yard::http {

// Connection-level limits of one server; request-level ones are in HttpLimits.
struct ServerLimits {
    HttpLimits request;
    int maxConnections = 10000;
    int headerTimeoutMs = 10000; // from a request's first byte to the end of its head: 408
    int bodyTimeoutMs = 10000;   // longest silence while a body arrives: 408
    int idleTimeoutMs = 15000;   // a kept-alive connection with no request is closed quietly
    int sendTimeoutMs = 30000;   // a client that does not read its response is dropped
};

} // namespace yard::http
