#include "connection.h"

#include "responsewriter.h"
#include "socketread.h"
#include "worker.h"

#include <QDateTime>
#include <QSocketNotifier>
#include <QTimer>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace yard::http {

namespace {
constexpr qsizetype ReadChunk = 16 * 1024;
// Above this much unsent output the connection stops reading (back-pressure): a client that
// pipelines requests but does not read responses cannot make the server buffer without bound.
constexpr qsizetype OutputHighWater = 1024 * 1024;
// Bodies at least this big are queued as shared buffers instead of being copied.
constexpr qsizetype ShareBodyFrom = 8 * 1024;
// Bytes of the next pipelined request held while a streaming answer is still going out.
constexpr qsizetype PendingWhileExchanging = 64 * 1024;

// The client's address as text, and "address:port" ("[v6]:port") in `remote`.
QByteArray peerAddress(qintptr fd, QByteArray &remote) {
    sockaddr_storage address = {};
    socklen_t size = sizeof address;
    char text[INET6_ADDRSTRLEN] = {};
    quint16 port = 0;
    bool v6 = false;
    if (::getpeername(int(fd), reinterpret_cast<sockaddr *>(&address), &size) == 0) {
        if (address.ss_family == AF_INET) {
            const auto *v4 = reinterpret_cast<const sockaddr_in *>(&address);
            ::inet_ntop(AF_INET, &v4->sin_addr, text, sizeof text);
            port = ntohs(v4->sin_port);
        } else if (address.ss_family == AF_INET6) {
            const auto *in6 = reinterpret_cast<const sockaddr_in6 *>(&address);
            port = ntohs(in6->sin6_port);
            // A dual-stack socket sees IPv4 clients as ::ffff:a.b.c.d; one client, one name.
            if (IN6_IS_ADDR_V4MAPPED(&in6->sin6_addr)) {
                ::inet_ntop(AF_INET, &in6->sin6_addr.s6_addr[12], text, sizeof text);
            } else {
                ::inet_ntop(AF_INET6, &in6->sin6_addr, text, sizeof text);
                v6 = true;
            }
        }
    }
    const QByteArray name(text);
    remote = (v6 ? '[' + name + ']' : name) + ':' + QByteArray::number(port);
    return name;
}

qint64 msBetween(Connection::Clock::time_point from, Connection::Clock::time_point to) {
    return std::chrono::duration_cast<std::chrono::milliseconds>(to - from).count();
}
} // namespace

Connection::Connection(qintptr fd, Worker &worker, quint64 id)
    : m_worker(worker)
    , m_fd(fd)
    , m_readNotifier(new QSocketNotifier(fd, QSocketNotifier::Read, this))
    , m_writeNotifier(new QSocketNotifier(fd, QSocketNotifier::Write, this))
    , m_parser(worker.limits().request)
    , m_lastActivity(Clock::now())
    , m_id(id)
    , m_sinceMs(QDateTime::currentMSecsSinceEpoch()) {
    m_remoteAddress = peerAddress(fd, m_remote);
    m_writeNotifier->setEnabled(false);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &Connection::onReadable);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &Connection::onWritable);
    m_worker.counters().openConnections.fetch_add(1, std::memory_order_relaxed);
}

Connection::~Connection() {
    close();
}

void Connection::onReadable() {
    m_retired.clear();
    char buffer[ReadChunk];
    for (;;) {
        qsizetype received = 0;
        const ReadOutcome outcome = readSome(m_fd, buffer, sizeof buffer, received);
        if (outcome == ReadOutcome::WouldBlock)
            break;
        if (outcome == ReadOutcome::Data) {
            m_worker.counters().add(m_worker.counters().bytesIn, quint64(received));
            m_bytesIn += quint64(received);
            m_lastActivity = Clock::now();
            process(buffer, received);
            if (m_closed || m_closeAfterWrite || !m_pending.isEmpty() || received < ReadChunk)
                break;
            continue;
        }
        // The peer closed its side (or the socket failed): nothing more will be answered, and
        // a streaming answer in progress has no one left to go to.
        if (m_phase == Phase::Exchange) {
            close();
            return;
        }
        m_closeAfterWrite = true;
        setReading(false);
        break;
    }
    flush();
}

