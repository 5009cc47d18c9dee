// The chat rooms' rows in the request log's `events` table (CONTRACT.md): every message a client
// sends, and every message the server sends, a broadcast being one row with its recipients.
// Through the worker's batch: no lock, no SQL here.
#include "framewriter.h"
#include "http/worker.h"
#include "logging/eventrecord.h"
#include "websocketconnection.h"
#include "workerrooms.h"

#include <QDateTime>

namespace yard::realtime {

void WorkerRooms::logIn(const WebSocketConnection &connection, const QString &room,
                        QByteArrayView text) {
    if (!m_worker || !m_worker->logsEvents())
        return;
    const QByteArray channel = room.toUtf8();
    logging::EventRecordView record;
    record.tsMs = QDateTime::currentMSecsSinceEpoch();
    record.connection = connection.id();
    record.direction = logging::EventRecordView::Direction::In;
    record.channel = channel;
    record.size = text.size();
    record.payload = text;
    m_worker->logEvent(record);
}

void WorkerRooms::logOut(quint64 connection, const QString &room, const QByteArray &frame,
                         int recipients) {
    if (!m_worker || !m_worker->logsEvents())
        return;
    const QByteArray channel = room.toUtf8();
    const QByteArrayView payload = FrameWriter::payloadOf(frame);
    logging::EventRecordView record;
    record.tsMs = QDateTime::currentMSecsSinceEpoch();
    record.connection = connection;
    record.direction = logging::EventRecordView::Direction::Out;
    record.channel = channel;
    record.size = payload.size();
    record.payload = payload;
    record.recipients = recipients;
    m_worker->logEvent(record);
}

} // namespace yard::realtime
