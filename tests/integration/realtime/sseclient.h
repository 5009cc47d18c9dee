#pragma once

#include "rawhttpclient.h"

#include <QByteArray>
#include <QList>

namespace yard::test {

// An event-stream reader on a raw socket: sends the GET, keeps the response head, and parses the
// body into events the way the HTML standard's EventSource does (fields, data lines joined with
// LF, comments kept apart so that tests can see heartbeats).
class SseClient final {
public:
    struct Event {
        QByteArray id;
        QByteArray name;
        QByteArray data;
        QByteArray comment; // a comment block (": …") instead of an event
        QByteArray retry;
    };

    SseClient(quint16 port, const QByteArray &path, QByteArrayView extraHeaders = {});

    RawHttpClient &raw() { return m_client; }
    // The response head, once it has arrived (empty after a timeout).
    const RawHttpClient::Response &head() const { return m_head; }
    // The next block up to a blank line; an empty Event with no fields after the timeout.
    Event next(int timeoutMs = 5000);
    // The next block that is an event (comments and retry lines skipped).
    Event nextEvent(int timeoutMs = 5000);
    // True when nothing at all arrives within `ms`.
    bool silentFor(int ms);

private:
    RawHttpClient m_client;
    RawHttpClient::Response m_head;
};

} // namespace yard::test
