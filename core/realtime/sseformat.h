#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <optional>

namespace yard::realtime {

// The text/event-stream wire format (HTML Living Standard, "Server-sent events", "Interpreting an
// event stream"). Events are encoded once, when published, and the same bytes go to every
// subscriber and into the channel's replay buffer.
namespace SseFormat {

// "id: N\nevent: NAME\ndata: LINE\n" (one data line per line of `data`, split at CR LF, CR or
// LF as a reader would split it) and the blank line that dispatches the event. `name` empty: no
// event line (the reader's default type, "message"). `name` must pass isEventName().
// `id` 0: no id line, for a message to one reader outside its channel's numbering (a reader
// keeps its last event id across an event without one).
QByteArray event(quint64 id, QByteArrayView name, QByteArrayView data);

// A comment line and a blank line: ignored by readers, it keeps proxies and idle timers from
// closing a quiet stream.
QByteArray heartbeat();

// "retry: MS\n\n": how long a reader waits before reconnecting.
QByteArray retry(int ms);

// An event name a reader can receive unchanged: UTF-8 text without CR, LF or NUL, at most 64
// bytes.
bool isEventName(QByteArrayView name);

// The Last-Event-ID request header (or the `lastEventId` query value polyfills send) as one of
// our ids: a decimal number, surrounding spaces allowed. nullopt for anything else.
std::optional<quint64> parseEventId(QByteArrayView text);

} // namespace SseFormat

} // namespace yard::realtime
