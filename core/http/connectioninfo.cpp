// What the live registry and the request log know of a connection beyond its requests: its
// description (Connection::info) and the log row of an upgrade that ends elsewhere.
#include "connection.h"
#include "logging/requestrecord.h"
#include "worker.h"

namespace yard::http {

void logUpgradeEnd(const ConnectionIdentity &identity) {
    if (!identity.worker)
        return;
    const ConnectionIdentity::Upgrade &upgrade = identity.upgrade;
    logging::RequestRecordView record;
    record.startMs = upgrade.startMs;
    record.method = upgrade.method;
    record.target = upgrade.target;
    record.route = upgrade.route;
    record.status = 101;
    record.durationUs = std::chrono::duration_cast<std::chrono::microseconds>(
                            std::chrono::steady_clock::now() - upgrade.start)
                            .count();
    record.bytesIn = qint64(identity.bytesIn - upgrade.bytesInBefore);
    record.bytesOut = qint64(identity.bytesOut - upgrade.bytesOutBefore);
    record.remote = identity.remote;
    record.userAgent = upgrade.userAgent;
    record.session = upgrade.session;
    record.connection = identity.id;
    record.ownsEvents = true;
    identity.worker->log(record);
}

ConnectionInfo Connection::info() const {
    ConnectionInfo info;
    info.id = m_id;
    info.protocol = "http";
    info.remote = QString::fromLatin1(m_remote);
    info.sinceMs = m_sinceMs;
    info.bytesIn = m_bytesIn;
    info.bytesOut = m_bytesOut;
    info.requests = m_requests;
    info.user = QString::fromUtf8(m_user);
    if (m_phase == Phase::Exchange && m_exchange)
        m_exchange->describe(info);
    return info;
}

} // namespace yard::http
