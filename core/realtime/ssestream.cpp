#include "ssestream.h"

#include "http/httpresponse.h"
#include "http/outputqueue.h"
#include "http/worker.h"
#include "sseformat.h"
#include "ssehub.h"
#include "workersse.h"

#include <QDateTime>

namespace yard::realtime {

namespace {
bool isOwnField(QByteArrayView name) {
    for (const char *own : {"content-length", "content-type", "cache-control", "connection", "date",
                            "transfer-encoding"}) {
        if (name.compare(own, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}
} // namespace

SseStream::SseStream(std::shared_ptr<SseHub> hub, QString channel,
                     std::optional<quint64> lastEventId, bool headOnly)
    : m_hub(std::move(hub))
    , m_channel(std::move(channel))
    , m_lastEventId(lastEventId)
    , m_headOnly(headOnly)
    , m_settings(m_hub->settings()) {}

SseStream::~SseStream() {
    detach();
}

void SseStream::start(http::ExchangeSink &sink, const http::HttpRequest &, QByteArrayView, bool) {
    m_sink = &sink;
    QByteArray head =
        sink.clientMinorVersion() == 0 ? "HTTP/1.0 200 OK\r\n" : "HTTP/1.1 200 OK\r\n";
    head += "Content-Type: text/event-stream\r\n"
            "Cache-Control: no-cache\r\n"
            "X-Accel-Buffering: no\r\n";
    for (const auto &[name, value] : sink.handlerResponse().headers) {
        if (isOwnField(name))
            continue;
        head += name + ": " + value + "\r\n";
    }
    head += sink.dateLine();
    head += "Connection: close\r\n\r\n";
    if (m_headOnly) {
        write(head);
        end();
        return;
    }
    if (m_settings.retryMs > 0)
        head += SseFormat::retry(m_settings.retryMs);
    WorkerSse &worker = m_hub->workerSse();
    SseHub::Subscription subscription = m_hub->subscribe(&worker, m_channel, m_lastEventId);
    if (!subscription.accepted) {
        // Every channel has readers: a 503 the reader's EventSource reports as an error.
        http::HttpResponse busy;
        busy.status = 503;
        busy.addHeader("Content-Type", "text/plain; charset=utf-8");
        busy.addHeader("Retry-After", "5");
        busy.body = "Too many event channels are open on this route.\n";
        m_sink = nullptr;
        sink.answer(busy);
        return;
    }
    m_worker = &worker;
    m_worker->add(m_channel, this);
    m_lastId = subscription.lastId;
    head += subscription.replay;
    write(head);
}

// A reader sends nothing after its request; whatever it does send is read and dropped, so
// that its hanging up is still noticed.
qsizetype SseStream::feed(const char *, qsizetype length) {
    return length;
}

void SseStream::deliver(quint64 id, const QByteArray &frame) {
    if (!m_sink || id <= m_lastId)
        return;
    m_lastId = id;
    if (m_sink->output().size() > m_settings.maxQueuedBytes) {
        qWarning("sse: a reader of channel \"%s\" is too slow (%lld bytes unsent); its stream "
                 "ends and it resumes from the buffer when it reconnects",
                 qUtf8Printable(m_channel), qlonglong(m_sink->output().size()));
        end();
        return;
    }
    writeShared(frame);
}

void SseStream::checkTimeouts(Clock::time_point now) {
    if (!m_sink || m_settings.heartbeatMs <= 0)
        return;
    if (now - m_lastWrite >= std::chrono::milliseconds(m_settings.heartbeatMs))
        write(SseFormat::heartbeat());
}

void SseStream::describe(http::ConnectionInfo &info) const {
    info.protocol = "sse";
    info.bytesOut += quint64(m_bytesOut);
    ++info.requests; // the stream's own request, counted by the connection when it ends
    info.rooms.append({m_channel, QString()});
}

bool SseStream::sendAsServer(QByteArrayView name, QByteArrayView data) {
    if (!m_sink || !SseFormat::isEventName(name))
        return false;
    write(SseFormat::event(0, name, data));
    if (m_sink->worker().logsEvents()) { // the send itself joins the log's timeline
        const QByteArray channel = m_channel.toUtf8();
        logging::EventRecordView record;
        record.tsMs = QDateTime::currentMSecsSinceEpoch();
        record.connection = m_sink->connectionId();
        record.type = logging::EventRecordView::Type::Sse;
        record.direction = logging::EventRecordView::Direction::Out;
        record.channel = channel;
        record.size = data.size();
        record.payload = data;
        record.recipients = 1;
        m_sink->worker().logEvent(record);
    }
    return true;
}

void SseStream::write(QByteArrayView bytes) {
    m_sink->output().scratch() += bytes;
    sent(bytes.size());
}

// An event's bytes are shared by every reader of the channel: queued, not copied.
void SseStream::writeShared(const QByteArray &frame) {
    m_sink->output().appendShared(frame);
    sent(frame.size());
}

void SseStream::sent(qsizetype bytes) {
    m_bytesOut += bytes;
    m_lastWrite = Clock::now();
    m_sink->send();
}

http::ExchangeOutcome SseStream::clientClosed() {
    detach();
    m_sink = nullptr;
    // Logged as 200 with the stream's whole life as its duration.
    return {200, m_bytesOut, false, true};
}

// The stream ends from our side (HEAD, a slow reader): the connection logs it and closes once
// what is queued has left.
void SseStream::end() {
    detach();
    http::ExchangeSink *sink = std::exchange(m_sink, nullptr);
    sink->finish({200, m_bytesOut, false, true});
}

void SseStream::detach() {
    if (!m_worker)
        return;
    m_worker->remove(m_channel, this);
    m_hub->unsubscribe(m_worker, m_channel);
    m_worker = nullptr;
}

} // namespace yard::realtime
