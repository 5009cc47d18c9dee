#include "framewriter.h"

namespace yard::realtime {

int FrameWriter::headerLength(qint64 payloadLength) {
    return payloadLength < 126 ? 2 : payloadLength <= 0xFFFF ? 4 : 10;
}

// §5.2: the payload length in the fewest bytes: 7 bits, or 126 + 16 bits, or 127 + 64 bits.
void FrameWriter::appendHeader(QByteArray &out, quint8 first, qint64 length, bool masked) {
    const char maskBit = masked ? char(0x80) : char(0);
    out += char(first);
    if (length < 126) {
        out += char(maskBit | char(length));
    } else if (length <= 0xFFFF) {
        out += char(maskBit | 126);
        out += char(length >> 8);
        out += char(length & 0xFF);
    } else {
        out += char(maskBit | 127);
        for (int shift = 56; shift >= 0; shift -= 8)
            out += char((quint64(length) >> shift) & 0xFF);
    }
}

void FrameWriter::append(QByteArray &out, Opcode opcode, QByteArrayView payload) {
    out.reserve(out.size() + headerLength(payload.size()) + payload.size());
    appendHeader(out, quint8(0x80 | quint8(opcode)), payload.size(), false);
    out += payload;
}

QByteArray FrameWriter::frame(Opcode opcode, QByteArrayView payload) {
    QByteArray out;
    append(out, opcode, payload);
    return out;
}

QByteArray FrameWriter::closeFrame(quint16 code, QByteArrayView reason) {
    if (code == 0 || code == CloseCode::NoStatus)
        return frame(Opcode::Close, {});
    QByteArray payload;
    payload += char(code >> 8);
    payload += char(code & 0xFF);
    payload += reason.first(qMin<qsizetype>(reason.size(), 123)); // 125-byte control limit
    return frame(Opcode::Close, payload);
}

QByteArray FrameWriter::clientFrame(Opcode opcode, QByteArrayView payload, bool fin, quint32 mask,
                                    quint8 firstByteExtra) {
    QByteArray out;
    appendHeader(out, quint8((fin ? 0x80 : 0) | firstByteExtra | quint8(opcode)), payload.size(),
                 true);
    const char key[4] = {char(mask >> 24), char(mask >> 16), char(mask >> 8), char(mask)};
    out.append(key, 4);
    const qsizetype start = out.size();
    out += payload;
    for (qsizetype i = 0; i < payload.size(); ++i)
        out[start + i] = char(out[start + i] ^ key[i & 3]);
    return out;
}

QByteArrayView FrameWriter::payloadOf(const QByteArray &frame) {
    if (frame.size() < 2)
        return {};
    const quint8 code = quint8(frame[1]) & 0x7f;
    const qsizetype header = code < 126 ? 2 : code == 126 ? 4 : 10;
    return QByteArrayView(frame).sliced(qMin(header, frame.size()));
}

} // namespace yard::realtime
