#pragma once

#include <QByteArrayView>
#include <QtGlobal>

namespace yard::logging {

// One WebSocket message or SSE event as the realtime layer sees it, by view: copied once into
// an EventBatch (CONTRACT.md, table `events`). A broadcast to N members is one record with
// `recipients` N.
struct EventRecordView {
    enum class Type : quint8 { WebSocket, Sse };
    enum class Direction : quint8 { In, Out };

    qint64 tsMs = 0;
    quint64 connection = 0; // the live registry's id; 0: none (a publish to a channel)
    Type type = Type::WebSocket;
    Direction direction = Direction::In;
    QByteArrayView channel; // room or SSE channel; empty: none (stored as NULL)
    qint64 size = 0;        // payload bytes
    QByteArrayView payload; // the preview is its first bytes (EventBatch::PreviewCap)
    int recipients = -1;    // for `out`: connections it went to; -1: NULL
};

} // namespace yard::logging
