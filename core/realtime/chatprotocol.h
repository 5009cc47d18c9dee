#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace yard::realtime {

struct RoomLimits;

// One client request of the chat protocol (CONTRACT.md, "WebSocket chat rooms").
struct ChatCommand {
    enum class Type : quint8 { Join, Leave, Message, Invalid };
    Type type = Type::Invalid;
    QString room;
    QString user; // join
    QString text; // message
    // Invalid: the error frame's code ("bad-json", "bad-request", "unknown-type") and message.
    QByteArray errorCode;
    QByteArray errorMessage;
};

// The chat protocol's JSON, both ways. Pure. Server payloads are written by hand, not through
// QJsonDocument: the key order is fixed ("type" first, as the peer servers write it) and a
// message costs one pass over its text.
class ChatProtocol final {
public:
    static ChatCommand parse(QByteArrayView json, const RoomLimits &limits);

    // {"type":"joined","room":R,"members":[...],"history":[...]}; `history` holds message
    // payloads as message() wrote them.
    static QByteArray joined(const QString &room, const QStringList &members,
                             const QList<QByteArrayView> &history);
    // {"type":"user-joined"|"user-left","room":R,"user":U}
    static QByteArray presence(QByteArrayView type, const QString &room, const QString &user);
    // {"type":"message","room":R,"user":U,"text":T, up to here; messageEnd() adds the id and
    // timestamp, which are only known under the hub's lock.
    static QByteArray messageStart(const QString &room, const QString &user, const QString &text);
    static void messageEnd(QByteArray &payload, quint64 id, qint64 timestampMs);
    // {"type":"error","code":C,"message":M}
    static QByteArray error(QByteArrayView code, QByteArrayView message);
    // {"type":"room-closed","room":R}: an administrator closed the room; the client is no longer
    // a member of it (it may join again, which opens a new room).
    static QByteArray roomClosed(const QString &room);

    // Appends `text` as a JSON string (RFC 8259 §7), in UTF-8.
    static void appendString(QByteArray &out, QStringView text);
    static void appendString(QByteArray &out, QByteArrayView utf8);
};

} // namespace yard::realtime
