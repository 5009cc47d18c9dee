#include "sseformat.h"

namespace yard::realtime::SseFormat {

namespace {
constexpr qsizetype MaxEventName = 64;
}

QByteArray event(quint64 id, QByteArrayView name, QByteArrayView data) {
    QByteArray out;
    out.reserve(data.size() + name.size() + 40);
    if (id != 0) {
        out += "id: ";
        out += QByteArray::number(id);
        out += '\n';
    }
    if (!name.isEmpty()) {
        out += "event: ";
        out += name;
        out += '\n';
    }
    // Each line of the data becomes a data field; the reader joins them with LF again. A reader
    // strips one space after the colon, so data with leading spaces keeps them.
    qsizetype start = 0;
    for (qsizetype i = 0; i <= data.size(); ++i) {
        if (i < data.size() && data[i] != '\n' && data[i] != '\r')
            continue;
        out += "data: ";
        out += data.sliced(start, i - start);
        out += '\n';
        if (i + 1 < data.size() && data[i] == '\r' && data[i + 1] == '\n')
            ++i;
        start = i + 1;
    }
    out += '\n';
    return out;
}

QByteArray heartbeat() {
    return QByteArrayLiteral(": keep-alive\n\n");
}

QByteArray retry(int ms) {
    QByteArray out("retry: ");
    out += QByteArray::number(ms);
    out += "\n\n";
    return out;
}

bool isEventName(QByteArrayView name) {
    if (name.size() > MaxEventName || !name.isValidUtf8())
        return false;
    for (const char c : name) {
        if (c == '\n' || c == '\r' || c == '\0')
            return false;
    }
    return true;
}

std::optional<quint64> parseEventId(QByteArrayView text) {
    text = text.trimmed();
    if (text.isEmpty() || text.size() > 20)
        return std::nullopt;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
    }
    bool ok = false;
    const quint64 id = text.toULongLong(&ok);
    return ok ? std::optional<quint64>(id) : std::nullopt;
}

} // namespace yard::realtime::SseFormat
