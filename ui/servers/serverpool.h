#pragma once

#include "logdefaults.h"
#include "server/serverinstance.h"

#include <QElapsedTimer>
#include <QObject>
#include <deque>
#include <map>
#include <memory>

class QTimer;

namespace yard::logging {
class LogWriter;
}
namespace yard::realtime {
class RoomHistoryStore;
class SseHub;
} // namespace yard::realtime
namespace yard::sessions {
class SessionDatabase;
}

namespace yard::ui {

class ProjectDocument;

// What the window shows of one server's traffic, refreshed a few times a second.
struct ServerActivity {
    server::ServerStats stats;
    double requestsPerSecond = 0;
    QList<double> rateHistory; // requests/s, oldest first, one sample per poll
    // Over the last few seconds (WindowMs), not since start: what the server does now.
    std::array<quint64, http::WorkerCounters::LatencyBuckets> recentLatency{};
    quint64 recentRequests = 0;
    quint64 recentErrors = 0;
};

// The latency below which `fraction` (0.5 = p50) of `buckets`' requests finished: the upper
// bound of the bucket it falls in (bucket i: < 2^i microseconds). 0 when there were none.
qint64
latencyPercentileMicros(const std::array<quint64, http::WorkerCounters::LatencyBuckets> &buckets,
                        double fraction);

// Runs the document's servers in this process (ServerInstance: a listener and worker threads
// each) and keeps them in step with the document: an edit reaches a running server at once
// through hot reload. Polls their counters (atomics, summed) a few times a second.
// GUI thread only.
class ServerPool final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerPool)

public:
    static constexpr int PollIntervalMs = 250;
    static constexpr int HistorySamples = 120; // 30 s of rates
    static constexpr int StopGraceMs = 1000;
    static constexpr int WindowMs = 5000; // latency and error figures cover this much

    explicit ServerPool(ProjectDocument *document, QObject *parent = nullptr);
    ~ServerPool() override;

    // Where requests are logged (SQLite); opened at the first start. Empty: the app-data folder.
    void setLogDatabasePath(const QString &path);
    QString logDatabasePath() const;
    // Why the request log does not write (it could not be opened, or it stopped: the file and
    // SQLite's error); empty while it writes or before a server ran. Lock-free reads.
    QString logProblem() const;
    // Records handed to the log and not yet written (serving comes first: under a saturating
    // load the log catches up afterwards), and records it had to drop, since the window opened.
    qint64 logBacklog() const;
    qint64 logDropped() const;
    // Sessions and users (sessions.sqlite, session.key): the log database's folder unless set.
    void setDataDirectory(const QString &dir);
    QString dataDirectory() const;
    // One database shared by every server with sessions; opened at first need. Null on error.
    std::shared_ptr<sessions::SessionDatabase> sessionDatabase(QString *error = nullptr);
    // Chat history (rooms.sqlite in the data folder), opened when a server with a websocket
    // route first needs it. Null when none does yet, or when it cannot be opened: then the rooms
    // keep their history in memory and roomHistoryError() says why.
    std::shared_ptr<realtime::RoomHistoryStore> roomHistory(const project::ServerConfig &config);
    QString roomHistoryError() const { return m_roomHistoryError; }

    // Request log retention for servers whose `log` block sets none; taken in at their next
    // start. The document keeps what the project file says.
    void setLogDefaults(const LogDefaults &defaults) { m_logDefaults = defaults; }
    LogDefaults logDefaults() const { return m_logDefaults; }
    // What a server of the document runs with: its config with the log defaults filled in.
    project::ServerConfig effectiveConfig(const project::ServerConfig &config) const;

    bool start(int id, QString *error);
    // Starts every server of the document; the errors of those that did not start, one each.
    QStringList startAll();
    void stop(int id);
    bool restart(int id, QString *error);
    void stopAll();

    bool isRunning(int id) const;
    int runningCount() const;
    // Listening address (the real port when the project says 0); empty when stopped.
    QString url(int id) const;
    // The running server was started with another address, workers or limits than the
    // document's: a restart takes them in (hot reload swaps routes only).
    bool needsRestart(int id) const;
    QString lastError(int id) const;
    const ServerActivity *activity(int id) const;
    // The running server's live connections and rooms; null when stopped. Gone at the next stop
    // (runningChanged says so): hold it in a QPointer.
    server::ConnectionRegistry *registry(int id) const;
    // The running server's event channels of the sse route at `routePath`; null when stopped or
    // when it has no such route. The hub itself may be used from any thread.
    std::shared_ptr<realtime::SseHub> sseHub(int id, const QString &routePath) const;

Q_SIGNALS:
    void runningChanged(int id);
    void activityUpdated();
    // Hot reload refused a change (the old routes keep serving); `error` says why.
    void applyFailed(int id, const QString &error);

private:
    struct Entry {
        std::unique_ptr<server::ServerInstance> instance;
        project::ServerConfig startedWith;
        ServerActivity activity;
        std::deque<std::pair<qint64, server::ServerStats>> samples; // (ms, stats), WindowMs
        QString lastError;
    };

    void follow();
    void poll();

    ProjectDocument *m_document;
    std::map<int, Entry> m_entries;
    std::shared_ptr<logging::LogWriter> m_log;
    QString m_logError; // LogWriter::open refused the file
    QString m_logPath;
    QString m_dataDir;
    std::shared_ptr<sessions::SessionDatabase> m_sessions;
    std::shared_ptr<realtime::RoomHistoryStore> m_roomHistory;
    LogDefaults m_logDefaults;
    QString m_roomHistoryError; // set once: a failed open is not retried on every start
    QTimer *m_poll = nullptr;
    QElapsedTimer m_clock;
};

} // namespace yard::ui
