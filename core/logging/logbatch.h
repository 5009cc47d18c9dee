#pragma once

#include "requestrecord.h"

#include <QByteArray>

namespace yard::logging {

// The records one worker has finished since its last hand-off, encoded back to back in one byte
// buffer. Lives in (and is used by) one worker thread only: append() takes no lock and, once the
// buffer has grown to a batch's size, allocates nothing; take() costs one allocation per batch.
//
// Encoding (in-process only, so native byte order): per record a fixed part — start ms, duration
// µs, bytes in, bytes out, connection (64 bits each), route, status (int32 each), five text
// lengths (uint16 each), a truncation mask and flags (uint8 each) — then the five texts: method,
// target, remote, user agent, session. Text longer than its cap is cut and the field's bit set in
// the mask.
class LogBatch final {
public:
    // Bits of the truncation mask: which text fields were cut to their cap.
    enum Truncated : quint8 {
        MethodCut = 1,
        TargetCut = 2,
        RemoteCut = 4,
        UserAgentCut = 8,
        SessionCut = 16,
    };
    // Bits of the flags byte.
    enum Flag : quint8 {
        OwnsEvents = 1, // RequestRecordView::ownsEvents
    };
    static constexpr qsizetype MethodCap = 32;
    static constexpr qsizetype TargetCap = 8 * 1024;
    static constexpr qsizetype RemoteCap = 64; // "[v6 address]:port" fits
    static constexpr qsizetype UserAgentCap = 512;
    static constexpr qsizetype SessionCap = 128;
    static constexpr qsizetype FixedSize = 5 * 8 + 2 * 4 + 5 * 2 + 2;
    // The reserve kept after take(): the last batch's size within these bounds, so a worker that
    // saw one burst of huge targets does not keep megabytes forever.
    static constexpr qsizetype MinReserve = 16 * 1024;
    static constexpr qsizetype MaxReserve = 1024 * 1024;

    LogBatch();

    void append(const RequestRecordView &record);
    int count() const { return m_count; }
    qsizetype byteSize() const { return m_bytes.size(); }
    bool isEmpty() const { return m_count == 0; }
    // The encoded records; the batch is empty afterwards with a fresh reserve for the next ones.
    QByteArray take();

    // Walks an encoded batch (in the writer thread). The views point into `batch`, which must
    // outlive them. next() returns false at the end, or when the bytes are malformed (failed()).
    class Reader final {
    public:
        explicit Reader(const QByteArray &batch)
            : m_data(batch.constData())
            , m_end(batch.constData() + batch.size()) {}
        bool next(RequestRecordView &record, quint8 &truncated);
        bool failed() const { return m_failed; }

    private:
        const char *m_data;
        const char *m_end;
        bool m_failed = false;
    };

private:
    QByteArray m_bytes;
    int m_count = 0;
};

} // namespace yard::logging
