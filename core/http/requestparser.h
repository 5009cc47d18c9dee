#pragma once

#include "chunkeddecoder.h"
#include "fieldscanner.h"
#include "httplimits.h"
#include "httprequest.h"

#include <QByteArrayView>

namespace yard::http {

enum class ParseStatus : quint8 {
    NeedMore,     // every byte given was used; feed more
    HeadComplete, // the head is parsed and a body follows; request() is readable
    Complete,     // the whole request is parsed
    Error         // rejected: answer errorStatus() and close the connection
};

struct ParseResult {
    ParseStatus status;
    qsizetype consumed; // bytes of the fed data used by this call
};

// Incremental, strict HTTP/1.1 request parser (RFC 9112). Pure parsing: no sockets, no QObject.
// Bytes may arrive split anywhere; each byte is examined once, and the parser keeps its state
// between feeds. One parser serves one connection: after Complete, reset() and feed the bytes
// that were not consumed (pipelining). Buffers keep their capacity across reset(), so a busy
// connection parses without allocating. Not thread-safe; used by one thread at a time.
class RequestParser final {
public:
    explicit RequestParser(const HttpLimits &limits = {});

    // Consumes up to len bytes and returns how many it used. Stops right after the head when a
    // body follows (HeadComplete, reported once, e.g. to send "100 Continue") and right after a
    // complete request. After Complete or Error, feeding uses nothing until reset().
    ParseResult feed(const char *data, qsizetype len);
    ParseResult feed(QByteArrayView data) { return feed(data.data(), data.size()); }

    // Valid after HeadComplete or Complete, until reset(); the body is whole after Complete.
    const HttpRequest &request() const { return m_request; }
    // 400, 413, 414, 431, 501 or 505 after Error; 0 otherwise.
    int errorStatus() const { return m_error.status; }
    // Short English reason for the log, e.g. "Content-Length with Transfer-Encoding".
    QByteArrayView errorReason() const { return m_error.reason; }
    const HttpLimits &limits() const { return m_limits; }
    // The whole head was read and request() is valid, even after an Error about the body (413).
    bool headParsed() const { return m_headParsed; }

    void reset(); // ready for the next request on the same connection

private:
    enum class State : quint8 {
        LineStart,
        LeadingLF,
        Method,
        Target,
        Version,
        RequestLineLF,
        Fields,
        LengthBody,
        ChunkedBody,
        Complete,
        Error
    };
    enum class HeadStep : quint8 { NeedMore, Done, Error };

    HeadStep parseHead(const char *data, qsizetype len, qsizetype &pos);
    HeadStep requestLine(const char *data, qsizetype len, qsizetype &pos, qsizetype base);
    HeadStep version(quint8 c);
    HeadStep fieldsDone();
    ParseResult body(const char *data, qsizetype len);
    HeadStep fail(int status, const char *reason);
    HeadStep fail(const syntax::ParseError &error) { return fail(error.status, error.reason); }

    HttpLimits m_limits;
    HttpRequest m_request;
    detail::FieldScanner m_fields;
    detail::ChunkedDecoder m_chunked;
    State m_state = State::LineStart;
    int m_emptyLines = 0;
    qsizetype m_queryMark = -1; // head offset of the target's first '?'
    qint64 m_bodyLeft = 0;      // Content-Length bytes still to come
    int m_versionLength = 0;
    bool m_headParsed = false;
    char m_version[8] = {};
    syntax::ParseError m_error;
};

} // namespace yard::http