void Connection::process(const char *data, qsizetype length) {
    while (length > 0 && !m_closeAfterWrite && !m_closed) {
        if (m_phase == Phase::Exchange) {
            const qsizetype taken = feedExchange(data, length);
            m_requestBytesIn += taken; // a streamed body, or a tunnel's bytes, for the log
            data += taken;
            length -= taken;
            if (m_phase == Phase::Exchange && length > 0) {
                // Refused (back-pressure) or the next request: held until the exchange asks
                // again or ends. Reading goes on after a complete request, boundedly, so that a
                // client hanging up is noticed during a long response.
                m_pending.append(data, length);
                if (!m_exchange->requestComplete() || m_pending.size() > PendingWhileExchanging)
                    setReading(false);
                return;
            }
            continue;
        }
        if (m_deferred || m_output.size() > OutputHighWater) {
            m_pending.append(data, length);
            setReading(false);
            return;
        }
        if (m_phase == Phase::Idle) {
            m_phase = Phase::Head;
            m_requestStart = Clock::now();
            m_requestStartMs = QDateTime::currentMSecsSinceEpoch();
            m_requestBytesIn = 0;
        }
        const ParseResult result = m_parser.feed(data, length);
        m_requestBytesIn += result.consumed;
        data += result.consumed;
        length -= result.consumed;
        switch (result.status) {
        case ParseStatus::NeedMore:
            return;
        case ParseStatus::HeadComplete:
            m_phase = Phase::Body;
            // RFC 9110 §10.1.1: the client waits for this before sending the body.
            if (m_parser.request().expectContinue())
                m_output.scratch() += "HTTP/1.1 100 Continue\r\n\r\n";
            if (m_worker.handler().streamsBody(m_parser.request()) && !streamBody())
                return;
            break;
        case ParseStatus::Complete:
            respond();
            if (m_response.takeover) {
                handOver(QByteArray(data, length) + std::exchange(m_pending, QByteArray()));
                return;
            }
            break;
        case ParseStatus::Error:
            // The body limit is for bodies held in memory; a proxy streams any size on.
            if (m_parser.errorStatus() == 413 && m_parser.headParsed() &&
                m_worker.handler().streamsBody(m_parser.request())) {
                m_phase = Phase::Body;
                if (m_parser.request().expectContinue())
                    m_output.scratch() += "HTTP/1.1 100 Continue\r\n\r\n";
                if (!streamBody())
                    return;
                break;
            }
            fail(m_parser.errorStatus());
            return;
        }
    }
}

// Answers at the head, before the body, for a route that streams it. False when the answer came
// without an exchange (a 401 or 429 from middleware): the body is never read, so the connection
// ends with that answer (respond() dropped keep-alive).
bool Connection::streamBody() {
    respond(true);
    if (m_phase == Phase::Exchange)
        return true;
    setReading(false);
    return false;
}

void Connection::respond(bool bodyFollows) {
    const HttpRequest &request = m_parser.request();
    m_response.reset();
    m_worker.handler().handleFromClient(request, m_remoteAddress, m_response);

    if (m_response.takeover)
        return; // the taker answers (e.g. 101 Switching Protocols)
    m_framing.headRequest = request.method() == "HEAD";
    m_framing.keepAlive = request.keepAlive() && !m_worker.isShuttingDown() && !bodyFollows;
    m_framing.minorVersion = request.minorVersion();
    if (m_response.exchange) {
        m_framing.keepAlive = request.keepAlive() && !m_worker.isShuttingDown();
        startExchange(bodyFollows);
        return;
    }
    if (m_response.delayMs > 0) {
        m_deferred = true;
        m_phase = Phase::Delayed;
        QTimer::singleShot(m_response.delayMs, this, [this] {
            m_deferred = false;
            writeResponse();
            flush();
        });
        return;
    }
    writeResponse();
}

void Connection::handOver(QByteArray leftover) {
    // Responses to earlier pipelined requests go first; a client that does not read them while
    // asking for an upgrade is not worth waiting for.
    if (m_output.flush(m_fd) != OutputQueue::Flush::Done) {
        close();
        return;
    }
    const Takeover takeover = std::move(m_response.takeover);
    m_response.takeover = nullptr;
    const qintptr fd = std::exchange(m_fd, -1);
    WorkerCounters &counters = m_worker.counters();
    counters.add(counters.requests, 1);
    ++m_requests;
    m_user = m_response.user;
    ConnectionIdentity identity{m_id,       m_sinceMs,  m_remote,  m_user, m_bytesIn,
                                m_bytesOut, m_requests, &m_worker, {}};
    // Logged when the connection ends, by the taker (logUpgradeEnd).
    const HttpRequest &request = m_parser.request();
    identity.upgrade.startMs = m_requestStartMs;
    identity.upgrade.start = m_requestStart;
    identity.upgrade.method = request.method().toByteArray();
    identity.upgrade.target = request.target().toByteArray();
    identity.upgrade.userAgent = request.header("user-agent").toByteArray();
    identity.upgrade.session = m_response.session;
    identity.upgrade.route = m_response.route;
    identity.upgrade.bytesInBefore = m_bytesIn - quint64(qMax<qint64>(m_requestBytesIn, 0));
    identity.upgrade.bytesOutBefore = m_bytesOut;
    close(); // releases the notifiers and the connection slot, not the descriptor (now -1)
    // The taker watches the descriptor with its own notifier: none of ours may remain.
    delete std::exchange(m_readNotifier, nullptr);
    delete std::exchange(m_writeNotifier, nullptr);
    takeover(fd, m_parser.request(), std::move(leftover), identity);
}

