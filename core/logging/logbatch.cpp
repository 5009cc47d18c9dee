#include "logbatch.h"

#include "batchcoding.h"

#include <algorithm>
#include <cstring>

namespace yard::logging {

namespace {
using batchcoding::get;
using batchcoding::put;

constexpr int TextFields = 5;
} // namespace

LogBatch::LogBatch() {
    m_bytes.reserve(MinReserve);
}

void LogBatch::append(const RequestRecordView &record) {
    static constexpr qsizetype caps[TextFields] = {MethodCap, TargetCap, RemoteCap, UserAgentCap,
                                                   SessionCap};
    QByteArrayView texts[TextFields] = {record.method, record.target, record.remote,
                                        record.userAgent, record.session};
    quint8 truncated = 0;
    qsizetype needed = FixedSize;
    for (int i = 0; i < TextFields; ++i) {
        if (texts[i].size() > caps[i]) {
            texts[i] = texts[i].first(caps[i]);
            truncated |= quint8(1u << i);
        }
        needed += texts[i].size();
    }
    const qsizetype at = m_bytes.size();
    // Grows geometrically until the buffer holds a whole batch; from then on resize() stays
    // within the capacity and does not allocate.
    if (m_bytes.capacity() < at + needed)
        m_bytes.reserve(std::max(2 * m_bytes.capacity(), at + needed));
    m_bytes.resize(at + needed);

    char *out = m_bytes.data() + at;
    out = put<qint64>(out, record.startMs);
    out = put<qint64>(out, record.durationUs);
    out = put<qint64>(out, record.bytesIn);
    out = put<qint64>(out, record.bytesOut);
    out = put<quint64>(out, record.connection);
    out = put<qint32>(out, record.route);
    out = put<qint32>(out, record.status);
    for (const QByteArrayView &text : texts)
        out = put<quint16>(out, quint16(text.size()));
    out = put<quint8>(out, truncated);
    out = put<quint8>(out, record.ownsEvents ? OwnsEvents : 0);
    for (const QByteArrayView &text : texts) {
        if (!text.isEmpty())
            std::memcpy(out, text.data(), std::size_t(text.size()));
        out += text.size();
    }
    ++m_count;
}

QByteArray LogBatch::take() {
    QByteArray full = std::move(m_bytes);
    m_bytes = QByteArray();
    m_bytes.reserve(std::clamp(full.size(), MinReserve, MaxReserve));
    m_count = 0;
    return full;
}

bool LogBatch::Reader::next(RequestRecordView &record, quint8 &truncated) {
    if (m_failed || m_data == m_end)
        return false;
    if (m_end - m_data < FixedSize) {
        m_failed = true;
        return false;
    }
    const char *in = m_data;
    qint32 route = 0;
    qint32 status = 0;
    quint16 lengths[TextFields] = {};
    in = get(in, record.startMs);
    in = get(in, record.durationUs);
    in = get(in, record.bytesIn);
    in = get(in, record.bytesOut);
    in = get(in, record.connection);
    in = get(in, route);
    in = get(in, status);
    qsizetype textSize = 0;
    for (quint16 &length : lengths) {
        in = get(in, length);
        textSize += length;
    }
    in = get(in, truncated);
    quint8 flags = 0;
    in = get(in, flags);
    if (m_end - in < textSize) {
        m_failed = true;
        return false;
    }
    QByteArrayView *texts[TextFields] = {&record.method, &record.target, &record.remote,
                                         &record.userAgent, &record.session};
    for (int i = 0; i < TextFields; ++i) {
        *texts[i] = QByteArrayView(in, lengths[i]);
        in += lengths[i];
    }
    record.route = route;
    record.status = status;
    record.ownsEvents = (flags & OwnsEvents) != 0;
    m_data = in;
    return true;
}

} // namespace yard::logging
