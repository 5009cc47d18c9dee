#pragma once

#include "http/outputqueue.h"
#include "http/worker.h"
#include "proxytarget.h"

#include <QObject>
#include <chrono>
#include <memory>
#include <unordered_map>

class QSocketNotifier;

namespace yard::proxy {

class UpstreamConnection;

// Who is told about an upstream socket's readiness: the exchange using it, or the pool keeping
// it idle.
class UpstreamUser {
public:
    virtual void upstreamReadable(UpstreamConnection &connection) = 0;
    virtual void upstreamWritable(UpstreamConnection &connection) = 0;

protected:
    ~UpstreamUser() = default;
};

// One TCP connection to an upstream, non-blocking, driven by its worker's event loop like the
// client connections. Kept with its notifiers and output buffer in the worker's pool between
// requests, so a kept-alive round trip allocates nothing here.
class UpstreamConnection final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpstreamConnection)

public:
    using Clock = std::chrono::steady_clock;

    // Starts connecting; null with `errorCode` (errno) when the attempt fails at once.
    static std::unique_ptr<UpstreamConnection> open(const ProxyTarget::Address &address,
                                                    int &errorCode);
    ~UpstreamConnection() override;

    qintptr fd() const { return m_fd; }
    bool isConnecting() const { return m_connecting; }
    // After writability while connecting: 0 when connected, else the errno of the failure.
    int finishConnect();
    void attach(UpstreamUser *user);
    http::OutputQueue &output() { return m_output; }
    http::OutputQueue::Flush flush();
    void setReading(bool on);
    // Set by the pool: a connection that has served before may have been closed by the upstream
    // while idle (a race no check can rule out), so its first failure is retried once.
    bool reused = false;
    Clock::time_point idleSince;

private:
    explicit UpstreamConnection(int fd);

    qintptr m_fd;
    QSocketNotifier *m_read;
    QSocketNotifier *m_write;
    UpstreamUser *m_user = nullptr;
    http::OutputQueue m_output;
    bool m_connecting = true;
};

// A worker's idle upstream connections by upstream (host:port). Only its own thread uses it, so
// it needs no lock; idle ones are watched, and one the upstream closes is dropped at once.
class UpstreamPool final : public http::WorkerLocal, private UpstreamUser {
public:
    static UpstreamPool &of(http::Worker &worker);
    ~UpstreamPool() override;

    // An idle connection to `key`, or null.
    std::unique_ptr<UpstreamConnection> take(const QByteArray &key);
    void put(const QByteArray &key, std::unique_ptr<UpstreamConnection> connection);

private:
    void upstreamReadable(UpstreamConnection &connection) override;
    void upstreamWritable(UpstreamConnection &connection) override;

    std::unordered_map<QByteArray, std::vector<std::unique_ptr<UpstreamConnection>>> m_idle;
};

} // namespace yard::proxy