void Connection::writeResponse() {
    m_framing.dateLine = m_worker.date().line();
    m_framing.keepAlive = m_framing.keepAlive && !m_worker.isShuttingDown();
    QByteArray &out = m_output.scratch();
    const qsizetype before = out.size();
    ResponseWriter::writeHead(out, m_response, m_framing);
    qint64 written = out.size() - before;
    if (!m_framing.headRequest) {
        written += m_response.contentLength();
        if (m_response.file)
            m_output.appendFile(m_response.file, m_response.fileOffset, m_response.fileLength);
        else if (m_response.body.size() >= ShareBodyFrom)
            m_output.appendShared(m_response.body);
        else
            out += m_response.body;
    }
    m_response.file.reset(); // the queue holds the file now; close it as soon as it is sent
    WorkerCounters &counters = m_worker.counters();
    counters.add(counters.requests, 1);
    counters.add(counters.bytesOut, quint64(written));
    logRequest(m_response.status, written);
    counters.recordLatency(
        std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - m_requestStart)
            .count());
    m_parser.reset();
    m_phase = Phase::Idle;
    if (!m_framing.keepAlive)
        m_closeAfterWrite = true;
}

void Connection::fail(int status) {
    WorkerCounters &counters = m_worker.counters();
    counters.add(counters.errors, 1);
    ResponseWriter::writeError(m_output.scratch(), status, m_worker.date().line());
    m_closeAfterWrite = true;
    m_phase = Phase::Closing;
    setReading(false);
}

void Connection::flush() {
    send();
    if (m_closed || !m_output.isEmpty())
        return; // failed and closed, or the rest waits for writability
    if (m_closeAfterWrite) {
        close();
        return;
    }
    if (!m_pending.isEmpty() && !m_deferred && m_phase != Phase::Exchange) {
        const QByteArray pending = std::exchange(m_pending, QByteArray());
        setReading(true);
        process(pending.constData(), pending.size());
        flush();
    }
}

void Connection::onWritable() {
    m_retired.clear();
    m_lastActivity = Clock::now();
    flush();
    if (m_exchange && !m_closed && m_output.size() <= OutputHighWater)
        m_exchange->clientDrained();
}

void Connection::setReading(bool on) {
    if (!m_closed)
        m_readNotifier->setEnabled(on);
}

void Connection::checkTimeouts(Clock::time_point now) {
    if (m_closed)
        return;
    const ServerLimits &limits = m_worker.limits();
    if (!m_output.isEmpty()) {
        if (msBetween(m_lastActivity, now) > limits.sendTimeoutMs)
            close();
        return;
    }
    switch (m_phase) {
    case Phase::Idle:
        if (msBetween(m_lastActivity, now) > limits.idleTimeoutMs)
            close();
        return;
    case Phase::Head:
        if (msBetween(m_requestStart, now) <= limits.headerTimeoutMs)
            return;
        break;
    case Phase::Body:
        if (msBetween(m_lastActivity, now) <= limits.bodyTimeoutMs)
            return;
        break;
    case Phase::Exchange:
        m_exchange->checkTimeouts(now);
        return;
    case Phase::Delayed:
    case Phase::Closing:
        return;
    }
    fail(408); // RFC 9110 §15.5.9: slow clients (slowloris) are told, then closed
    flush();
}

void Connection::beginShutdown() {
    if (m_phase == Phase::Exchange) {
        // A proxied response finishes (then the connection closes); a tunnel has no end.
        if (m_exchange->isTunnel())
            close();
        return;
    }
    if (m_phase == Phase::Idle && m_output.isEmpty()) {
        close();
        return;
    }
    m_closeAfterWrite = m_phase == Phase::Idle;
}

void Connection::close() {
    if (m_closed)
        return;
    m_closed = true;
    if (m_exchange) {
        Exchange &exchange = *m_exchange;
        m_retired.push_back(std::move(m_exchange));
        logExchange(exchange.clientClosed());
    }
    if (m_readNotifier)
        m_readNotifier->setEnabled(false);
    if (m_writeNotifier)
        m_writeNotifier->setEnabled(false);
    m_output.clear();
    if (m_fd >= 0)
        ::close(int(m_fd));
    m_worker.counters().openConnections.fetch_sub(1, std::memory_order_relaxed);
    m_worker.connectionClosed(this);
}

} // namespace yard::http
