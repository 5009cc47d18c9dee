#include "roomhistorystore.h"

#include "roomhistorysql.h"

#include <QCoreApplication>
#include <QThread>
#include <QTimer>
#include <map>
#include <tuple>

namespace yard::realtime {

namespace {
// lupdate files a free function's tr() under its namespace: this names the context the program
// looks the text up in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(yard::realtime::RoomHistoryStore)
};
} // namespace

RoomHistoryStore::RoomHistoryStore(QString path)
    : m_path(std::move(path))
    , m_sql(std::make_unique<RoomHistorySql>()) {}

std::shared_ptr<RoomHistoryStore> RoomHistoryStore::open(const QString &path, QString *error) {
    std::shared_ptr<RoomHistoryStore> store(new RoomHistoryStore(path));
    store->m_thread = new QThread;
    store->m_thread->setObjectName(QStringLiteral("yard-rooms"));
    store->m_context = new QObject;
    store->m_context->moveToThread(store->m_thread);
    store->m_thread->start();
    bool opened = false;
    QString reason;
    store->runBlocking([&] {
        opened = store->m_sql->open(path, &reason);
        if (!opened)
            return;
        store->m_commitTimer = new QTimer(store->m_context);
        store->m_commitTimer->setSingleShot(true);
        store->m_commitTimer->setInterval(CommitDelayMs);
        QObject::connect(store->m_commitTimer, &QTimer::timeout, store->m_context,
                         [raw = store.get()] { raw->commitQueued(); });
    });
    if (!opened) {
        *error = Text::tr("cannot open %1: %2").arg(path, reason);
        return nullptr; // the destructor ends the thread
    }
    return store;
}

RoomHistoryStore::~RoomHistoryStore() {
    if (!m_thread)
        return;
    // Everything posted before this point is processed first (one queue, in order).
    runBlocking([this] {
        commitQueued();
        m_sql->close();
        delete m_context;
    });
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

template <typename Function> void RoomHistoryStore::runBlocking(Function function) {
    if (QThread::currentThread() == m_thread)
        function();
    else
        QMetaObject::invokeMethod(m_context, std::move(function), Qt::BlockingQueuedConnection);
}

QHash<QString, RoomHistoryStore::Room> RoomHistoryStore::load(const QString &server,
                                                              const QString &route, int keep) {
    QHash<QString, Room> rooms;
    runBlocking([&] {
        commitQueued();
        if (m_disabled.load())
            return;
        if (auto loaded = m_sql->load(server, route, keep))
            rooms = std::move(*loaded);
        else
            qWarning("rooms: cannot read the chat history of %s: %s", qUtf8Printable(route),
                     qUtf8Printable(m_sql->lastError()));
    });
    return rooms;
}

void RoomHistoryStore::append(const QString &server, const QString &route, const QString &room,
                              quint64 id, qint64 timestampMs, const QByteArray &payload, int keep) {
    if (m_disabled.load(std::memory_order_relaxed)) {
        m_dropped.fetch_add(1, std::memory_order_relaxed);
        return;
    }
    bool wasEmpty = false;
    {
        const QMutexLocker lock(&m_mutex);
        if (qsizetype(m_queue.size()) >= MaxQueued) {
            m_dropped.fetch_add(1, std::memory_order_relaxed);
            return;
        }
        wasEmpty = m_queue.empty();
        m_queue.push_back({server, route, room, id, timestampMs, payload, keep});
    }
    // One wake-up per batch, not per message: later appends find the queue non-empty.
    if (wasEmpty) {
        QMetaObject::invokeMethod(m_context, [this] {
            if (!m_commitTimer->isActive())
                m_commitTimer->start();
        });
    }
}

void RoomHistoryStore::trim(const QString &server, const QString &route, int keep) {
    QMetaObject::invokeMethod(m_context, [this, server, route, keep] {
        commitQueued();
        if (!m_disabled.load() && !m_sql->trimRoute(server, route, keep))
            disable(m_sql->lastError());
    });
}

void RoomHistoryStore::flush() {
    runBlocking([this] { commitQueued(); });
}

QString RoomHistoryStore::disabledReason() const {
    const QMutexLocker lock(&m_mutex);
    return m_disabledReason;
}

// One transaction for the whole queue, then one range delete per room it touched.
void RoomHistoryStore::commitQueued() {
    std::vector<Queued> batch;
    {
        const QMutexLocker lock(&m_mutex);
        batch.swap(m_queue);
    }
    if (batch.empty() || m_disabled.load())
        return;
    // Room -> its highest id in the batch and the route's historySize.
    std::map<std::tuple<QString, QString, QString>, std::pair<quint64, int>> touched;
    bool ok = m_sql->begin();
    for (const Queued &message : batch) {
        if (!ok)
            break;
        ok = m_sql->insert(message.server, message.route, message.room, message.id,
                           message.timestampMs, message.payload, message.keep);
        auto &[lastId, keep] = touched[{message.server, message.route, message.room}];
        lastId = qMax(lastId, message.id);
        keep = message.keep;
    }
    for (auto it = touched.cbegin(); ok && it != touched.cend(); ++it) {
        const auto &[server, route, room] = it->first;
        ok = m_sql->trimRoom(server, route, room, it->second.first, it->second.second);
    }
    ok = ok && m_sql->commit();
    if (!ok) {
        const QString error = m_sql->lastError();
        m_sql->rollback();
        m_dropped.fetch_add(qint64(batch.size()), std::memory_order_relaxed);
        disable(error);
    }
}

void RoomHistoryStore::disable(const QString &reason) {
    const QString sentence =
        Text::tr("chat history is no longer saved to %1: %2").arg(m_path, reason);
    qWarning("rooms: %s", qUtf8Printable(sentence));
    {
        const QMutexLocker lock(&m_mutex);
        m_disabledReason = sentence;
        m_dropped.fetch_add(qint64(m_queue.size()), std::memory_order_relaxed);
        m_queue.clear();
    }
    m_disabled.store(true);
}

} // namespace yard::realtime
