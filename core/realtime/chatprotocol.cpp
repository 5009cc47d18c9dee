#include "chatprotocol.h"

#include "roomlimits.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace yard::realtime {

namespace {
ChatCommand invalid(const char *code, const char *message) {
    ChatCommand command;
    command.errorCode = code;
    command.errorMessage = message;
    return command;
}

// A required string field of bounded length; null when absent, not a string, empty or too long.
QString stringField(const QJsonObject &object, QLatin1StringView key, int maxLength) {
    const QJsonValue value = object.value(key);
    if (!value.isString())
        return QString();
    QString text = value.toString();
    return text.isEmpty() || text.size() > maxLength ? QString() : text;
}
} // namespace

ChatCommand ChatProtocol::parse(QByteArrayView json, const RoomLimits &limits) {
    QJsonParseError error;
    // fromRawData: the payload is parsed where it lies, not copied first.
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(json.data(), json.size()), &error);
    if (error.error != QJsonParseError::NoError)
        return invalid("bad-json", "not JSON");
    if (!document.isObject())
        return invalid("bad-request", "expected a JSON object");
    const QJsonObject object = document.object();
    const QString type = object.value(QLatin1StringView("type")).toString();
    ChatCommand command;
    if (type == u"join")
        command.type = ChatCommand::Type::Join;
    else if (type == u"leave")
        command.type = ChatCommand::Type::Leave;
    else if (type == u"message")
        command.type = ChatCommand::Type::Message;
    else
        return invalid("unknown-type", "type must be join, leave or message");

    command.room = stringField(object, QLatin1StringView("room"), limits.maxRoomNameLength);
    if (command.room.isNull())
        return invalid("bad-request", "room must be a non-empty string, not too long");
    if (command.type == ChatCommand::Type::Join) {
        command.user = stringField(object, QLatin1StringView("user"), limits.maxUserNameLength);
        if (command.user.isNull())
            return invalid("bad-request", "user must be a non-empty string, not too long");
    } else if (command.type == ChatCommand::Type::Message) {
        const QJsonValue text = object.value(QLatin1StringView("text"));
        if (!text.isString())
            return invalid("bad-request", "text must be a string");
        command.text = text.toString();
    }
    return command;
}

void ChatProtocol::appendString(QByteArray &out, QByteArrayView utf8) {
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    qsizetype plain = 0; // start of the run of bytes that need no escape
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = quint8(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(utf8.data() + plain, i - plain);
        plain = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default: // other control characters, RFC 8259 §7
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 0xF];
        }
    }
    out.append(utf8.data() + plain, utf8.size() - plain);
    out += '"';
}

void ChatProtocol::appendString(QByteArray &out, QStringView text) {
    // toUtf8 turns a lone surrogate (possible through a "\ud800" escape) into U+FFFD, so what
    // goes out in a text frame is always valid UTF-8 (RFC 6455 §5.6).
    appendString(out, QByteArrayView(text.toUtf8()));
}

QByteArray ChatProtocol::joined(const QString &room, const QStringList &members,
                                const QList<QByteArrayView> &history) {
    QByteArray out = "{\"type\":\"joined\",\"room\":";
    appendString(out, QStringView(room));
    out += ",\"members\":[";
    for (qsizetype i = 0; i < members.size(); ++i) {
        if (i > 0)
            out += ',';
        appendString(out, QStringView(members[i]));
    }
    out += "],\"history\":[";
    for (qsizetype i = 0; i < history.size(); ++i) {
        if (i > 0)
            out += ',';
        out += history[i];
    }
    out += "]}";
    return out;
}

QByteArray ChatProtocol::presence(QByteArrayView type, const QString &room, const QString &user) {
    QByteArray out = "{\"type\":\"";
    out += type;
    out += "\",\"room\":";
    appendString(out, QStringView(room));
    out += ",\"user\":";
    appendString(out, QStringView(user));
    out += '}';
    return out;
}

QByteArray ChatProtocol::messageStart(const QString &room, const QString &user,
                                      const QString &text) {
    QByteArray out;
    out.reserve(64 + 3 * (room.size() + user.size() + text.size()));
    out += "{\"type\":\"message\",\"room\":";
    appendString(out, QStringView(room));
    out += ",\"user\":";
    appendString(out, QStringView(user));
    out += ",\"text\":";
    appendString(out, QStringView(text));
    return out;
}

void ChatProtocol::messageEnd(QByteArray &payload, quint64 id, qint64 timestampMs) {
    payload += ",\"id\":";
    payload += QByteArray::number(id);
    payload += ",\"ts\":";
    payload += QByteArray::number(timestampMs);
    payload += '}';
}

QByteArray ChatProtocol::error(QByteArrayView code, QByteArrayView message) {
    QByteArray out = "{\"type\":\"error\",\"code\":";
    appendString(out, code);
    out += ",\"message\":";
    appendString(out, message);
    out += '}';
    return out;
}

QByteArray ChatProtocol::roomClosed(const QString &room) {
    QByteArray out = "{\"type\":\"room-closed\",\"room\":";
    appendString(out, QStringView(room));
    out += '}';
    return out;
}

} // namespace yard::realtime
