#include "ratelimiter.h"

#include <algorithm>
#include <chrono>
#include <limits>
#include <vector>

namespace yard::routing {

namespace {
constexpr qint64 NanosPerSecond = 1000000000;
constexpr qint64 NanosPerMinute = 60 * NanosPerSecond;

qint64 steadyNanos() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}
} // namespace

RateLimiter::RateLimiter(int requestsPerMinute, int burst, Clock clock)
    : m_interval(NanosPerMinute / std::max(1, requestsPerMinute))
    , m_window(m_interval * std::max(1, burst))
    , m_burst(std::max(1, burst))
    , m_clock(clock ? std::move(clock) : Clock(steadyNanos)) {}

RateLimiter::~RateLimiter() = default;

// The top bits of the hash pick the shard; the map inside uses the whole hash modulo its (prime)
// size.
std::size_t RateLimiter::shardOf(std::string_view key) {
    return StringHash()(key) >> (std::numeric_limits<std::size_t>::digits - ShardBits);
}

RateLimiter::Decision RateLimiter::take(QByteArrayView client) {
    const std::string_view key(client.data(), std::size_t(client.size()));
    Shard &shard = m_shards[shardOf(key)];
    const qint64 now = m_clock();

    const std::lock_guard lock(shard.mutex);
    const auto it = shard.arrivals.find(key);
    const qint64 arrival = it == shard.arrivals.end() ? now : std::max(it->second, now);
    const qint64 next = arrival + m_interval;
    if (next - now > m_window) {
        // The next token is free at next - m_window. RFC 9110 §10.2.3: Retry-After in whole
        // seconds, rounded up so that a client that waits that long is served.
        const qint64 wait = next - m_window - now;
        return {false, 0, int(std::max<qint64>(1, (wait + NanosPerSecond - 1) / NanosPerSecond))};
    }
    if (it != shard.arrivals.end()) {
        it->second = next;
    } else {
        if (shard.arrivals.size() >= std::size_t(MaxBucketsPerShard))
            makeRoom(shard.arrivals, now);
        shard.arrivals.emplace(std::string(key), next);
    }
    return {true, int((m_window - (next - now)) / m_interval), 0};
}

bool RateLimiter::wouldAllow(QByteArrayView client) const {
    const std::string_view key(client.data(), std::size_t(client.size()));
    const Shard &shard = m_shards[shardOf(key)];
    const qint64 now = m_clock();
    const std::lock_guard lock(shard.mutex);
    const auto it = shard.arrivals.find(key);
    const qint64 arrival = it == shard.arrivals.end() ? now : std::max(it->second, now);
    return arrival + m_interval - now <= m_window;
}

void RateLimiter::giveBack(QByteArrayView client) {
    const std::string_view key(client.data(), std::size_t(client.size()));
    Shard &shard = m_shards[shardOf(key)];
    const qint64 now = m_clock();
    const std::lock_guard lock(shard.mutex);
    const auto it = shard.arrivals.find(key);
    if (it == shard.arrivals.end())
        return;
    it->second -= m_interval;
    if (it->second <= now)
        shard.arrivals.erase(it); // full again
}

// A bucket whose arrival time has passed is full again: forgetting it changes no decision, so
// those go first. If every bucket is still refilling (many clients at once), the eighth closest
// to full goes: their clients gain at most what they were about to get back anyway. Dropping an
// eighth at once keeps the sweep to one in MaxBucketsPerShard / 8 inserts, not one per insert.
void RateLimiter::makeRoom(Buckets &buckets, qint64 now) {
    std::erase_if(buckets, [now](const auto &entry) { return entry.second <= now; });
    if (buckets.size() < std::size_t(MaxBucketsPerShard))
        return;
    std::vector<qint64> arrivals;
    arrivals.reserve(buckets.size());
    for (const auto &entry : buckets)
        arrivals.push_back(entry.second);
    const auto cut = arrivals.begin() + std::ptrdiff_t(arrivals.size() / 8);
    std::nth_element(arrivals.begin(), cut, arrivals.end());
    const qint64 threshold = *cut;
    std::erase_if(buckets, [threshold](const auto &entry) { return entry.second <= threshold; });
}

qsizetype RateLimiter::bucketCount() const {
    qsizetype count = 0;
    for (const Shard &shard : m_shards) {
        const std::lock_guard lock(shard.mutex);
        count += qsizetype(shard.arrivals.size());
    }
    return count;
}

} // namespace yard::routing
