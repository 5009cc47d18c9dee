#pragma once

#include "connectioninfo.h"
#include "logging/eventbatch.h"
#include "logging/logbatch.h"
#include "requesthandler.h"
#include "responsewriter.h"
#include "serverlimits.h"
#include "workercounters.h"

#include <QObject>
#include <QTimer>
#include <atomic>
#include <memory>
#include <unordered_set>
#include <utility>
#include <vector>

namespace yard::logging {
class LogWriter;
}

namespace yard::http {

class Connection;

// Per-worker state a layer above keeps for its exchanges (a proxy's idle upstream connections):
// found by key, destroyed in the worker's thread when the worker closes everything.
class WorkerLocal {
public:
    virtual ~WorkerLocal() = default;
};

// An I/O thread's share of one server: the connections handed to it, their timeouts, its
// counters and its copy of the handler. Lives in its own thread with its own event loop; other
// threads talk to it only through queued calls (QMetaObject::invokeMethod).
class Worker final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Worker)

public:
    // `index`: the worker's place in its server (below ConnectionId::MaxWorkers), part of every
    // connection id it gives; ids count on from `firstSequence`.
    Worker(const ServerLimits &limits, std::atomic<int> &serverConnections, int index = 0,
           quint64 firstSequence = 1);
    ~Worker() override;

    // Worker thread only.
    void adopt(qintptr fd);
    void setHandler(std::shared_ptr<const RequestHandler> handler);
    void beginShutdown();
    void closeAll();

    const RequestHandler &handler() const { return *m_handler; }
    const ServerLimits &limits() const { return m_limits; }
    const HttpDate &date() const { return m_date; }
    bool isShuttingDown() const { return m_shuttingDown; }
    WorkerCounters &counters() { return m_counters; }
    const WorkerCounters &counters() const { return m_counters; }

    // Request log (worker thread): records go into this worker's batch, which is handed to the
    // writer thread every tick or when it is big; nothing is shared per request.
    void setLog(std::shared_ptr<logging::LogWriter> writer, const QString &server);
    void log(const logging::RequestRecordView &record);
    // A WebSocket message or SSE event of a connection this worker serves (table `events`),
    // batched and handed over with the requests.
    void logEvent(const logging::EventRecordView &record);
    bool logsEvents() const { return m_logWriter != nullptr; }

    WorkerLocal *local(const void *key) const;
    void setLocal(const void *key, std::unique_ptr<WorkerLocal> value);

    // Called by a connection that has closed its socket; it is deleted later.
    void connectionClosed(Connection *connection);

    // The live registry (worker thread): this worker's HTTP connections, now; a kick closes the
    // one with `id` (false: none such here, it may have become a WebSocket).
    QList<ConnectionInfo> connections() const;
    bool kick(quint64 id);
    // Sends an administrator's message to the connection `id` (see Connection::sendAsServer).
    bool sendAsServer(quint64 id, QByteArrayView name, QByteArrayView data);
    int index() const { return m_index; }
    // The next connection will be given this sequence number (any thread, once stopped).
    quint64 nextSequence() const { return m_nextSequence; }
    // A change the registry shows (worker thread): a relaxed bump, read a few times a second.
    void noteConnectionsChanged() { m_counters.add(m_counters.connectionChanges, 1); }
    void noteRoomsChanged() { m_counters.add(m_counters.roomChanges, 1); }

private:
    void tick();
    void flushLog();

    const ServerLimits m_limits;
    std::atomic<int> &m_serverConnections;
    std::shared_ptr<const RequestHandler> m_handler;
    std::unordered_set<Connection *> m_connections;
    WorkerCounters m_counters;
    HttpDate m_date;
    QTimer m_tick{this}; // a child, so it moves to the worker thread with the worker
    std::shared_ptr<logging::LogWriter> m_logWriter; // null: logging off
    QString m_logServer;
    logging::LogBatch m_logBatch;
    logging::EventBatch m_eventBatch;
    std::vector<std::pair<const void *, std::unique_ptr<WorkerLocal>>> m_locals;
    const int m_index;
    quint64 m_nextSequence;
    bool m_shuttingDown = false;
    bool m_deletingAll = false;
};

} // namespace yard::http
