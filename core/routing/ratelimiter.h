#pragma once

#include <QByteArrayView>
#include <QtGlobal>
#include <array>
#include <functional>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

namespace yard::routing {

// A token bucket per client address, shared by every worker thread of a server.
//
// Each bucket is kept as one number, in the form of the generic cell rate algorithm (GCRA): the
// "theoretical arrival time" at which the bucket would be full again. A request takes a token
// when that time, advanced by one token's refill interval, stays within `burst` intervals of
// now. It is exactly a bucket of `burst` tokens refilled at requestsPerMinute/60 per second,
// with integer nanoseconds and no floating point, so tests can check it to the token.
//
// Thread-safety: buckets live in 64 shards picked by the address's hash, each with its own
// mutex, held only for one hash lookup and a few integer operations (plus, rarely, a sweep of
// a full shard). Workers contend only when two clients hash to the same shard at the same
// instant. Servers and paths without a rate limit never reach this class at all.
class RateLimiter final {
    Q_DISABLE_COPY_MOVE(RateLimiter)

public:
    using Clock = std::function<qint64()>; // monotonic nanoseconds

    struct Decision {
        bool allowed = true;
        int remaining = 0;         // tokens left after this request
        int retryAfterSeconds = 0; // refused: until the next token, rounded up (>= 1)
    };

    static constexpr int ShardBits = 6;
    static constexpr int ShardCount = 1 << ShardBits;
    // Bounded memory: at most ShardCount * MaxBucketsPerShard addresses are remembered.
    static constexpr int MaxBucketsPerShard = 4096;

    // `clock` defaults to std::chrono::steady_clock; tests pass their own.
    RateLimiter(int requestsPerMinute, int burst, Clock clock = {});
    ~RateLimiter();

    // Takes a token from `client`'s bucket (any bytes naming the client: its IP address).
    Decision take(QByteArrayView client);
    // Whether take() would be allowed now, without taking (limits that count only failures,
    // such as sign-ins: check first, take on failure).
    bool wouldAllow(QByteArrayView client) const;
    // Returns a token taken by take() (a reservation that turned out not to count).
    void giveBack(QByteArrayView client);

    int burst() const { return m_burst; }
    qsizetype bucketCount() const; // locks every shard: for tests and statistics only

private:
    struct StringHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const {
            return std::hash<std::string_view>()(text);
        }
    };
    using Buckets = std::unordered_map<std::string, qint64, StringHash, std::equal_to<>>;
    struct alignas(64) Shard { // a cache line of its own: shards never share one
        mutable std::mutex mutex;
        Buckets arrivals; // client -> theoretical arrival time, nanoseconds
    };

    static void makeRoom(Buckets &buckets, qint64 now);

    qint64 m_interval; // nanoseconds to refill one token
    qint64 m_window;   // burst * interval: how far ahead of now a bucket may be drawn
    int m_burst;
    Clock m_clock;
    static std::size_t shardOf(std::string_view key);

    std::array<Shard, ShardCount> m_shards;
};

} // namespace yard::routing
