#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <chrono>

namespace yard::http {

class Worker;

// A connection's id: unique within its server, stable for the connection's life (a WebSocket
// upgrade keeps it), and the one the request log's `events.connection` column will carry. The
// low bits are the worker's index, so an admin action finds the worker that owns the connection
// without a table shared between workers; the rest counts that worker's connections.
struct ConnectionId {
    static constexpr int WorkerBits = 8;
    static constexpr int MaxWorkers = 1 << WorkerBits;

    static quint64 make(int worker, quint64 sequence) {
        return (sequence << WorkerBits) | quint64(worker);
    }
    static int worker(quint64 id) { return int(id & (MaxWorkers - 1)); }
};

// What a connection is, as the live registry shows it. Built on demand in the connection's own
// worker thread (never on the request path) and handed to the registry's thread by value.
struct ConnectionInfo {
    struct Membership {
        QString room;
        QString user; // the name the connection joined the room as
    };

    quint64 id = 0;
    QByteArray protocol; // "http", "ws" or "sse"
    QString server;      // filled by the registry
    QString remote;      // "address:port" ("[v6]:port")
    qint64 sinceMs = 0;  // accepted at, ms since epoch
    quint64 bytesIn = 0;
    quint64 bytesOut = 0;
    quint64 requests = 0; // HTTP requests answered, the upgrade included
    QString route;        // ws: the websocket route's path
    QList<Membership> rooms;
    // The session's user if the connection came with one; for a WebSocket without one, the
    // names it joined its rooms as (distinct, comma-separated).
    QString user;
};

// What a connection hands to the one that takes it over (a WebSocket upgrade), so that the
// registry goes on showing the same connection: same id, same age, bytes counted so far.
struct ConnectionIdentity {
    quint64 id = 0;
    qint64 sinceMs = 0;
    QByteArray remote;
    QByteArray user; // the session's user, UTF-8; empty: none
    quint64 bytesIn = 0;
    quint64 bytesOut = 0;
    quint64 requests = 0;
    Worker *worker = nullptr; // the worker thread's Worker, for its change counters and log

    // The upgrade request. Its log row is written by the taker when the connection ends: status
    // 101, the connection's life as its duration, and every byte of it (CONTRACT.md).
    struct Upgrade {
        qint64 startMs = 0; // wall clock, the request's first byte
        std::chrono::steady_clock::time_point start;
        QByteArray method;
        QByteArray target;
        QByteArray userAgent;
        QByteArray session; // the session's public handle; empty: none
        int route = -1;
        quint64 bytesInBefore = 0; // the connection's bytes before the upgrade request
        quint64 bytesOutBefore = 0;
    } upgrade;
};

// Writes the upgrade's row of `identity` now that its connection has ended, with the bytes the
// connection counted in all. From the worker's thread, or once that thread has finished.
void logUpgradeEnd(const ConnectionIdentity &identity);

} // namespace yard::http
