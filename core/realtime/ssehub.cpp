#include "ssehub.h"

#include "sseformat.h"
#include "workersse.h"

#include <QDateTime>
#include <QThread>

namespace yard::realtime {

SseHub::SseHub(const SseSettings &settings)
    : m_settings(settings) {}

SseHub::~SseHub() = default;

SseSettings SseHub::settings() const {
    const QMutexLocker lock(&m_mutex);
    return m_settings;
}

void SseHub::setSettings(const SseSettings &settings) {
    const QMutexLocker lock(&m_mutex);
    m_settings = settings;
}

WorkerSse &SseHub::workerSse() {
    QThread *thread = QThread::currentThread();
    const QMutexLocker lock(&m_mutex);
    WorkerSse *&worker = m_workers[thread];
    if (!worker) {
        worker = new WorkerSse(shared_from_this());
        // Deleted in the ending thread itself, while its event dispatcher still exists; its
        // streams have ended by then (the worker closes every connection first).
        QObject::connect(
            thread, &QThread::finished, worker, [worker] { delete worker; }, Qt::DirectConnection);
    }
    return *worker;
}

void SseHub::forget(WorkerSse *worker) {
    const QMutexLocker lock(&m_mutex);
    for (auto it = m_workers.begin(); it != m_workers.end();) {
        if (it.value() == worker)
            it = m_workers.erase(it);
        else
            ++it;
    }
    for (Channel &channel : m_channels) {
        channel.readers -= channel.workers.value(worker);
        channel.workers.remove(worker);
    }
}

// A bounded number of channels: a new one may replace one that no one reads. Its buffer goes
// with it, which only costs a reader that comes back after a long time its replay.
SseHub::Channel *SseHub::channelLocked(const QString &name) {
    const auto found = m_channels.find(name);
    if (found != m_channels.end())
        return &*found;
    if (m_channels.size() >= qMax(1, m_settings.maxChannels)) {
        auto idle = std::find_if(m_channels.begin(), m_channels.end(),
                                 [](const Channel &channel) { return channel.readers == 0; });
        if (idle == m_channels.end())
            return nullptr;
        m_channels.erase(idle);
    }
    return &m_channels[name];
}

SseHub::Subscription SseHub::subscribe(WorkerSse *from, const QString &name,
                                       std::optional<quint64> lastEventId) {
    const QMutexLocker lock(&m_mutex);
    Channel *channel = channelLocked(name);
    if (!channel)
        return {};
    ++channel->workers[from];
    ++channel->readers;
    Subscription subscription{true, {}, channel->lastId};
    if (lastEventId) {
        const quint64 after = *lastEventId > channel->lastId ? 0 : *lastEventId;
        for (const BufferedEvent &event : channel->buffer) {
            if (event.id > after)
                subscription.replay += event.frame;
        }
    }
    return subscription;
}

void SseHub::unsubscribe(WorkerSse *from, const QString &name) {
    const QMutexLocker lock(&m_mutex);
    const auto it = m_channels.find(name);
    if (it == m_channels.end())
        return;
    Channel &channel = *it;
    --channel.readers;
    if (--channel.workers[from] <= 0)
        channel.workers.remove(from);
    if (channel.readers <= 0 && channel.buffer.empty())
        m_channels.erase(it);
}

// Posting under the mutex keeps each worker's queue in id order, and a WorkerSse cannot be
// deleted meanwhile (forget() takes the mutex).
SseHub::Published SseHub::publish(const QString &name, QByteArrayView event, QByteArrayView data) {
    const Published published = publishUnlogged(name, event, data);
    if (published.accepted) {
        const QByteArray channel = name.toUtf8();
        logging::EventRecordView record;
        record.tsMs = QDateTime::currentMSecsSinceEpoch();
        record.type = logging::EventRecordView::Type::Sse;
        record.direction = logging::EventRecordView::Direction::Out;
        record.channel = channel;
        record.size = data.size();
        record.payload = data;
        record.recipients = published.readers;
        m_eventLog.write(record);
    }
    return published;
}

SseHub::Published SseHub::publishUnlogged(const QString &name, QByteArrayView event,
                                          QByteArrayView data) {
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const QMutexLocker lock(&m_mutex);
    Channel *channel = channelLocked(name);
    if (!channel)
        return {};
    const quint64 id = ++channel->lastId;
    channel->lastEventMs = nowMs;
    const QByteArray frame = SseFormat::event(id, event, data);
    for (auto it = channel->workers.cbegin(); it != channel->workers.cend(); ++it) {
        WorkerSse *worker = it.key();
        QMetaObject::invokeMethod(
            worker, [worker, name, id, frame] { worker->deliver(name, id, frame); },
            Qt::QueuedConnection);
    }
    channel->buffer.push_back({id, frame});
    while (channel->buffer.size() > std::size_t(qMax(0, m_settings.bufferSize)))
        channel->buffer.pop_front();
    return {true, id, channel->readers};
}

QList<SseHub::ChannelInfo> SseHub::channels() const {
    const QMutexLocker lock(&m_mutex);
    QList<ChannelInfo> list;
    list.reserve(m_channels.size());
    for (auto it = m_channels.cbegin(); it != m_channels.cend(); ++it)
        list.append({it.key(), it->readers, it->lastId, it->lastEventMs});
    return list;
}

} // namespace yard::realtime
