#pragma once

#include "logging/logfilter.h"

namespace yard::ui {

// What the log's timeline shows: requests matching `requests` when showRequests, events matching
// `events` when showEvents. The filter bar fills both from the same controls.
struct TimelineFilter {
    logging::LogFilter requests;
    logging::EventFilter events;
    bool showRequests = true;
    bool showEvents = true;
};

} // namespace yard::ui
