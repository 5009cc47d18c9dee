#pragma once

#include "eventrecord.h"

#include <QByteArray>

namespace yard::logging {

// Event records encoded back to back in one buffer, like LogBatch does for requests: filled by
// one thread without a lock, handed to the writer whole (LogWriter::submitEvents).
//
// Encoding (in-process, native byte order): ts ms, connection, size (64 bits each), recipients
// (int32), type and direction (uint8 each), channel and preview lengths (uint16
// each), then the channel and the preview. The preview is the payload's first PreviewCap bytes,
// cut at a UTF-8 character boundary; a payload that is not UTF-8 text is previewed as hex.
class EventBatch final {
public:
    static constexpr qsizetype PreviewCap = 1024;
    static constexpr qsizetype ChannelCap = 256;
    static constexpr qsizetype FixedSize = 3 * 8 + 4 + 2 + 2 * 2;

    void append(const EventRecordView &record);
    int count() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }
    QByteArray take();

    class Reader final {
    public:
        explicit Reader(const QByteArray &batch)
            : m_data(batch.constData())
            , m_end(batch.constData() + batch.size()) {}
        // `record.payload` is the preview.
        bool next(EventRecordView &record);

    private:
        const char *m_data;
        const char *m_end;
    };

private:
    QByteArray m_bytes;
    int m_count = 0;
};

} // namespace yard::logging
