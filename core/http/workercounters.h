#pragma once

#include <QtGlobal>
#include <array>
#include <atomic>

namespace yard::http {

// Counters of one worker. Written only by that worker's thread (relaxed atomics: no lock, no
// contended cache line); any thread may read them and sum the workers (ServerStats).
struct WorkerCounters {
    static constexpr int LatencyBuckets = 24; // bucket i: latency < 2^i microseconds

    std::atomic<quint64> requests{0};
    std::atomic<quint64> bytesIn{0};
    std::atomic<quint64> bytesOut{0};
    std::atomic<quint64> errors{0}; // 4xx/5xx answered by the engine itself (malformed, timeout)
    std::atomic<qint64> openConnections{0};
    std::array<std::atomic<quint64>, LatencyBuckets> latency{};
    // Bumped when a connection opens or closes, joins or leaves a room (connectionChanges) and
    // when a room changes: a member, a message (roomChanges). The registry compares them a few
    // times a second instead of being told of each change.
    std::atomic<quint64> connectionChanges{0};
    std::atomic<quint64> roomChanges{0};

    void add(std::atomic<quint64> &counter, quint64 amount) {
        counter.store(counter.load(std::memory_order_relaxed) + amount, std::memory_order_relaxed);
    }
    void recordLatency(qint64 microseconds);
};

} // namespace yard::http
