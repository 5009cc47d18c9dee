#include "registryfeed.h"

#include "servers/serverpool.h"

namespace yard::ui {

RegistryFeed::RegistryFeed(ServerPool *pool, QObject *parent)
    : QObject(parent)
    , m_pool(pool) {
    m_timer.setInterval(RefreshIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &RegistryFeed::refresh);
    connect(pool, &ServerPool::runningChanged, this, [this](int id) {
        if (id == m_serverId)
            bind();
    });
}

void RegistryFeed::setServer(int id) {
    m_serverId = id;
    bind();
}

void RegistryFeed::setActive(bool active) {
    if (active == m_active)
        return;
    m_active = active;
    bind();
}

// Listens to the current registry only while active: its change timer runs only then.
void RegistryFeed::bind() {
    disconnect(m_connectionsChanged);
    disconnect(m_roomsChanged);
    m_registry = m_pool->registry(m_serverId);
    m_inFlight = false; // an answer from a stopped server's registry never comes
    if (m_registry && m_active) {
        m_connectionsChanged = connect(m_registry, &server::ConnectionRegistry::connectionsChanged,
                                       this, &RegistryFeed::refresh);
        m_roomsChanged = connect(m_registry, &server::ConnectionRegistry::roomsChanged, this,
                                 &RegistryFeed::refresh);
        m_timer.start();
    } else {
        m_timer.stop();
    }
    refresh();
}

void RegistryFeed::refresh() {
    if (!m_registry) {
        Q_EMIT updated({});
        return;
    }
    if (!m_active)
        return;
    if (m_inFlight) {
        m_again = true;
        return;
    }
    m_inFlight = true;
    QPointer<server::ConnectionRegistry> asked = m_registry;
    m_registry->snapshot(this, [this, asked](const server::RegistrySnapshot &snapshot) {
        if (asked != m_registry)
            return; // from before a restart
        m_inFlight = false;
        Q_EMIT updated(snapshot);
        if (std::exchange(m_again, false))
            refresh();
    });
}

} // namespace yard::ui
