// The connection's side of a streaming answer (exchange.h): a proxy round trip or a tunnel.
#include "connection.h"
#include "worker.h"

#include <QSocketNotifier>
#include <QTimer>

namespace yard::http {

void Connection::startExchange(bool bodyFollows) {
    m_exchange = std::move(m_response.exchange);
    m_phase = Phase::Exchange;
    m_exchange->start(*this, m_parser.request(), m_remoteAddress, bodyFollows);
}

qsizetype Connection::feedExchange(const char *data, qsizetype length) {
    m_inFeed = true;
    const qsizetype taken = m_exchange->feed(data, length);
    m_inFeed = false;
    return taken;
}

// The exchange may be the caller: it is kept alive until the next one ends.
void Connection::endExchange() {
    m_retired.push_back(std::move(m_exchange));
    m_phase = Phase::Idle;
}

void Connection::send() {
    if (m_closed)
        return;
    switch (m_output.flush(m_fd)) {
    case OutputQueue::Flush::Error:
        close();
        return;
    case OutputQueue::Flush::Partial:
        m_writeNotifier->setEnabled(true);
        return;
    case OutputQueue::Flush::Done:
        m_writeNotifier->setEnabled(false);
        return;
    }
}

void Connection::answer(const HttpResponse &response) {
    if (!m_exchange)
        return;
    const bool requestRead = m_exchange->requestComplete();
    endExchange();
    m_response.status = response.status;
    m_response.headers = response.headers;
    m_response.body = response.body;
    m_response.session = response.session;
    m_response.user = response.user;
    // A body still on its way cannot be told from the next request: the answer ends it.
    if (!requestRead)
        m_framing.keepAlive = false;
    writeResponse();
    if (!m_pending.isEmpty())
        setReading(false);
    if (!m_inFeed)
        flush();
}

void Connection::finish(const ExchangeOutcome &outcome) {
    if (!m_exchange)
        return;
    const bool requestRead = m_exchange->requestComplete();
    endExchange();
    WorkerCounters &counters = m_worker.counters();
    counters.add(counters.requests, 1);
    counters.add(counters.bytesOut, quint64(outcome.bytesOut));
    logRequest(outcome.status, outcome.bytesOut, outcome.ownsEvents);
    counters.recordLatency(
        std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - m_requestStart)
            .count());
    m_parser.reset();
    if (!outcome.keepAlive || !requestRead || !m_framing.keepAlive || m_worker.isShuttingDown())
        m_closeAfterWrite = true;
    // Bytes of the next request wait in m_pending: read nothing newer before them.
    if (!m_pending.isEmpty())
        setReading(false);
    if (!m_inFeed)
        flush();
}

void Connection::abort() {
    if (!m_exchange)
        return;
    endExchange();
    close();
}

void Connection::resumeInput() {
    if (m_closed || m_phase != Phase::Exchange)
        return;
    // Not from inside the exchange's own call: the held bytes are fed from the event loop.
    QTimer::singleShot(0, this, [this] {
        if (m_closed || m_phase != Phase::Exchange)
            return;
        setReading(true);
        if (m_pending.isEmpty())
            return;
        const QByteArray pending = std::exchange(m_pending, QByteArray());
        process(pending.constData(), pending.size());
        flush();
    });
}

void Connection::logExchange(const ExchangeOutcome &outcome) {
    if (outcome.status == 0)
        return;
    WorkerCounters &counters = m_worker.counters();
    counters.add(counters.requests, 1);
    counters.add(counters.bytesOut, quint64(outcome.bytesOut));
    logRequest(outcome.status, outcome.bytesOut, outcome.ownsEvents);
}

int Connection::clientMinorVersion() const {
    return m_parser.request().minorVersion();
}

bool Connection::clientKeepAlive() const {
    return m_framing.keepAlive && !m_worker.isShuttingDown();
}

QByteArrayView Connection::dateLine() const {
    return m_worker.date().line();
}

} // namespace yard::http
