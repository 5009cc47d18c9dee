#pragma once

#include <QByteArrayView>
#include <QtGlobal>

namespace yard::logging {

// One finished request as the engine sees it, by view: nothing is copied until LogBatch::append
// copies it into the worker's batch buffer (CONTRACT.md, table `requests`).
struct RequestRecordView {
    qint64 startMs = 0; // ms since epoch, first byte in
    QByteArrayView method;
    QByteArrayView target; // path and query as received
    int route = -1;        // index of the matched route in the project, -1 when none
    int status = 0;        // 101 for upgrades
    qint64 durationUs = 0; // first byte in to last byte out
    qint64 bytesIn = 0;
    qint64 bytesOut = 0;
    QByteArrayView remote; // "address:port"
    QByteArrayView userAgent;
    QByteArrayView session;
    quint64 connection = 0; // the live registry's connection id; 0: unknown (stored as NULL)
    // The row of a WebSocket upgrade (101) or of an SSE stream: the events its connection logged
    // so far get this row's id as `events.request` when the writer inserts it.
    bool ownsEvents = false;
};

} // namespace yard::logging
