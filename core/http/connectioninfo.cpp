// What the live registry and the request log know of a connection: its requests' log rows, its
// description (Connection::info) and the log row of an upgrade that ends elsewhere.
#include "connection.h"
#include "logging/requestrecord.h"
#include "worker.h"

namespace yard::http {

// One record per finished request (CONTRACT.md, table `requests`): views into this connection's
// buffers, copied once into the worker's batch. Every finished request passes here once, so the
// connection's own counters are kept here too (plain members: no allocation, the user is shared).
void Connection::logRequest(int status, qint64 bytesOut, bool ownsEvents) {
    ++m_requests;
    m_bytesOut += quint64(qMax<qint64>(bytesOut, 0));
    m_user = m_response.user;
    const HttpRequest &request = m_parser.request();
    logging::RequestRecordView record;
    record.startMs = m_requestStartMs;
    record.method = request.method();
    record.target = request.target();
    record.route = m_response.route;
    record.status = status;
    record.durationUs =
        std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - m_requestStart)
            .count();
    record.bytesIn = m_requestBytesIn;
    record.bytesOut = bytesOut;
    record.remote = m_remote;
    record.userAgent = request.header("user-agent");
    record.session = m_response.session;
    record.connection = m_id;
    record.ownsEvents = ownsEvents;
    m_worker.log(record);
}

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
