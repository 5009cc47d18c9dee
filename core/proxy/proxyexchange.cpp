#include "proxyexchange.h"

#include "http/httprequest.h"
#include "http/httpresponse.h"
#include "http/socketread.h"

#include <QCoreApplication>
#include <cstring>
#include <limits>

namespace yard::proxy {

namespace {
// lupdate files a free function's tr() under its namespace: this names the context the program
// looks the text up in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(yard::proxy::ProxyExchange)
};

// 499 (nginx's "client closed request"): the log's status when the client left first.
constexpr int ClientClosedRequest = 499;

qint64 msSince(http::Exchange::Clock::time_point since, http::Exchange::Clock::time_point now) {
    return std::chrono::duration_cast<std::chrono::milliseconds>(now - since).count();
}

QString errorText(int code) {
    return QString::fromLocal8Bit(std::strerror(code)).toLower();
}
} // namespace

http::HttpLimits ProxyExchange::streamingLimits() {
    http::HttpLimits limits;
    limits.maxBodySize = std::numeric_limits<qint64>::max(); // streamed: not held in memory
    return limits;
}

ProxyExchange::ProxyExchange(std::shared_ptr<const ProxyTarget> target)
    : m_target(std::move(target)) {}

ProxyExchange::~ProxyExchange() {
    releaseUpstream(false);
}

void ProxyExchange::start(http::ExchangeSink &sink, const http::HttpRequest &request,
                          QByteArrayView remoteAddress, bool bodyFollows) {
    m_sink = &sink;
    m_method = request.method().toByteArray();
    m_upgrade = !request.upgrade().isEmpty();
    qint64 length = 0;
    if (!bodyFollows) {
        m_bufferedBody = request.body();
        m_requestDone = true;
        length = m_bufferedBody.size();
        m_requestFraming =
            request.hasBody() ? RequestBodyFraming::Length : RequestBodyFraming::None;
    } else if (request.isChunked()) {
        m_requestFraming = RequestBodyFraming::Chunked;
        m_requestChunks.start(streamingLimits());
    } else {
        m_requestFraming = RequestBodyFraming::Length;
        length = m_requestLeft = request.contentLength();
        m_requestDone = m_requestLeft == 0;
    }
    writeUpstreamRequestHead(m_requestHead, *m_target, request, remoteAddress, m_requestFraming,
                             length);
    m_replayable = !bodyFollows;
    m_since = Clock::now();
    m_upstream = UpstreamPool::of(sink.worker()).take(m_target->hostPort);
    if (m_upstream)
        m_state = State::AwaitingHead;
    else if (!connectNext())
        return;
    m_upstream->attach(this);
    sendUpstream();
}

// Connects to the next of the upstream's addresses ("localhost" may be ::1 or 127.0.0.1).
bool ProxyExchange::connectNext() {
    int error = ECONNREFUSED;
    while (m_nextAddress < m_target->addresses.size()) {
        m_upstream = UpstreamConnection::open(m_target->addresses[m_nextAddress++], error);
        if (m_upstream) {
            m_state = State::Connecting;
            m_since = Clock::now();
            return true;
        }
    }
    failGateway(502, Text::tr("connection failed (%1)").arg(errorText(error)));
    return false;
}

void ProxyExchange::sendUpstream() {
    if (!m_upstream)
        return;
    http::OutputQueue &out = m_upstream->output();
    if (!m_headQueued) {
        out.scratch() += m_requestHead;
        out.appendShared(m_bufferedBody);
        m_headQueued = true;
    }
    if (m_upstream->isConnecting())
        return; // sent once connected
    if (m_upstream->flush() == http::OutputQueue::Flush::Error) {
        onUpstreamClosed();
        return;
    }
    if (m_inputRefused && out.size() <= HighWater) {
        m_inputRefused = false;
        m_sink->resumeInput();
    }
}

qsizetype ProxyExchange::feed(const char *data, qsizetype length) {
    if (m_state == State::Done || !m_upstream)
        return 0;
    if (m_state != State::Tunnel && m_requestDone)
        return 0;
    http::OutputQueue &out = m_upstream->output();
    if (out.size() > HighWater) {
        m_inputRefused = true;
        return 0;
    }
    qsizetype taken = length;
    if (m_state == State::Tunnel) {
        out.scratch().append(data, length);
    } else if (m_requestFraming == RequestBodyFraming::Length) {
        taken = qsizetype(qMin<qint64>(length, m_requestLeft));
        out.scratch().append(data, taken);
        m_requestLeft -= taken;
        m_requestDone = m_requestLeft == 0;
    } else {
        qsizetype pos = 0;
        m_decoded.resize(0);
        const auto result = m_requestChunks.decode(data, length, pos, m_decoded);
        taken = pos;
        if (!m_decoded.isEmpty()) {
            QByteArray &scratch = out.scratch();
            scratch += QByteArray::number(m_decoded.size(), 16) + "\r\n";
            scratch += m_decoded;
            scratch += "\r\n";
        }
        if (result == http::detail::ChunkedDecoder::Result::Done) {
            out.scratch() += "0\r\n\r\n";
            m_requestDone = true;
        } else if (result == http::detail::ChunkedDecoder::Result::Error) {
            http::HttpResponse response;
            response.status = 400;
            response.body = "Bad Request\n";
            releaseUpstream(false);
            m_state = State::Done;
            m_sink->answer(response);
            return length;
        }
    }
    sendUpstream();
    return taken;
}

