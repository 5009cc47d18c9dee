#pragma once

#include "logging/logbatch.h"
#include "logging/logwriter.h"

#include <QByteArray>
#include <QDateTime>

// Rows for the Log view's tests, each field a function of its number i, so a test can work out
// by hand how many rows a filter keeps. Written through the real LogWriter, as the engine does.
namespace logtest {

inline const int Statuses[] = {200, 200, 201, 301, 404, 500, 503};

inline int statusOf(int i) {
    return Statuses[i % 7];
}
inline QByteArray methodOf(int i) {
    return i % 5 == 0 ? QByteArray("POST") : QByteArray("GET");
}
inline QByteArray targetOf(int i) {
    if (i % 3 == 0)
        return "/api/items?id=" + QByteArray::number(i);
    return "/static/file" + QByteArray::number(i) + ".css";
}
inline QByteArray remoteOf(int i) {
    return (i % 2 ? QByteArray("127.0.0.1:") : QByteArray("10.0.0.7:")) +
           QByteArray::number(40000 + i % 20000);
}

// Appends rows first..first+count-1 to `batch`, started `ageMs` ago.
inline void appendRows(yard::logging::LogBatch &batch, int first, int count, qint64 ageMs = 0) {
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = first; i < first + count; ++i) {
        const QByteArray method = methodOf(i);
        const QByteArray target = targetOf(i);
        const QByteArray remote = remoteOf(i);
        yard::logging::RequestRecordView record;
        record.startMs = now - ageMs;
        record.method = method;
        record.target = target;
        record.route = i % 10 == 9 ? -1 : i % 3;
        record.status = statusOf(i);
        record.durationUs = 150 + (i % 50) * 37;
        record.bytesIn = 80 + i % 7;
        record.bytesOut = 200 + (i % 13) * 100;
        record.remote = remote;
        record.userAgent = "curl/7.88.1";
        batch.append(record);
    }
}

// Writes rows first..first+count-1 for `server` and waits until they are committed.
inline void writeRows(yard::logging::LogWriter &writer, int first, int count,
                      const QString &server = QStringLiteral("web"), qint64 ageMs = 0) {
    yard::logging::LogBatch batch;
    appendRows(batch, first, count, ageMs);
    writer.submit(server, batch.take(), count);
    writer.flush();
}

} // namespace logtest
