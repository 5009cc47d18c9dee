#include "eventbatch.h"

#include "batchcoding.h"

#include <cstring>

namespace yard::logging {

namespace {
using batchcoding::get;
using batchcoding::put;

// Cut at a character boundary: a preview never ends in half a UTF-8 sequence.
QByteArrayView utf8Prefix(QByteArrayView text, qsizetype cap) {
    if (text.size() <= cap)
        return text;
    qsizetype end = cap;
    while (end > 0 && (quint8(text[end]) & 0xC0) == 0x80)
        --end;
    return text.first(end);
}
} // namespace

void EventBatch::append(const EventRecordView &record) {
    const QByteArrayView channel = utf8Prefix(record.channel, ChannelCap);
    QByteArray hex;
    QByteArrayView preview;
    const bool text = record.payload.isValidUtf8();
    if (text) {
        preview = utf8Prefix(record.payload, PreviewCap);
    } else {
        hex =
            record.payload.first(qMin(record.payload.size(), PreviewCap / 2)).toByteArray().toHex();
        preview = hex;
    }
    const qsizetype at = m_bytes.size();
    m_bytes.resize(at + FixedSize + channel.size() + preview.size());
    char *out = m_bytes.data() + at;
    out = put<qint64>(out, record.tsMs);
    out = put<quint64>(out, record.connection);
    out = put<qint64>(out, record.size);
    out = put<qint32>(out, record.recipients);
    out = put<quint8>(out, quint8(record.type));
    out = put<quint8>(out, quint8(record.direction));
    out = put<quint16>(out, quint16(channel.size()));
    out = put<quint16>(out, quint16(preview.size()));
    if (!channel.isEmpty())
        std::memcpy(out, channel.data(), std::size_t(channel.size()));
    out += channel.size();
    if (!preview.isEmpty())
        std::memcpy(out, preview.data(), std::size_t(preview.size()));
    ++m_count;
}

QByteArray EventBatch::take() {
    m_count = 0;
    return std::exchange(m_bytes, QByteArray());
}

bool EventBatch::Reader::next(EventRecordView &record) {
    if (m_end - m_data < FixedSize)
        return false;
    const char *at = m_data;
    qint32 recipients = 0;
    quint8 type = 0, direction = 0;
    quint16 channelSize = 0, previewSize = 0;
    at = get(at, record.tsMs);
    at = get(at, record.connection);
    at = get(at, record.size);
    at = get(at, recipients);
    at = get(at, type);
    at = get(at, direction);
    at = get(at, channelSize);
    at = get(at, previewSize);
    if (m_end - at < channelSize + previewSize)
        return false;
    record.recipients = recipients;
    record.type = EventRecordView::Type(type);
    record.direction = EventRecordView::Direction(direction);
    record.channel = QByteArrayView(at, channelSize);
    record.payload = QByteArrayView(at + channelSize, previewSize);
    m_data = at + channelSize + previewSize;
    return true;
}

} // namespace yard::logging
