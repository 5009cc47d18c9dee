// The response half of a proxy round trip: the upstream's answer, framed again for the client.
#include "http/socketread.h"
#include "proxyexchange.h"

#include <QCoreApplication>

namespace yard::proxy {

namespace {
// lupdate files a free function's tr() under its namespace: this names the context the program
// looks the text up in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(yard::proxy::ProxyExchange)
};
} // namespace

void ProxyExchange::upstreamReadable(UpstreamConnection &connection) {
    char buffer[ReadChunk];
    for (int reads = 0; reads < 16 && m_upstream.get() == &connection; ++reads) {
        qsizetype received = 0;
        const http::ReadOutcome outcome =
            http::readSome(connection.fd(), buffer, ReadChunk, received);
        if (outcome == http::ReadOutcome::WouldBlock)
            break;
        if (outcome == http::ReadOutcome::Closed) {
            onUpstreamClosed();
            return;
        }
        m_since = Clock::now();
        m_receivedAny = true;
        onUpstreamData(buffer, received);
        if (m_clientPaused || received < ReadChunk)
            break;
    }
    if (!m_sink || m_state == State::Done)
        return;
    m_sink->send();
    // The kernel may have taken it all: then no writability will say so.
    if (m_clientPaused && m_sink->output().size() <= HighWater)
        clientDrained();
}

void ProxyExchange::onUpstreamData(const char *data, qsizetype length) {
    if (m_state == State::AwaitingHead || m_state == State::Connecting) {
        qsizetype consumed = 0;
        switch (m_head.feed(data, length, consumed)) {
        case ResponseHead::Result::NeedMore:
            return;
        case ResponseHead::Result::Error:
            failGateway(502, Text::tr("its response was not valid HTTP (%1)")
                                 .arg(QString::fromLatin1(m_head.error())));
            return;
        case ResponseHead::Result::Done:
            onHead(data + consumed, length - consumed);
            return;
        }
    }
    forwardBody(data, length);
}

void ProxyExchange::onHead(const char *rest, qsizetype length) {
    const int status = m_head.status();
    if (status >= 100 && status < 200 && status != 101) {
        // 100 Continue and 103 Early Hints: informational; the final answer follows.
        m_head.reset();
        if (length > 0)
            onUpstreamData(rest, length);
        return;
    }
    if (status == 101 && !m_upgrade) {
        failGateway(502, Text::tr("it switched protocols without being asked to"));
        return;
    }
    m_responseFraming = m_head.framing(m_method);
    m_responseLeft = m_head.contentLength();
    if (m_responseFraming == BodyFraming::Chunked)
        m_responseChunks.start(streamingLimits());
    QByteArray &out = m_sink->output().scratch();
    const qsizetype before = out.size();
    m_clientFraming =
        writeClientResponseHead(out, m_head, m_responseFraming, m_sink->clientMinorVersion(),
                                m_sink->clientKeepAlive(), m_sink->dateLine());
    m_bytesOut += out.size() - before;
    m_sentToClient = true;
    if (status == 101) {
        m_state = State::Tunnel;
        m_requestDone = false; // every later byte from the client is the tunnel's
        m_sink->resumeInput();
    } else {
        m_state = State::ResponseBody;
    }
    if (m_responseFraming == BodyFraming::None && m_state == State::ResponseBody) {
        completeResponse();
        return;
    }
    if (length > 0)
        forwardBody(rest, length);
}

void ProxyExchange::forwardBody(const char *data, qsizetype length) {
    switch (m_state == State::Tunnel ? BodyFraming::UntilClose : m_responseFraming) {
    case BodyFraming::None:
        return;
    case BodyFraming::Length: {
        const qsizetype used = qsizetype(qMin<qint64>(length, m_responseLeft));
        emitToClient(data, used);
        m_responseLeft -= used;
        if (m_responseLeft == 0)
            completeResponse();
        return;
    }
    case BodyFraming::UntilClose:
        emitToClient(data, length);
        return;
    case BodyFraming::Chunked: {
        qsizetype pos = 0;
        m_decoded.resize(0);
        const auto result = m_responseChunks.decode(data, length, pos, m_decoded);
        emitToClient(m_decoded.constData(), m_decoded.size());
        if (result == http::detail::ChunkedDecoder::Result::Done)
            completeResponse();
        else if (result == http::detail::ChunkedDecoder::Result::Error)
            failGateway(502, Text::tr("its chunked body was malformed"));
        return;
    }
    }
}

void ProxyExchange::emitToClient(const char *data, qsizetype length) {
    if (length <= 0)
        return;
    QByteArray &out = m_sink->output().scratch();
    const qsizetype before = out.size();
    const bool chunk = m_state != State::Tunnel && m_clientFraming.chunked;
    if (chunk) {
        out += QByteArray::number(length, 16);
        out += "\r\n";
    }
    out.append(data, length);
    if (chunk)
        out += "\r\n";
    m_bytesOut += out.size() - before;
    if (m_sink->output().size() > HighWater && m_upstream) {
        m_clientPaused = true;
        m_upstream->setReading(false);
    }
}

void ProxyExchange::clientDrained() {
    if (m_clientPaused && m_upstream) {
        m_clientPaused = false;
        m_upstream->setReading(true);
    }
}

void ProxyExchange::completeResponse() {
    if (m_clientFraming.chunked) {
        m_sink->output().scratch() += "0\r\n\r\n";
        m_bytesOut += 5;
    }
    const bool reusable = m_upstream && m_requestDone && !m_head.closes() &&
                          m_responseFraming != BodyFraming::UntilClose;
    releaseUpstream(reusable);
    m_state = State::Done;
    m_sink->send();
    m_sink->finish({m_head.status(), m_bytesOut, !m_clientFraming.closes});
}

} // namespace yard::proxy
