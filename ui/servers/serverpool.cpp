#include "serverpool.h"

#include "document/projectdocument.h"
#include "logging/logwriter.h"
#include "realtime/roomhistorystore.h"
#include "sessions/sessiondatabase.h"

#include <QDir>
#include <QStandardPaths>
#include <QTimer>
#include <algorithm>
#include <cmath>

namespace yard::ui {

namespace {
// What only a restart changes (see ServerInstance::applyConfig).
bool sameListeningSetup(const project::ServerConfig &a, const project::ServerConfig &b) {
    return a.hostOrDefault() == b.hostOrDefault() && a.port == b.port && a.workers == b.workers &&
           a.limits == b.limits && a.log == b.log;
}
} // namespace

qint64
latencyPercentileMicros(const std::array<quint64, http::WorkerCounters::LatencyBuckets> &buckets,
                        double fraction) {
    quint64 total = 0;
    for (quint64 count : buckets)
        total += count;
    if (total == 0)
        return 0;
    const auto wanted = quint64(std::ceil(double(total) * fraction));
    quint64 seen = 0;
    for (std::size_t i = 0; i < buckets.size(); ++i) {
        seen += buckets[i];
        if (seen >= wanted)
            return qint64(1) << i;
    }
    return qint64(1) << (buckets.size() - 1);
}

ServerPool::ServerPool(ProjectDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_poll(new QTimer(this)) {
    m_clock.start();
    m_poll->setInterval(PollIntervalMs);
    connect(m_poll, &QTimer::timeout, this, &ServerPool::poll);
    connect(m_document, &ProjectDocument::changed, this, &ServerPool::follow);
}

ServerPool::~ServerPool() {
    for (auto &[id, entry] : m_entries) {
        if (entry.instance)
            entry.instance->stop(0);
    }
}

void ServerPool::setLogDatabasePath(const QString &path) {
    m_logPath = path;
}

QString ServerPool::logDatabasePath() const {
    if (!m_logPath.isEmpty())
        return m_logPath;
    // The same default as `yardmaster serve`, so `yardmaster logs` reads the window's traffic.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("requests.sqlite"));
}

QString ServerPool::logProblem() const {
    if (!m_logError.isEmpty())
        return m_logError;
    return m_log ? m_log->disabledReason() : QString();
}

qint64 ServerPool::logBacklog() const {
    return m_log ? m_log->backlogRecords() : 0;
}

qint64 ServerPool::logDropped() const {
    return m_log ? m_log->droppedTotal() : 0;
}

void ServerPool::setDataDirectory(const QString &dir) {
    m_dataDir = dir;
}

QString ServerPool::dataDirectory() const {
    return m_dataDir.isEmpty() ? QFileInfo(logDatabasePath()).absolutePath() : m_dataDir;
}

std::shared_ptr<sessions::SessionDatabase> ServerPool::sessionDatabase(QString *error) {
    if (!m_sessions) {
        QString openError;
        QDir().mkpath(dataDirectory());
        m_sessions = sessions::SessionDatabase::open(dataDirectory(), &openError);
        if (!m_sessions && error)
            *error = openError;
    }
    return m_sessions;
}

std::shared_ptr<realtime::RoomHistoryStore>
ServerPool::roomHistory(const project::ServerConfig &config) {
    const bool chat = std::any_of(config.routes.cbegin(), config.routes.cend(), [](const auto &r) {
        return r.action == project::RouteAction::WebSocket;
    });
    if (m_roomHistory || !chat || !m_roomHistoryError.isEmpty())
        return m_roomHistory;
    QDir().mkpath(dataDirectory());
    m_roomHistory = realtime::RoomHistoryStore::open(
        QDir(dataDirectory()).filePath(QStringLiteral("rooms.sqlite")), &m_roomHistoryError);
    if (!m_roomHistory)
        qWarning("chat history is kept in memory only: %s", qUtf8Printable(m_roomHistoryError));
    return m_roomHistory;
}

project::ServerConfig ServerPool::effectiveConfig(const project::ServerConfig &config) const {
    return withLogDefaults(config, m_logDefaults);
}

bool ServerPool::start(int id, QString *error) {
    const project::ServerConfig *config = m_document->server(id);
    if (!config)
        return false;
    Entry &entry = m_entries[id];
    if (entry.instance && entry.instance->isRunning())
        return true;
    entry.instance = std::make_unique<server::ServerInstance>(effectiveConfig(*config),
                                                              m_document->baseDir(), nullptr);
    if (!m_log) {
        // Serving goes on without a log it cannot open; the Log tab says why (logProblem).
        QDir().mkpath(QFileInfo(logDatabasePath()).absolutePath());
        m_logError.clear();
        m_log = logging::LogWriter::open(logDatabasePath(), &m_logError);
    }
    if (m_log)
        entry.instance->setLogWriter(m_log);
    entry.instance->setRoomHistory(roomHistory(*config));
    if (config->sessions && config->sessions->isEnabled()) {
        auto database = sessionDatabase(error);
        if (!database) {
            entry.lastError = *error;
            entry.instance.reset();
            Q_EMIT runningChanged(id);
            return false;
        }
        entry.instance->setSessionDatabase(std::move(database));
    }
    entry.activity = {};
    entry.samples.clear();
    // The baseline: traffic before the first poll still counts in the first rate.
    entry.samples.emplace_back(m_clock.elapsed(), server::ServerStats());
    if (!entry.instance->start(error)) {
        entry.lastError = *error;
        entry.instance.reset();
        Q_EMIT runningChanged(id);
        return false;
    }
    entry.startedWith = *config;
    entry.lastError.clear();
    m_poll->start();
    Q_EMIT runningChanged(id);
    return true;
}

void ServerPool::stop(int id) {
    const auto it = m_entries.find(id);
    if (it == m_entries.end() || !it->second.instance)
        return;
    it->second.instance->stop(StopGraceMs);
    it->second.instance.reset();
    it->second.activity.requestsPerSecond = 0;
    it->second.activity.stats.openConnections = 0;
    if (runningCount() == 0)
        m_poll->stop();
    Q_EMIT runningChanged(id);
}

server::ConnectionRegistry *ServerPool::registry(int id) const {
    const auto it = m_entries.find(id);
    return it != m_entries.end() && it->second.instance ? &it->second.instance->registry()
                                                        : nullptr;
}

std::shared_ptr<realtime::SseHub> ServerPool::sseHub(int id, const QString &routePath) const {
    const auto it = m_entries.find(id);
    return it != m_entries.end() && it->second.instance ? it->second.instance->sseHub(routePath)
                                                        : nullptr;
}

QStringList ServerPool::startAll() {
    QStringList errors;
    for (int row = 0; row < m_document->serverCount(); ++row) {
        QString error;
        if (!start(m_document->serverId(row), &error) && !error.isEmpty())
            errors.append(error);
    }
    return errors;
}

bool ServerPool::restart(int id, QString *error) {
    stop(id);
    return start(id, error);
}

void ServerPool::stopAll() {
    for (auto &[id, entry] : m_entries) {
        if (entry.instance)
            stop(id);
    }
}

bool ServerPool::isRunning(int id) const {
    const auto it = m_entries.find(id);
    return it != m_entries.end() && it->second.instance && it->second.instance->isRunning();
}

int ServerPool::runningCount() const {
    int count = 0;
    for (const auto &[id, entry] : m_entries)
        count += isRunning(id) ? 1 : 0;
    return count;
}

QString ServerPool::url(int id) const {
    return isRunning(id) ? m_entries.at(id).instance->url() : QString();
}

bool ServerPool::needsRestart(int id) const {
    const project::ServerConfig *config = m_document->server(id);
    return isRunning(id) && config && !sameListeningSetup(*config, m_entries.at(id).startedWith);
}

QString ServerPool::lastError(int id) const {
    const auto it = m_entries.find(id);
    return it == m_entries.end() ? QString() : it->second.lastError;
}

const ServerActivity *ServerPool::activity(int id) const {
    const auto it = m_entries.find(id);
    return it == m_entries.end() ? nullptr : &it->second.activity;
}

void ServerPool::follow() {
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        const project::ServerConfig *config = m_document->server(it->first);
        if (!config) { // the server was removed (or another project opened)
            const int id = it->first;
            if (it->second.instance)
                it->second.instance->stop(StopGraceMs);
            it = m_entries.erase(it);
            Q_EMIT runningChanged(id);
            continue;
        }
        server::ServerInstance *instance = it->second.instance.get();
        if (instance && instance->config() != effectiveConfig(*config)) {
            QString error;
            // Sessions switched on by an edit: this pool's folder, not the server's default.
            if (config->sessions && config->sessions->isEnabled() && !instance->sessionDatabase())
                instance->setSessionDatabase(sessionDatabase());
            // A websocket route added by an edit: its new hub keeps history like the others.
            instance->setRoomHistory(roomHistory(*config));
            if (!instance->applyConfig(effectiveConfig(*config), &error))
                Q_EMIT applyFailed(it->first, error);
        }
        ++it;
    }
    if (runningCount() == 0)
        m_poll->stop();
}

void ServerPool::poll() {
    const qint64 now = m_clock.elapsed();
    for (auto &[id, entry] : m_entries) {
        if (!entry.instance)
            continue;
        ServerActivity &activity = entry.activity;
        activity.stats = entry.instance->stats();
        entry.samples.emplace_back(now, activity.stats);
        while (entry.samples.size() > 2 && now - entry.samples.front().first > WindowMs)
            entry.samples.pop_front();
        // Rate over the last second, so one poll's jitter does not make the number jump.
        auto second = entry.samples.begin();
        while (now - second->first > 1000)
            ++second;
        activity.requestsPerSecond =
            now > second->first ? double(activity.stats.requests - second->second.requests) *
                                      1000.0 / double(now - second->first)
                                : 0.0;
        const server::ServerStats &oldest = entry.samples.front().second;
        activity.recentRequests = activity.stats.requests - oldest.requests;
        activity.recentErrors = activity.stats.errors - oldest.errors;
        for (std::size_t i = 0; i < activity.recentLatency.size(); ++i)
            activity.recentLatency[i] = activity.stats.latency[i] - oldest.latency[i];
        activity.rateHistory.append(activity.requestsPerSecond);
        if (activity.rateHistory.size() > HistorySamples)
            activity.rateHistory.removeFirst();
    }
    Q_EMIT activityUpdated();
}

} // namespace yard::ui
