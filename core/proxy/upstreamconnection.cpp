#include "upstreamconnection.h"

#include <QSocketNotifier>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <unistd.h>

namespace yard::proxy {

namespace {
// Idle connections kept per upstream and worker: as many as clients may ask for at once, or
// every request beyond them pays a connect and a close.
constexpr std::size_t MaxIdlePerUpstream = 256;
// Node's http server closes an idle keep-alive connection after 5 s; one kept longer is likely
// gone, and a request on it would have to be retried.
constexpr auto MaxIdleAge = std::chrono::seconds(4);
} // namespace

std::unique_ptr<UpstreamConnection> UpstreamConnection::open(const ProxyTarget::Address &address,
                                                             int &errorCode) {
    const int fd =
        ::socket(address.storage.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        errorCode = errno;
        return nullptr;
    }
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    int result = 0;
    do {
        result =
            ::connect(fd, reinterpret_cast<const sockaddr *>(&address.storage), address.length);
    } while (result < 0 && errno == EINTR);
    if (result < 0 && errno != EINPROGRESS) {
        errorCode = errno;
        ::close(fd);
        return nullptr;
    }
    std::unique_ptr<UpstreamConnection> connection(new UpstreamConnection(fd));
    connection->m_connecting = result < 0;
    return connection;
}

UpstreamConnection::UpstreamConnection(int fd)
    : m_fd(fd)
    , m_read(new QSocketNotifier(fd, QSocketNotifier::Read, this))
    , m_write(new QSocketNotifier(fd, QSocketNotifier::Write, this)) {
    m_read->setEnabled(false);
    connect(m_read, &QSocketNotifier::activated, this, [this] {
        if (m_user)
            m_user->upstreamReadable(*this);
    });
    connect(m_write, &QSocketNotifier::activated, this, [this] {
        if (m_user)
            m_user->upstreamWritable(*this);
    });
}

UpstreamConnection::~UpstreamConnection() {
    m_read->setEnabled(false);
    m_write->setEnabled(false);
    ::close(int(m_fd));
}

int UpstreamConnection::finishConnect() {
    int error = 0;
    socklen_t size = sizeof error;
    if (::getsockopt(int(m_fd), SOL_SOCKET, SO_ERROR, &error, &size) < 0)
        error = errno;
    if (error == 0)
        m_connecting = false;
    return error;
}

void UpstreamConnection::attach(UpstreamUser *user) {
    m_user = user;
    m_read->setEnabled(user != nullptr && !m_connecting);
    m_write->setEnabled(user != nullptr && (m_connecting || !m_output.isEmpty()));
}

http::OutputQueue::Flush UpstreamConnection::flush() {
    const http::OutputQueue::Flush result = m_output.flush(m_fd);
    m_write->setEnabled(result == http::OutputQueue::Flush::Partial);
    return result;
}

void UpstreamConnection::setReading(bool on) {
    m_read->setEnabled(on);
}

UpstreamPool &UpstreamPool::of(http::Worker &worker) {
    static const char key = 0;
    if (auto *pool = static_cast<UpstreamPool *>(worker.local(&key)))
        return *pool;
    auto pool = std::make_unique<UpstreamPool>();
    UpstreamPool &result = *pool;
    worker.setLocal(&key, std::move(pool));
    return result;
}

UpstreamPool::~UpstreamPool() = default;

std::unique_ptr<UpstreamConnection> UpstreamPool::take(const QByteArray &key) {
    const auto found = m_idle.find(key);
    if (found == m_idle.end())
        return nullptr;
    auto &idle = found->second;
    const auto now = UpstreamConnection::Clock::now();
    while (!idle.empty()) {
        std::unique_ptr<UpstreamConnection> connection = std::move(idle.back());
        idle.pop_back();
        if (now - connection->idleSince > MaxIdleAge)
            continue; // closed here rather than raced against the upstream's own timeout
        connection->reused = true; // the caller attaches itself: no notifier toggling between
        return connection;
    }
    return nullptr;
}

void UpstreamPool::put(const QByteArray &key, std::unique_ptr<UpstreamConnection> connection) {
    auto &idle = m_idle[key];
    if (idle.size() >= MaxIdlePerUpstream)
        return; // closed by the unique_ptr
    connection->idleSince = UpstreamConnection::Clock::now();
    connection->output().clear();
    connection->attach(this); // readable while idle = closed by the upstream (or garbage)
    idle.push_back(std::move(connection));
}

void UpstreamPool::upstreamReadable(UpstreamConnection &connection) {
    for (auto &[key, idle] : m_idle) {
        for (auto it = idle.begin(); it != idle.end(); ++it) {
            if (it->get() == &connection) {
                // Deleting the notifier's owner inside its signal is not safe: do it later.
                (*it)->attach(nullptr);
                (*it).release()->deleteLater();
                idle.erase(it);
                return;
            }
        }
    }
}

void UpstreamPool::upstreamWritable(UpstreamConnection &) {}

} // namespace yard::proxy
