#include "workersse.h"

#include "ssehub.h"
#include "ssestream.h"

#include <algorithm>

namespace yard::realtime {

WorkerSse::WorkerSse(std::shared_ptr<SseHub> hub)
    : m_hub(std::move(hub)) {}

WorkerSse::~WorkerSse() {
    m_hub->forget(this);
}

void WorkerSse::add(const QString &channel, SseStream *stream) {
    m_streams[channel].push_back(stream);
}

void WorkerSse::remove(const QString &channel, SseStream *stream) {
    const auto it = m_streams.find(channel);
    if (it == m_streams.end())
        return;
    auto &streams = *it;
    const auto found = std::find(streams.begin(), streams.end(), stream);
    if (found == streams.end())
        return;
    if (m_delivering) {
        // The delivery loop walks this vector: leave a hole, compacted when it is done.
        *found = nullptr;
        m_removedWhileDelivering = true;
        return;
    }
    streams.erase(found);
    if (streams.empty())
        m_streams.erase(it);
}

void WorkerSse::deliver(const QString &channel, quint64 id, const QByteArray &frame) {
    const auto it = m_streams.find(channel);
    if (it == m_streams.end())
        return;
    m_delivering = true;
    // Streams added during the loop (none: deliver() opens nothing) would not be visited.
    std::vector<SseStream *> &streams = *it;
    for (SseStream *stream : streams) {
        if (stream)
            stream->deliver(id, frame);
    }
    m_delivering = false;
    if (std::exchange(m_removedWhileDelivering, false)) {
        std::erase(streams, nullptr);
        if (streams.empty())
            m_streams.erase(it);
    }
}

} // namespace yard::realtime
