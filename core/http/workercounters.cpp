#include "workercounters.h"

#include <bit>

namespace yard::http {

void WorkerCounters::recordLatency(qint64 microseconds) {
    const auto value = quint64(qMax<qint64>(microseconds, 0));
    const int bucket = qMin(int(std::bit_width(value)), LatencyBuckets - 1);
    add(latency[std::size_t(bucket)], 1);
}

} // namespace yard::http
