#pragma once

#include "http/exchange.h"
#include "ssesettings.h"

#include <QString>
#include <memory>
#include <optional>

namespace yard::realtime {

class SseHub;
class WorkerSse;

// One reader's text/event-stream response: the head, the replay after its Last-Event-ID, then
// every event published on its channel until the reader goes, with a heartbeat comment whenever
// the stream has been quiet for a while. The response is delimited by the connection's close
// (RFC 9112 §6.3): a stream has no natural end, and every reader, HTTP/1.0 ones included, reads
// it that way. Lives in the worker thread of its connection.
class SseStream final : public http::Exchange {
public:
    SseStream(std::shared_ptr<SseHub> hub, QString channel, std::optional<quint64> lastEventId,
              bool headOnly);
    ~SseStream() override;

    void start(http::ExchangeSink &sink, const http::HttpRequest &request,
               QByteArrayView remoteAddress, bool bodyFollows) override;
    qsizetype feed(const char *data, qsizetype length) override;
    bool requestComplete() const override { return true; }
    bool isTunnel() const override { return true; } // closed, not drained, at shutdown
    void clientDrained() override {}
    http::ExchangeOutcome clientClosed() override;
    void checkTimeouts(Clock::time_point now) override;
    void describe(http::ConnectionInfo &info) const override;
    bool sendAsServer(QByteArrayView name, QByteArrayView data) override;

    // From the WorkerSse: an event of this stream's channel, skipped if the replay had it.
    void deliver(quint64 id, const QByteArray &frame);

private:
    void write(QByteArrayView bytes);
    void writeShared(const QByteArray &frame);
    void sent(qsizetype bytes);
    void detach();
    void end();

    std::shared_ptr<SseHub> m_hub;
    const QString m_channel;
    const std::optional<quint64> m_lastEventId;
    const bool m_headOnly;
    SseSettings m_settings;
    http::ExchangeSink *m_sink = nullptr;
    WorkerSse *m_worker = nullptr; // set while subscribed
    quint64 m_lastId = 0;
    qint64 m_bytesOut = 0;
    Clock::time_point m_lastWrite;
};

} // namespace yard::realtime
