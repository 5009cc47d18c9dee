#pragma once

#include "connectioninfo.h"

#include <QByteArray>
#include <QByteArrayView>
#include <chrono>

namespace yard::http {

class HttpRequest;
struct HttpResponse;
class OutputQueue;
class Worker;

// How an exchange ended, for the connection's counters and the request log.
struct ExchangeOutcome {
    int status = 0;
    qint64 bytesOut = 0;   // bytes written to the client for this request
    bool keepAlive = true; // false: close the client connection once the output has left
    // An event stream's row: the connection's logged events link to it (RequestRecordView).
    bool ownsEvents = false;
};

// What a connection offers an exchange that answers on its behalf (see Exchange). Every call is
// made from the connection's worker thread.
class ExchangeSink {
public:
    virtual OutputQueue &output() = 0;
    // Hands the queued output to the kernel; the exchange hears clientDrained() when it shrinks.
    virtual void send() = 0;
    // Answers the request with an ordinary response instead (a 502 page, say), framed, dated and
    // logged by the connection; ends the exchange.
    virtual void answer(const HttpResponse &response) = 0;
    // The response has been queued whole: log it and go on with the next request.
    virtual void finish(const ExchangeOutcome &outcome) = 0;
    // The client connection cannot go on (a response cut short): close it now.
    virtual void abort() = 0;
    // The exchange takes request bytes again after having refused some (back-pressure).
    virtual void resumeInput() = 0;
    virtual int clientMinorVersion() const = 0;
    virtual bool clientKeepAlive() const = 0;
    virtual QByteArrayView dateLine() const = 0;
    // The handler's answer the exchange came with: headers the server's middleware put on it
    // (CORS, a session cookie) belong on a response head the exchange writes itself.
    virtual const HttpResponse &handlerResponse() const = 0;
    virtual Worker &worker() = 0;
    // The connection's id in the live registry (and the log's `events.connection`).
    virtual quint64 connectionId() const = 0;

protected:
    ~ExchangeSink() = default;
};

// An answer that takes longer than one call to the handler and streams both ways: a reverse
// proxy's round trip to an upstream, or a tunnel after an upgrade. A handler hands one over in
// HttpResponse::exchange; the connection then feeds it the request body (or the tunnelled bytes)
// as they arrive and the exchange writes the response into the connection's output. The
// connection keeps its socket, counters and log; nothing is copied in between.
class Exchange {
public:
    using Clock = std::chrono::steady_clock;

    virtual ~Exchange() = default;
    // `bodyFollows`: the request's body has not been read yet and arrives through feed().
    virtual void start(ExchangeSink &sink, const HttpRequest &request, QByteArrayView remoteAddress,
                       bool bodyFollows) = 0;
    // Bytes after the request head. Returns how many it took: fewer = back-pressure (the
    // connection holds the rest until resumeInput()), and none once requestComplete().
    virtual qsizetype feed(const char *data, qsizetype length) = 0;
    // The whole request has been taken: what follows on the connection is the next request.
    virtual bool requestComplete() const = 0;
    // A tunnel: the connection is closed rather than drained at shutdown.
    virtual bool isTunnel() const = 0;
    virtual void clientDrained() = 0;
    // The client connection closed or failed; the exchange releases what it holds, must not
    // call the sink again, and says what to log (status 0: nothing).
    virtual ExchangeOutcome clientClosed() = 0;
    virtual void checkTimeouts(Clock::time_point now) = 0;
    // What the live registry shows while this exchange runs: an event stream says "sse", names
    // its channel and adds the bytes it has sent so far (the connection counts them at the end).
    virtual void describe(ConnectionInfo &info) const { Q_UNUSED(info) }
    // An administrator's message to this one client (the live registry's "send to this
    // connection"): an event stream sends it as event `name`. False: this exchange carries none.
    virtual bool sendAsServer(QByteArrayView name, QByteArrayView data) {
        Q_UNUSED(name)
        Q_UNUSED(data)
        return false;
    }
};

} // namespace yard::http
