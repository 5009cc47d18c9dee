#pragma once

#include "utf8validator.h"

#include <QByteArray>
#include <QByteArrayView>

namespace yard::realtime {

// RFC 6455 §5.2 opcodes.
enum class Opcode : quint8 {
    Continuation = 0x0,
    Text = 0x1,
    Binary = 0x2,
    Close = 0x8,
    Ping = 0x9,
    Pong = 0xA
};

// RFC 6455 §7.4.1 status codes this server sends.
namespace CloseCode {
inline constexpr quint16 Normal = 1000;
inline constexpr quint16 GoingAway = 1001;
inline constexpr quint16 ProtocolError = 1002;
inline constexpr quint16 NoStatus = 1005; // never sent: "the close frame had no code"
inline constexpr quint16 InvalidPayload = 1007;
inline constexpr quint16 PolicyViolation = 1008;
inline constexpr quint16 TooBig = 1009;
} // namespace CloseCode

enum class FrameStatus : quint8 {
    NeedMore, // every byte given was used; feed more
    Message,  // a whole (reassembled) text or binary message: message(), isText()
    Ping,     // controlPayload() is the ping's application data, to echo in a pong
    Pong,
    Close, // closeCode() and closeReason()
    Error  // fail the connection with errorCode() (RFC 6455 §7.1.7)
};

struct FrameResult {
    FrameStatus status;
    qsizetype consumed; // bytes of the fed data used by this call
};

// Incremental WebSocket frame decoder. Pure: no sockets, no QObject. Bytes may arrive split
// anywhere; each is looked at once. Stops after each event so the caller can act on it, then
// takes the rest with the next feed. Control frames may arrive between the fragments of a
// message (RFC 6455 §5.4). After Error it consumes nothing more. Buffers keep their capacity
// from one message to the next. Used by one thread at a time.
class FrameParser final {
public:
    // Server: frames must be masked (RFC 6455 §5.1). Client (tests): frames must not be.
    enum class Role : quint8 { Server, Client };

    explicit FrameParser(qint64 maxMessageBytes = 64 * 1024, Role role = Role::Server);

    // A new limit (the route's settings were reloaded) holds from the next frame on.
    void setMaxMessageBytes(qint64 bytes) { m_maxMessageBytes = bytes; }

    FrameResult feed(const char *data, qsizetype length);
    FrameResult feed(QByteArrayView data) { return feed(data.data(), data.size()); }

    // Valid after Message, until the next feed.
    QByteArrayView message() const { return m_message; }
    bool isText() const { return m_messageOpcode == Opcode::Text; }
    // Valid after Ping, Pong or Close, until the next feed.
    QByteArrayView controlPayload() const { return m_control; }
    quint16 closeCode() const { return m_closeCode; } // NoStatus for an empty close frame
    QByteArrayView closeReason() const;
    // After Error: the close code to fail with (1002, 1007 or 1009) and a short reason.
    quint16 errorCode() const { return m_errorCode; }
    QByteArrayView errorReason() const { return m_errorReason; }

private:
    enum class State : quint8 { Header, Payload, Failed };
    enum class Step : quint8 { NeedMore, Continue, Event, Error };

    Step readHeaderBytes(const char *data, qsizetype length, qsizetype &pos);
    Step checkFirstBytes();
    Step startPayload();
    Step readPayload(const char *data, qsizetype length, qsizetype &pos);
    Step finishFrame();
    Step finishClose();
    Step fail(quint16 code, const char *reason);

    qint64 m_maxMessageBytes;
    Role m_role;
    State m_state = State::Header;
    FrameStatus m_event = FrameStatus::NeedMore; // the event the last feed stopped at
    quint8 m_header[14] = {};
    int m_headerLength = 0;                 // bytes of m_header received
    int m_headerNeeded = 2;                 // bytes the header has, once its second byte is known
    Opcode m_opcode = Opcode::Continuation; // of the frame being read
    bool m_fin = false;
    quint8 m_mask[4] = {};
    bool m_masked = false;
    qint64 m_payloadLeft = 0;
    qint64 m_payloadRead = 0;
    Opcode m_messageOpcode = Opcode::Continuation; // Text or Binary while a message is open
    bool m_inMessage = false;
    QByteArray m_message;
    QByteArray m_control;
    Utf8Validator m_utf8;
    quint16 m_closeCode = CloseCode::NoStatus;
    quint16 m_errorCode = 0;
    const char *m_errorReason = "";
};

} // namespace yard::realtime
