#pragma once

#include "frameparser.h"

#include <QByteArray>
#include <QByteArrayView>

namespace yard::realtime {

// Encodes WebSocket frames (RFC 6455 §5.2). A server's frames are unmasked (§5.1), so one
// encoded broadcast is byte for byte what every member receives: encode once, share the
// QByteArray. The masked variant is what a client sends; tests use it to speak to the server.
class FrameWriter final {
public:
    // One unfragmented server frame.
    static QByteArray frame(Opcode opcode, QByteArrayView payload);
    static void append(QByteArray &out, Opcode opcode, QByteArrayView payload);
    // §5.5.1: the code in network byte order, then the reason (at most 123 bytes); code 0 or
    // NoStatus: an empty close frame.
    static QByteArray closeFrame(quint16 code, QByteArrayView reason = {});
    // A client frame, masked with `mask`; `fin` false makes a fragment, `firstByteExtra` is ORed
    // into the first byte (RSV bits, for tests of what a server must refuse).
    static QByteArray clientFrame(Opcode opcode, QByteArrayView payload, bool fin = true,
                                  quint32 mask = 0x37fa213d, quint8 firstByteExtra = 0);
    // Bytes of the header of a frame with `payloadLength` bytes, unmasked.
    static int headerLength(qint64 payloadLength);
    // The payload of one unmasked frame made by frame() (for the request log's preview).
    static QByteArrayView payloadOf(const QByteArray &frame);

private:
    static void appendHeader(QByteArray &out, quint8 first, qint64 length, bool masked);
};

} // namespace yard::realtime
