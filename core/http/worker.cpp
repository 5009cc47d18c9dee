#include "worker.h"

#include "connection.h"
#include "httpresponse.h"
#include "logging/logwriter.h"

#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

namespace yard::http {

namespace {
// Until a route table is installed every request is a 503: a worker never runs without a handler.
class UnavailableHandler final : public RequestHandler {
public:
    void handle(const HttpRequest &, HttpResponse &response) const override {
        response.status = 503;
    }
};

constexpr int TickMs = 250; // timeout resolution, Date refresh, log hand-over
// A batch this big goes to the writer at once rather than at the next tick.
constexpr qsizetype LogBatchBytes = 256 * 1024;
} // namespace

Worker::Worker(const ServerLimits &limits, std::atomic<int> &serverConnections, int index,
               quint64 firstSequence)
    : m_limits(limits)
    , m_serverConnections(serverConnections)
    , m_handler(std::make_shared<UnavailableHandler>())
    , m_index(index)
    , m_nextSequence(firstSequence) {
    Q_ASSERT(index >= 0 && index < ConnectionId::MaxWorkers);
    m_tick.setInterval(TickMs);
    connect(&m_tick, &QTimer::timeout, this, &Worker::tick);
}

Worker::~Worker() {
    closeAll();
}

void Worker::adopt(qintptr fd) {
    if (m_shuttingDown) {
        ::close(int(fd));
        m_serverConnections.fetch_sub(1, std::memory_order_relaxed);
        return;
    }
    ::fcntl(int(fd), F_SETFL, ::fcntl(int(fd), F_GETFL) | O_NONBLOCK);
    // Responses go out whole in one send; Nagle would only delay the next pipelined one.
    const int one = 1;
    ::setsockopt(int(fd), IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    m_connections.insert(new Connection(fd, *this, ConnectionId::make(m_index, m_nextSequence++)));
    noteConnectionsChanged();
    if (!m_tick.isActive())
        m_tick.start();
}

void Worker::setHandler(std::shared_ptr<const RequestHandler> handler) {
    m_handler = std::move(handler);
}

void Worker::connectionClosed(Connection *connection) {
    if (m_connections.erase(connection) == 0)
        return;
    m_serverConnections.fetch_sub(1, std::memory_order_relaxed);
    noteConnectionsChanged();
    if (!m_deletingAll)
        connection->deleteLater();
}

QList<ConnectionInfo> Worker::connections() const {
    QList<ConnectionInfo> list;
    list.reserve(qsizetype(m_connections.size()));
    for (const Connection *connection : m_connections)
        list.append(connection->info());
    return list;
}

bool Worker::sendAsServer(quint64 id, QByteArrayView name, QByteArrayView data) {
    for (Connection *connection : m_connections) {
        if (connection->id() == id)
            return connection->sendAsServer(name, data);
    }
    return false;
}

bool Worker::kick(quint64 id) {
    for (Connection *connection : m_connections) {
        if (connection->id() == id) {
            connection->kick(); // leaves the set: the loop ends here
            return true;
        }
    }
    return false;
}

WorkerLocal *Worker::local(const void *key) const {
    for (const auto &[owner, value] : m_locals) {
        if (owner == key)
            return value.get();
    }
    return nullptr;
}

void Worker::setLocal(const void *key, std::unique_ptr<WorkerLocal> value) {
    m_locals.emplace_back(key, std::move(value));
}

void Worker::setLog(std::shared_ptr<logging::LogWriter> writer, const QString &server) {
    m_logWriter = std::move(writer);
    m_logServer = server;
}

void Worker::log(const logging::RequestRecordView &record) {
    if (!m_logWriter)
        return;
    m_logBatch.append(record);
    if (m_logBatch.byteSize() >= LogBatchBytes)
        flushLog();
    else if (!m_tick.isActive()) // an upgrade's row comes when its WebSocket ends, maybe alone
        m_tick.start();
}

void Worker::logEvent(const logging::EventRecordView &record) {
    if (!m_logWriter)
        return;
    m_eventBatch.append(record);
    if (!m_tick.isActive()) // a worker with only WebSockets has no connection of its own
        m_tick.start();
}

// Back-pressure, written down (docs/LOGGING-NOTES.md): when the writer is behind by more than
// its bound, the batch is dropped and counted in the database, never silently.
void Worker::flushLog() {
    if (!m_eventBatch.isEmpty()) {
        const int count = m_eventBatch.count();
        QByteArray batch = m_eventBatch.take();
        if (m_logWriter->accepting())
            m_logWriter->submitEvents(m_logServer, std::move(batch), count);
        else
            m_logWriter->recordDropped(m_logServer, count);
    }
    if (m_logBatch.isEmpty())
        return;
    const int count = m_logBatch.count();
    QByteArray batch = m_logBatch.take();
    if (m_logWriter->accepting())
        m_logWriter->submit(m_logServer, std::move(batch), count);
    else
        m_logWriter->recordDropped(m_logServer, count);
}

void Worker::tick() {
    m_date.refresh();
    flushLog();
    const auto now = Connection::Clock::now();
    // Copy: a timeout closes the connection, which removes it from the set.
    const std::vector<Connection *> connections(m_connections.begin(), m_connections.end());
    for (Connection *connection : connections)
        connection->checkTimeouts(now);
    if (m_connections.empty() && m_logBatch.isEmpty() && m_eventBatch.isEmpty())
        m_tick.stop();
}

void Worker::beginShutdown() {
    m_shuttingDown = true;
    const std::vector<Connection *> connections(m_connections.begin(), m_connections.end());
    for (Connection *connection : connections)
        connection->beginShutdown();
}

void Worker::closeAll() {
    m_shuttingDown = true;
    m_tick.stop();
    flushLog();
    m_deletingAll = true;
    const std::vector<Connection *> connections(m_connections.begin(), m_connections.end());
    for (Connection *connection : connections)
        delete connection; // closes, and leaves the set through connectionClosed
    m_deletingAll = false;
    m_locals.clear();
}

} // namespace yard::http
