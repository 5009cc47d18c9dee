#pragma once

#include "server/connectionregistry.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace yard::ui {

class ServerPool;

// Snapshots of one server's live registry for a view: asked for when the registry says its
// lists changed (at most ten times a second) and every RefreshIntervalMs for the byte counts,
// only while the view is active (shown); never more than one in flight. Follows the server
// through stops and starts (a new registry each time). GUI thread only.
class RegistryFeed final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistryFeed)

public:
    static constexpr int RefreshIntervalMs = 1000;

    explicit RegistryFeed(ServerPool *pool, QObject *parent = nullptr);

    void setServer(int id);
    // Shown: snapshots flow; hidden: nothing is asked, the registry's timer stops.
    void setActive(bool active);
    // Null while the server is stopped.
    server::ConnectionRegistry *registry() const { return m_registry; }
    void refresh();

Q_SIGNALS:
    // A stopped server gives an empty snapshot.
    void updated(const server::RegistrySnapshot &snapshot);

private:
    void bind();

    ServerPool *m_pool;
    int m_serverId = -1;
    bool m_active = false;
    bool m_inFlight = false;
    bool m_again = false; // a change came while a snapshot was on its way
    QPointer<server::ConnectionRegistry> m_registry;
    QMetaObject::Connection m_connectionsChanged;
    QMetaObject::Connection m_roomsChanged;
    QTimer m_timer;
};

} // namespace yard::ui
