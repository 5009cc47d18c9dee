#include "serverinstance.h"

#include "connectionregistry.h"
#include "http/worker.h"
#include "listener.h"
#include "logging/logwriter.h"
#include "realtime/roomhub.h"
#include "realtime/ssehub.h"
#include "routing/routetable.h"
#include "routing/sseaction.h"
#include "sessions/sessiondatabase.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QThread>
#include <csignal>

namespace yard::server {

namespace {
QHostAddress addressFor(const QString &host) {
    return host == u"localhost" ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(host);
}

// Runs `function` in `object`'s thread and waits for it (never called from that thread).
template <typename Function> void runIn(QObject *object, Function function) {
    QMetaObject::invokeMethod(object, std::move(function), Qt::BlockingQueuedConnection);
}
} // namespace

ServerInstance::ServerInstance(project::ServerConfig config, QString baseDir, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_baseDir(std::move(baseDir))
    , m_address(addressFor(m_config.hostOrDefault()))
    , m_requestedPort(m_config.port)
    , m_registry(std::make_unique<ConnectionRegistry>(m_workers, m_roomHubs, m_config.name)) {}

ServerInstance::~ServerInstance() {
    stop(0);
}

void ServerInstance::setAddress(const QString &host, int port) {
    if (!host.isEmpty())
        m_address = addressFor(host);
    if (port >= 0)
        m_requestedPort = port;
}

http::ServerLimits ServerInstance::limitsFor(const project::ServerConfig &config) {
    http::ServerLimits limits;
    if (const auto &configured = config.limits) {
        limits.request.maxBodySize = configured->maxBodyBytes.value_or(limits.request.maxBodySize);
        limits.request.maxHeaderBlockSize =
            configured->maxHeaderBytes.value_or(int(limits.request.maxHeaderBlockSize));
        limits.maxConnections = configured->maxConnections.value_or(limits.maxConnections);
        limits.headerTimeoutMs = configured->headerTimeoutMs.value_or(limits.headerTimeoutMs);
        // One setting for slow clients: it bounds the head and each silence within a body.
        limits.bodyTimeoutMs = configured->headerTimeoutMs.value_or(limits.bodyTimeoutMs);
        limits.idleTimeoutMs = configured->idleTimeoutMs.value_or(limits.idleTimeoutMs);
    }
    return limits;
}

bool ServerInstance::start(QString *error) {
    if (isRunning())
        return true;
    if (m_address.isNull()) {
        *error = tr("%1: \"%2\" is not an address to listen on")
                     .arg(m_config.name, m_config.hostOrDefault());
        return false;
    }
    if (!m_handler && !applyConfig(m_config, error))
        return false;
    // sendfile() has no MSG_NOSIGNAL: a client that goes away mid-file must cost an EPIPE error
    // on that connection, not a SIGPIPE that ends the whole process.
    ::signal(SIGPIPE, SIG_IGN);
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    const http::ServerLimits limits = limitsFor(m_config);
    // A connection id holds its worker's index in a few bits (ConnectionId).
    const int count = qMin(m_config.workers.value_or(qMax(1, QThread::idealThreadCount())),
                           http::ConnectionId::MaxWorkers);
    for (int i = 0; i < count; ++i) {
        auto *thread = new QThread;
        thread->setObjectName(m_config.name + QStringLiteral("-io-") + QString::number(i));
        auto *worker = new http::Worker(limits, m_openConnections, i, m_nextConnection);
        worker->moveToThread(thread);
        thread->start();
        m_threads.push_back(thread);
        m_workers.push_back(worker);
    }
    if (m_handler)
        setHandler(m_handler);
    const bool logging =
        m_logWriter && m_config.log.value_or(project::LogConfig()).enabled.value_or(true);
    if (logging) {
        const project::LogConfig log = m_config.log.value_or(project::LogConfig());
        m_logWriter->setRetention(m_config.name, log.maxRows.value_or(0),
                                  log.maxAgeDays.value_or(0));
        m_logWriter->setMessagePreviews(m_config.name, log.messagePreviews.value_or(true));
        m_logWriter->forgetOpenConnections(m_config.name);
        for (http::Worker *worker : m_workers) {
            runIn(worker, [worker, writer = m_logWriter, name = m_config.name] {
                worker->setLog(writer, name);
            });
        }
    }

    // The hubs log what they send outside the workers' batches (table `events`).
    m_eventWriter = logging ? m_logWriter : nullptr;
    for (const auto &[path, hub] : m_roomHubs)
        hub->eventLog().set(m_eventWriter, m_config.name);
    for (const auto &[path, hub] : m_sseHubs)
        hub->eventLog().set(m_eventWriter, m_config.name);

    QString listenError;
    runIn(m_workers.front(), [this, limits, &listenError] {
        auto dispatch = [workers = m_workers, next = std::size_t(0)](qintptr fd) mutable {
            http::Worker *worker = workers[next++ % workers.size()];
            QMetaObject::invokeMethod(worker, [worker, fd] { worker->adopt(fd); });
        };
        auto *listener = new Listener(m_openConnections, limits.maxConnections, dispatch);
        if (!listener->listen(m_address, quint16(m_requestedPort))) {
            listenError = listener->errorString();
            delete listener;
            return;
        }
        m_port = listener->serverPort();
        m_listener = listener;
    });
    if (!m_listener) {
        *error = tr("%1: cannot listen on %2:%3: %4")
                     .arg(m_config.name, m_address.toString())
                     .arg(m_requestedPort)
                     .arg(listenError);
        stop(0);
        return false;
    }
    m_registry->serverChanged();
    return true;
}

void ServerInstance::stop(int graceMs) {
    if (m_workers.empty())
        return;
    if (m_listener) {
        runIn(m_workers.front(), [this] {
            delete m_listener;
            m_listener = nullptr;
        });
    }
    for (http::Worker *worker : m_workers)
        runIn(worker, [worker] { worker->beginShutdown(); });
    const QDeadlineTimer deadline(graceMs);
    while (m_openConnections.load() > 0 && !deadline.hasExpired())
        QThread::msleep(5);
    QThread *owner = thread();
    for (http::Worker *worker : m_workers) {
        runIn(worker, [worker, owner] {
            worker->closeAll();
            worker->moveToThread(owner);
        });
    }
    for (QThread *thread : m_threads) {
        thread->quit();
        thread->wait();
        delete thread;
    }
    for (http::Worker *worker : m_workers) {
        m_nextConnection = qMax(m_nextConnection, worker->nextSequence());
        delete worker;
    }
    m_threads.clear();
    m_workers.clear();
    m_port = 0;
    m_registry->serverChanged();
}

bool ServerInstance::applyConfig(const project::ServerConfig &config, QString *error) {
    // An existing hub gets its route's new limits in place, not a new hub: its rooms and the
    // connections in them carry on (a new hub would leave them in a room nobody new can join).
    // They are handed over only once the whole table is built, so that a reload that fails
    // changes nothing.
    std::vector<std::pair<std::shared_ptr<realtime::RoomHub>, realtime::RoomLimits>> newLimits;
    auto roomHub = [this, &config, &newLimits](const QString &path,
                                               const realtime::RoomLimits &limits) {
        std::shared_ptr<realtime::RoomHub> &hub = m_roomHubs[path];
        if (!hub) {
            hub = std::make_shared<realtime::RoomHub>(limits, m_roomHistory, config.name, path);
            hub->eventLog().set(m_eventWriter, config.name);
        } else
            newLimits.emplace_back(hub, limits);
        return hub;
    };
    // The same for the event channels of sse routes: readers and replay buffers carry on.
    std::vector<std::pair<std::shared_ptr<realtime::SseHub>, realtime::SseSettings>> newSettings;
    auto sseHub = [this, &config, &newSettings](const project::RouteConfig &route) {
        std::shared_ptr<realtime::SseHub> &hub = m_sseHubs[route.path];
        const realtime::SseSettings settings = routing::SseAction::settingsFor(route);
        if (!hub) {
            hub = std::make_shared<realtime::SseHub>(settings);
            hub->eventLog().set(m_eventWriter, config.name);
        } else
            newSettings.emplace_back(hub, settings);
        return hub;
    };
    if (config.sessions && config.sessions->isEnabled() && !m_sessionDatabase) {
        m_sessionDatabase = sessions::SessionDatabase::open(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation), error);
        if (!m_sessionDatabase)
            return false;
    }
    auto table = routing::RouteTable::build(
        config, m_baseDir, [this] { return healthJson(); }, error, roomHub, m_sessionDatabase,
        sseHub);
    if (!table)
        return false;
    for (const auto &[hub, limits] : newLimits)
        hub->setLimits(limits);
    for (const auto &[hub, settings] : newSettings)
        hub->setSettings(settings);
    m_config = config;
    setHandler(std::move(table));
    return true;
}

std::shared_ptr<realtime::SseHub> ServerInstance::sseHub(const QString &routePath) const {
    const auto found = m_sseHubs.find(routePath);
    return found == m_sseHubs.end() ? nullptr : found->second;
}

// Called from worker threads: reads only atomics and values fixed while running.
QByteArray ServerInstance::healthJson() const {
    const ServerStats current = stats();
    const qint64 uptimeMs = QDateTime::currentMSecsSinceEpoch() - m_startedMs;
    return QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("healthy")},
                                     {QStringLiteral("uptimeSeconds"), uptimeMs / 1000},
                                     {QStringLiteral("connections"), current.openConnections},
                                     {QStringLiteral("requests"), qint64(current.requests)}})
        .toJson(QJsonDocument::Compact);
}

