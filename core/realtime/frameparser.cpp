#include "frameparser.h"

#include <cstring>

namespace yard::realtime {

namespace {
bool isControl(Opcode opcode) {
    return quint8(opcode) & 0x8;
}

// RFC 6455 §5.3: payload byte i is XORed with mask byte (i mod 4). `offset` is the index of the
// first byte within the frame's payload, so a payload may arrive in pieces.
void unmask(char *out, const char *in, qsizetype length, const quint8 mask[4], qint64 offset) {
    quint8 rotated[4];
    for (int i = 0; i < 4; ++i)
        rotated[i] = mask[(offset + i) & 3];
    quint32 mask32;
    std::memcpy(&mask32, rotated, sizeof mask32);
    const quint64 mask64 = mask32 | (quint64(mask32) << 32);
    qsizetype i = 0;
    for (; i + 8 <= length; i += 8) {
        quint64 word;
        std::memcpy(&word, in + i, sizeof word);
        word ^= mask64;
        std::memcpy(out + i, &word, sizeof word);
    }
    for (; i < length; ++i)
        out[i] = char(quint8(in[i]) ^ rotated[i & 3]);
}

// RFC 6455 §7.4.1-7.4.2 and the IANA registry: codes an endpoint may put in a close frame.
// 1004-1006 and 1015 are reserved for reporting, never sent; 1016-2999 are unassigned.
bool isValidCloseCode(quint16 code) {
    return (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014) ||
           (code >= 3000 && code <= 4999);
}
} // namespace

FrameParser::FrameParser(qint64 maxMessageBytes, Role role)
    : m_maxMessageBytes(maxMessageBytes)
    , m_role(role) {
    m_control.reserve(125);
}

QByteArrayView FrameParser::closeReason() const {
    return m_control.size() > 2 ? QByteArrayView(m_control).sliced(2) : QByteArrayView();
}

FrameResult FrameParser::feed(const char *data, qsizetype length) {
    if (m_state == State::Failed)
        return {FrameStatus::Error, 0};
    if (m_event != FrameStatus::NeedMore) {
        // The last event has been seen; its payload goes, the capacity stays.
        if (m_event == FrameStatus::Message)
            m_message.resize(0);
        m_control.resize(0);
        m_event = FrameStatus::NeedMore;
    }
    qsizetype pos = 0;
    for (;;) {
        Step step = Step::Continue;
        if (m_state == State::Header) {
            step = readHeaderBytes(data, length, pos);
        } else {
            step = readPayload(data, length, pos);
        }
        switch (step) {
        case Step::NeedMore:
            return {FrameStatus::NeedMore, pos};
        case Step::Continue:
            continue;
        case Step::Event:
            return {m_event, pos};
        case Step::Error:
            return {FrameStatus::Error, pos};
        }
    }
}

FrameParser::Step FrameParser::readHeaderBytes(const char *data, qsizetype length, qsizetype &pos) {
    while (m_headerLength < m_headerNeeded) {
        if (pos == length)
            return Step::NeedMore;
        m_header[m_headerLength++] = quint8(data[pos++]);
        if (m_headerLength == 2 && checkFirstBytes() == Step::Error)
            return Step::Error; // fail as early as the first two bytes allow
    }
    return startPayload();
}

// RFC 6455 §5.2: FIN, RSV1-3, opcode; MASK and the 7-bit length.
FrameParser::Step FrameParser::checkFirstBytes() {
    const quint8 first = m_header[0];
    const quint8 second = m_header[1];
    if (first & 0x70)
        return fail(CloseCode::ProtocolError, "reserved bits set without an extension");
    m_fin = first & 0x80;
    m_opcode = Opcode(first & 0x0F);
    switch (m_opcode) {
    case Opcode::Continuation:
    case Opcode::Text:
    case Opcode::Binary:
    case Opcode::Close:
    case Opcode::Ping:
    case Opcode::Pong:
        break;
    default:
        return fail(CloseCode::ProtocolError, "unknown opcode");
    }
    const int length7 = second & 0x7F;
    if (isControl(m_opcode)) {
        // §5.5: control frames are never fragmented and carry at most 125 bytes.
        if (!m_fin)
            return fail(CloseCode::ProtocolError, "fragmented control frame");
        if (length7 > 125)
            return fail(CloseCode::ProtocolError, "control frame longer than 125 bytes");
    } else if (m_opcode == Opcode::Continuation) {
        if (!m_inMessage)
            return fail(CloseCode::ProtocolError, "continuation frame without a message");
    } else if (m_inMessage) {
        // §5.4: fragments of one message are not interleaved with another message.
        return fail(CloseCode::ProtocolError, "new message inside a fragmented one");
    }
    m_masked = second & 0x80;
    // §5.1: a client masks every frame, a server none.
    if (m_role == Role::Server && !m_masked)
        return fail(CloseCode::ProtocolError, "unmasked client frame");
    if (m_role == Role::Client && m_masked)
        return fail(CloseCode::ProtocolError, "masked server frame");
    m_headerNeeded = 2 + (length7 == 126 ? 2 : length7 == 127 ? 8 : 0) + (m_masked ? 4 : 0);
    return Step::Continue;
}

FrameParser::Step FrameParser::startPayload() {
    const int length7 = m_header[1] & 0x7F;
    quint64 length = quint64(length7);
    int at = 2;
    if (length7 == 126) {
        length = quint64(m_header[2]) << 8 | m_header[3];
        at = 4;
    } else if (length7 == 127) {
        length = 0;
        for (int i = 2; i < 10; ++i)
            length = length << 8 | m_header[i];
        at = 10;
        if (length >> 63) // §5.2: "the most significant bit MUST be 0"
            return fail(CloseCode::ProtocolError, "64-bit length with its top bit set");
    }
    if (m_masked)
        std::memcpy(m_mask, m_header + at, sizeof m_mask);
    m_headerLength = 0;
    m_headerNeeded = 2;
    if (!isControl(m_opcode)) {
        // Negative when a lowered limit finds part of a message already read: too big as well.
        const qint64 room = m_maxMessageBytes - m_message.size();
        if (room < 0 || length > quint64(room))
            return fail(CloseCode::TooBig, "message too big");
        if (m_opcode != Opcode::Continuation) {
            m_messageOpcode = m_opcode;
            m_inMessage = true;
            m_utf8.reset();
        }
        m_message.reserve(m_message.size() + qsizetype(length));
    }
    m_payloadLeft = qint64(length);
    m_payloadRead = 0;
    m_state = State::Payload;
    return m_payloadLeft == 0 ? finishFrame() : Step::Continue;
}

FrameParser::Step FrameParser::readPayload(const char *data, qsizetype length, qsizetype &pos) {
    const qsizetype count = qsizetype(qMin<qint64>(m_payloadLeft, length - pos));
    if (count == 0)
        return Step::NeedMore;
    const bool control = isControl(m_opcode);
    QByteArray &target = control ? m_control : m_message;
    const qsizetype before = target.size();
    target.resize(before + count);
    char *out = target.data() + before;
    if (m_masked)
        unmask(out, data + pos, count, m_mask, m_payloadRead);
    else
        std::memcpy(out, data + pos, std::size_t(count));
    pos += count;
    m_payloadLeft -= count;
    m_payloadRead += count;
    // §8.1: fail as soon as text stops being UTF-8, not only at the end of the message.
    if (!control && m_messageOpcode == Opcode::Text && !m_utf8.feed(out, count))
        return fail(CloseCode::InvalidPayload, "invalid UTF-8 in a text message");
    return m_payloadLeft == 0 ? finishFrame() : Step::NeedMore;
}

FrameParser::Step FrameParser::finishFrame() {
    m_state = State::Header;
    switch (m_opcode) {
    case Opcode::Close:
        return finishClose();
    case Opcode::Ping:
        m_event = FrameStatus::Ping;
        return Step::Event;
    case Opcode::Pong:
        m_event = FrameStatus::Pong;
        return Step::Event;
    default:
        break;
    }
    if (!m_fin)
        return Step::Continue;
    if (m_messageOpcode == Opcode::Text && !m_utf8.isComplete())
        return fail(CloseCode::InvalidPayload, "text message ends inside a UTF-8 sequence");
    m_inMessage = false;
    m_event = FrameStatus::Message;
    return Step::Event;
}

// RFC 6455 §5.5.1: empty, or a 2-byte code followed by a UTF-8 reason.
FrameParser::Step FrameParser::finishClose() {
    if (m_control.size() == 1)
        return fail(CloseCode::ProtocolError, "close frame with a 1-byte payload");
    m_closeCode = CloseCode::NoStatus;
    if (m_control.size() >= 2) {
        m_closeCode = quint16(quint8(m_control[0]) << 8 | quint8(m_control[1]));
        if (!isValidCloseCode(m_closeCode))
            return fail(CloseCode::ProtocolError, "invalid close code");
        Utf8Validator reason;
        const QByteArrayView text = closeReason();
        if (!reason.feed(text.data(), text.size()) || !reason.isComplete())
            return fail(CloseCode::InvalidPayload, "close reason is not UTF-8");
    }
    m_event = FrameStatus::Close;
    return Step::Event;
}

FrameParser::Step FrameParser::fail(quint16 code, const char *reason) {
    m_state = State::Failed;
    m_errorCode = code;
    m_errorReason = reason;
    m_event = FrameStatus::Error;
    return Step::Error;
}

} // namespace yard::realtime
