#pragma once

#include "http/chunkeddecoder.h"
#include "http/exchange.h"
#include "proxymessages.h"
#include "proxytarget.h"
#include "responsehead.h"
#include "upstreamconnection.h"

#include <memory>

namespace yard::proxy {

// One request's round trip through a proxy route (exchange.h): connects (or takes a kept-alive
// connection from the worker's pool), streams the request body up and the response down as the
// bytes arrive, with back-pressure both ways, and turns into a byte pipe after a 101 (WebSocket
// pass-through). Nothing is buffered whole: at most about a megabyte waits in either direction.
class ProxyExchange final : public http::Exchange, private UpstreamUser {
public:
    explicit ProxyExchange(std::shared_ptr<const ProxyTarget> target);
    ~ProxyExchange() override;

    void start(http::ExchangeSink &sink, const http::HttpRequest &request,
               QByteArrayView remoteAddress, bool bodyFollows) override;
    qsizetype feed(const char *data, qsizetype length) override;
    bool requestComplete() const override { return m_requestDone; }
    bool isTunnel() const override { return m_state == State::Tunnel; }
    void clientDrained() override;
    http::ExchangeOutcome clientClosed() override;
    void checkTimeouts(Clock::time_point now) override;

private:
    // Above this much output waiting for the slower side, the faster side is not read.
    static constexpr qsizetype HighWater = 1024 * 1024;
    static constexpr qsizetype ReadChunk = 64 * 1024;
    static http::HttpLimits streamingLimits();

    enum class State : quint8 { Connecting, AwaitingHead, ResponseBody, Tunnel, Done };

    void upstreamReadable(UpstreamConnection &connection) override;
    void upstreamWritable(UpstreamConnection &connection) override;
    bool connectNext(); // false: no address left
    void sendUpstream();
    void onUpstreamData(const char *data, qsizetype length);
    void onHead(const char *rest, qsizetype length);
    void forwardBody(const char *data, qsizetype length);
    void emitToClient(const char *data, qsizetype length);
    void onUpstreamClosed();
    void completeResponse();
    void failGateway(int status, const QString &problem);
    bool retryOnFreshConnection();
    void releaseUpstream(bool keep);

    std::shared_ptr<const ProxyTarget> m_target;
    http::ExchangeSink *m_sink = nullptr;
    std::unique_ptr<UpstreamConnection> m_upstream;
    QByteArray m_requestHead; // kept until answered: a retry sends it again
    QByteArray m_bufferedBody;
    QByteArray m_method;
    QByteArray m_decoded;
    ResponseHead m_head;
    http::detail::ChunkedDecoder m_requestChunks;
    http::detail::ChunkedDecoder m_responseChunks;
    RequestBodyFraming m_requestFraming = RequestBodyFraming::None;
    BodyFraming m_responseFraming = BodyFraming::None;
    ClientFraming m_clientFraming;
    State m_state = State::Connecting;
    qint64 m_requestLeft = 0;  // Content-Length bytes still to come from the client
    qint64 m_responseLeft = 0; // Content-Length bytes still to come from the upstream
    qint64 m_bytesOut = 0;
    std::size_t m_nextAddress = 0;
    Clock::time_point m_since; // of the current phase, for its timeout
    bool m_requestDone = false;
    bool m_upgrade = false;
    bool m_inputRefused = false;
    bool m_clientPaused = false; // upstream reading stopped: the client's output is full
    bool m_retried = false;
    bool m_sentToClient = false;
    bool m_headQueued = false;
    bool m_replayable = false; // the whole request is at hand (no body streaming in)
    bool m_receivedAny = false;
};

} // namespace yard::proxy