void ServerInstance::setLogWriter(std::shared_ptr<logging::LogWriter> writer) {
    m_logWriter = std::move(writer);
}

void ServerInstance::setSessionDatabase(std::shared_ptr<sessions::SessionDatabase> database) {
    m_sessionDatabase = std::move(database);
}

void ServerInstance::setRoomHistory(std::shared_ptr<realtime::RoomHistoryStore> store) {
    m_roomHistory = std::move(store);
}

void ServerInstance::setHandler(std::shared_ptr<const http::RequestHandler> handler) {
    m_handler = std::move(handler);
    for (http::Worker *worker : m_workers) {
        QMetaObject::invokeMethod(worker,
                                  [worker, handler = m_handler] { worker->setHandler(handler); });
    }
}

QString ServerInstance::url() const {
    const QString host = m_address.protocol() == QAbstractSocket::IPv6Protocol
                             ? u'[' + m_address.toString() + u']'
                             : m_address.toString();
    return QStringLiteral("http://") + host + u':' + QString::number(m_port);
}

ServerStats ServerInstance::stats() const {
    ServerStats stats;
    for (const http::Worker *worker : m_workers) {
        const http::WorkerCounters &counters = worker->counters();
        stats.requests += counters.requests.load(std::memory_order_relaxed);
        stats.bytesIn += counters.bytesIn.load(std::memory_order_relaxed);
        stats.bytesOut += counters.bytesOut.load(std::memory_order_relaxed);
        stats.errors += counters.errors.load(std::memory_order_relaxed);
        stats.openConnections += counters.openConnections.load(std::memory_order_relaxed);
        for (std::size_t i = 0; i < stats.latency.size(); ++i)
            stats.latency[i] += counters.latency[i].load(std::memory_order_relaxed);
    }
    return stats;
}

} // namespace yard::server
