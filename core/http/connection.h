#pragma once

#include "connectioninfo.h"
#include "exchange.h"
#include "httpresponse.h"
#include "outputqueue.h"
#include "requestparser.h"
#include "responsewriter.h"

#include <QObject>
#include <chrono>
#include <memory>
#include <vector>

class QSocketNotifier;

namespace yard::http {

class Worker;

// One client connection: reads, parses, asks the handler, writes; keeps alive and pipelines
// (RFC 9112 §9). Owns its socket descriptor. Lives and dies in its worker's thread.
class Connection final : public QObject, private ExchangeSink {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Connection)

public:
    using Clock = std::chrono::steady_clock;

    Connection(qintptr fd, Worker &worker, quint64 id);
    ~Connection() override;

    // Applies the timeouts of ServerLimits; may close the connection.
    void checkTimeouts(Clock::time_point now);
    // Graceful stop: close now if idle, otherwise after the response in progress.
    void beginShutdown();

    QByteArrayView remoteAddress() const { return m_remoteAddress; }
    QByteArrayView remote() const { return m_remote; }
    quint64 id() const { return m_id; }
    // For the live registry (worker thread): what this connection is, now.
    ConnectionInfo info() const;
    // An administrator's kick: closes the connection now, a response in progress included.
    void kick() { close(); }
    // An administrator's message to the client, through the exchange that streams to it (an
    // event stream). False when none runs or it carries no such message.
    bool sendAsServer(QByteArrayView name, QByteArrayView data) {
        return m_phase == Phase::Exchange && m_exchange && m_exchange->sendAsServer(name, data);
    }

private:
    enum class Phase { Idle, Head, Body, Delayed, Exchange, Closing };

    // ExchangeSink (connectionexchange.cpp): what a streaming answer uses of this connection.
    OutputQueue &output() override { return m_output; }
    void send() override;
    void answer(const HttpResponse &response) override;
    void finish(const ExchangeOutcome &outcome) override;
    void abort() override;
    void resumeInput() override;
    int clientMinorVersion() const override;
    bool clientKeepAlive() const override;
    QByteArrayView dateLine() const override;
    const HttpResponse &handlerResponse() const override { return m_response; }
    Worker &worker() override { return m_worker; }
    quint64 connectionId() const override { return m_id; }
    void startExchange(bool bodyFollows);
    qsizetype feedExchange(const char *data, qsizetype length);
    void endExchange();
    void logExchange(const ExchangeOutcome &outcome);

    void onReadable();
    void onWritable();
    void process(const char *data, qsizetype length);
    void respond(bool bodyFollows = false);
    bool streamBody();
    void handOver(QByteArray leftover);
    void writeResponse();
    void logRequest(int status, qint64 bytesOut, bool ownsEvents = false);
    void fail(int status);
    void flush();
    void close();
    void setReading(bool on);

    Worker &m_worker;
    qintptr m_fd;
    QSocketNotifier *m_readNotifier;
    QSocketNotifier *m_writeNotifier;
    RequestParser m_parser;
    HttpResponse m_response;
    std::shared_ptr<Exchange> m_exchange; // while Phase::Exchange
    // Finished ones: one may still be on the stack (it called us), so they are deleted only from
    // the connection's own entry points.
    std::vector<std::shared_ptr<Exchange>> m_retired;
    OutputQueue m_output;
    QByteArray m_pending; // received bytes not parsed yet, while output is backed up
    Phase m_phase = Phase::Idle;
    ResponseFraming m_framing; // of the response being written
    bool m_deferred = false;   // a delayed response is pending: parse nothing until it leaves
    bool m_inFeed = false;     // inside Exchange::feed(): the caller goes on processing
    bool m_closeAfterWrite = false;
    bool m_closed = false;
    Clock::time_point m_requestStart;
    qint64 m_requestStartMs = 0; // wall clock, ms since epoch, for the log
    qint64 m_requestBytesIn = 0; // bytes of the request being read
    Clock::time_point m_lastActivity;
    QByteArray m_remoteAddress; // the client's IP as text ("::ffff:a.b.c.d" shown as a.b.c.d)
    QByteArray m_remote;        // "address:port" ("[v6]:port"), for the log
    // For the live registry: plain members, written in this thread only, read when it asks.
    const quint64 m_id;
    const qint64 m_sinceMs;
    quint64 m_bytesIn = 0;
    quint64 m_bytesOut = 0;
    quint64 m_requests = 0;
    QByteArray m_user; // the last request's session user
};

} // namespace yard::http
