#include "listener.h"

#include <sys/socket.h>
#include <unistd.h>

namespace yard::server {

Listener::Listener(std::atomic<int> &openConnections, int maxConnections, Dispatch dispatch)
    : m_openConnections(openConnections)
    , m_maxConnections(maxConnections)
    , m_dispatch(std::move(dispatch)) {}

void Listener::incomingConnection(qintptr fd) {
    if (m_openConnections.fetch_add(1, std::memory_order_relaxed) >= m_maxConnections) {
        m_openConnections.fetch_sub(1, std::memory_order_relaxed);
        static constexpr char refusal[] = "HTTP/1.1 503 Service Unavailable\r\n"
                                          "Retry-After: 1\r\nContent-Length: 0\r\n"
                                          "Connection: close\r\n\r\n";
        // A fresh socket's send buffer is empty, so this never blocks.
        [[maybe_unused]] const auto sent =
            ::send(int(fd), refusal, sizeof refusal - 1, MSG_NOSIGNAL | MSG_DONTWAIT);
        ::close(int(fd));
        return;
    }
    m_dispatch(fd);
}

} // namespace yard::server
