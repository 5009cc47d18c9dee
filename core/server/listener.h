#pragma once

#include <QTcpServer>
#include <atomic>
#include <functional>

namespace yard::server {

// Accepts connections and hands each descriptor to the next worker, round-robin. Refuses
// connections beyond the server's limit with a 503 instead of letting them queue unseen.
// Lives in the first worker's thread.
class Listener final : public QTcpServer {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Listener)

public:
    using Dispatch = std::function<void(qintptr fd)>;

    Listener(std::atomic<int> &openConnections, int maxConnections, Dispatch dispatch);

protected:
    void incomingConnection(qintptr fd) override;

private:
    std::atomic<int> &m_openConnections;
    const int m_maxConnections;
    Dispatch m_dispatch;
};

} // namespace yard::server
