#pragma once

#include "http/requesthandler.h"
#include "http/serverlimits.h"
#include "http/workercounters.h"
#include "project/projectmodel.h"

#include <QHostAddress>
#include <QObject>
#include <atomic>
#include <map>
#include <memory>
#include <vector>

class QThread;

namespace yard::http {
class Worker;
}
namespace yard::realtime {
class RoomHistoryStore;
class RoomHub;
class SseHub;
} // namespace yard::realtime
namespace yard::logging {
class LogWriter;
}
namespace yard::sessions {
class SessionDatabase;
}

namespace yard::server {

class ConnectionRegistry;
class Listener;

// Counters of one server, summed over its workers when asked (never on the request path).
struct ServerStats {
    quint64 requests = 0;
    quint64 bytesIn = 0;
    quint64 bytesOut = 0;
    quint64 errors = 0;
    qint64 openConnections = 0;
    std::array<quint64, http::WorkerCounters::LatencyBuckets> latency{}; // see WorkerCounters
};

// One listening server built from one server of the project: a listener and N worker threads.
// Owned and driven from one thread (the GUI thread or serve's main thread); start() and stop()
// wait briefly for the workers, they never wait on a client.
class ServerInstance final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerInstance)

public:
    // `baseDir` resolves the routes' relative paths: the project file's folder.
    ServerInstance(project::ServerConfig config, QString baseDir, QObject *parent = nullptr);
    ~ServerInstance() override;

    // Overrides before start(): the command line's --host and --port.
    void setAddress(const QString &host, int port);
    // Starts listening; on failure returns false with a one-line reason.
    bool start(QString *error);
    // Graceful stop: stop accepting, let in-flight requests finish for up to `graceMs`, then
    // close what is left.
    void stop(int graceMs = 3000);
    // Hot reload: compiles the routes of `config` and swaps them into every worker between two
    // requests; requests in flight finish on the old table, no connection is dropped. On failure
    // (a body file cannot be read) the old table keeps serving and `error` says why. The address,
    // workers and limits take effect at the next start().
    bool applyConfig(const project::ServerConfig &config, QString *error);
    // The request log, before start(); null (the default) = no logging. Honours the server's
    // `log` settings (enabled, maxRows, maxAgeDays).
    void setLogWriter(std::shared_ptr<logging::LogWriter> writer);
    // Sessions and users (the data folder's), before start() or applyConfig(). A server with
    // `sessions` and none set opens the platform's app-data folder. Sessions live in the
    // database's per-server store, so they survive hot reloads and restarts.
    void setSessionDatabase(std::shared_ptr<sessions::SessionDatabase> database);
    const std::shared_ptr<sessions::SessionDatabase> &sessionDatabase() const {
        return m_sessionDatabase;
    }
    // Chat history (the data folder's rooms database), before start(): websocket routes keep
    // their rooms' history there, by server name and route path. Null (the default): in memory.
    void setRoomHistory(std::shared_ptr<realtime::RoomHistoryStore> store);
    // Installs a handler directly (tests, and the engine's own callers).
    void setHandler(std::shared_ptr<const http::RequestHandler> handler);

    bool isRunning() const { return m_listener != nullptr; }
    const project::ServerConfig &config() const { return m_config; }
    quint16 port() const { return m_port; }
    QString url() const;
    ServerStats stats() const;
    // The live connections and rooms, and the administrator's actions on them.
    ConnectionRegistry &registry() const { return *m_registry; }

    static http::ServerLimits limitsFor(const project::ServerConfig &config);

    // The event channels of the sse route at `routePath` (as written in the project), null when
    // the server has none. Owner thread; the hub itself may then be used from any thread.
    std::shared_ptr<realtime::SseHub> sseHub(const QString &routePath) const;

private:
    QByteArray healthJson() const;

    project::ServerConfig m_config;
    QString m_baseDir;
    // Chat-room hubs by websocket route path, kept across reloads (and stop/start) so rooms do
    // not split; a reload that changes a route's limits hands them to its hub (applyConfig).
    std::map<QString, std::shared_ptr<realtime::RoomHub>> m_roomHubs;
    // Event channels by sse route path, kept across reloads so that readers and buffers stay.
    std::map<QString, std::shared_ptr<realtime::SseHub>> m_sseHubs;
    std::shared_ptr<realtime::RoomHistoryStore> m_roomHistory;
    qint64 m_startedMs = 0;
    QHostAddress m_address;
    int m_requestedPort = 0;
    quint16 m_port = 0;
    std::atomic<int> m_openConnections{0};
    std::vector<QThread *> m_threads;
    std::vector<http::Worker *> m_workers;
    std::shared_ptr<const http::RequestHandler> m_handler;
    std::shared_ptr<logging::LogWriter> m_logWriter;
    std::shared_ptr<logging::LogWriter> m_eventWriter; // m_logWriter while running with the log on
    std::shared_ptr<sessions::SessionDatabase> m_sessionDatabase;
    Listener *m_listener = nullptr; // lives in the first worker's thread
    quint64 m_nextConnection = 1;   // connection ids go on after a restart, never repeat
    // Last: it reads the members above, so it goes first.
    std::unique_ptr<ConnectionRegistry> m_registry;
};

} // namespace yard::server