void ProxyExchange::upstreamWritable(UpstreamConnection &connection) {
    if (connection.isConnecting()) {
        const int error = connection.finishConnect();
        if (error != 0) {
            releaseUpstream(false);
            m_headQueued = false;
            if (m_nextAddress >= m_target->addresses.size()) {
                failGateway(502, Text::tr("connection failed (%1)").arg(errorText(error)));
                return;
            }
            if (connectNext()) {
                m_upstream->attach(this);
                sendUpstream();
            }
            return;
        }
        m_upstream->attach(this); // now readable too
        m_state = State::AwaitingHead;
        m_since = Clock::now();
    }
    sendUpstream();
}

// Body bytes for the client, framed for it (re-chunked for HTTP/1.1 when the length is unknown,
// one chunk per upstream read, so server-sent events pass as they come).
void ProxyExchange::onUpstreamClosed() {
    switch (m_state) {
    case State::Connecting:
    case State::AwaitingHead:
        if (!retryOnFreshConnection())
            failGateway(502, Text::tr("it closed the connection without answering"));
        return;
    case State::ResponseBody:
        if (m_responseFraming == BodyFraming::UntilClose) {
            releaseUpstream(false);
            completeResponse();
            return;
        }
        break; // cut short: the client must not take a partial body for a whole one
    case State::Tunnel:
        break;
    case State::Done:
        return;
    }
    // A tunnel's end, or a body cut short: what arrived goes out, then the connection closes
    // (no final chunk, or fewer bytes than announced, so the client sees the cut), and the
    // request is logged with what it got.
    releaseUpstream(false);
    m_state = State::Done;
    m_sink->finish({m_head.status(), m_bytesOut, false});
}

// A kept-alive connection the upstream closed just as it was reused: the request never reached
// the application, so it is sent once more on a new connection (only if all of it is at hand).
bool ProxyExchange::retryOnFreshConnection() {
    if (m_retried || !m_replayable || !m_upstream || !m_upstream->reused || m_receivedAny)
        return false;
    m_retried = true;
    releaseUpstream(false);
    m_headQueued = false;
    m_nextAddress = 0;
    if (!connectNext())
        return true; // answered with a 502 already
    m_upstream->attach(this);
    sendUpstream();
    return true;
}

void ProxyExchange::failGateway(int status, const QString &problem) {
    releaseUpstream(false);
    m_state = State::Done;
    if (m_sentToClient) {
        // The head is out: closing without completing the body is the only way left to say it
        // failed.
        m_sink->finish({m_head.status(), m_bytesOut, false});
        return;
    }
    http::HttpResponse response;
    writeGatewayError(response, status, *m_target, problem);
    m_sink->answer(response);
}

void ProxyExchange::releaseUpstream(bool keep) {
    if (!m_upstream)
        return;
    if (keep && m_sink) {
        m_upstream->reused = false;
        UpstreamPool::of(m_sink->worker()).put(m_target->hostPort, std::move(m_upstream));
        return;
    }
    // Possibly inside the connection's own notifier signal: deleted from the event loop.
    m_upstream->attach(nullptr);
    m_upstream.release()->deleteLater();
}

http::ExchangeOutcome ProxyExchange::clientClosed() {
    const State state = m_state;
    releaseUpstream(false);
    m_state = State::Done;
    if (state == State::Done)
        return {};
    const int status = m_head.status() != 0 ? m_head.status() : ClientClosedRequest;
    return {status, m_bytesOut, false};
}

void ProxyExchange::checkTimeouts(Clock::time_point now) {
    const qint64 waited = msSince(m_since, now);
    switch (m_state) {
    case State::Connecting:
        if (waited > m_target->connectTimeoutMs)
            failGateway(504, Text::tr("it did not accept a connection within %1 ms")
                                 .arg(m_target->connectTimeoutMs));
        return;
    case State::AwaitingHead:
        if (waited > m_target->firstByteTimeoutMs)
            failGateway(
                504, Text::tr("it did not answer within %1 ms").arg(m_target->firstByteTimeoutMs));
        return;
    case State::ResponseBody:
        if (waited > m_target->idleTimeoutMs)
            failGateway(504, Text::tr("it sent nothing for %1 ms").arg(m_target->idleTimeoutMs));
        return;
    case State::Tunnel: // a quiet WebSocket is normal: its own pings keep it honest
    case State::Done:
        return;
    }
}

} // namespace yard::proxy
