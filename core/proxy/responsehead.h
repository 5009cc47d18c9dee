#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QVarLengthArray>

namespace yard::proxy {

// How an upstream response's body ends (RFC 9112 §6.3).
enum class BodyFraming : quint8 { None, Length, Chunked, UntilClose };

// The head of an upstream's response, parsed strictly: a proxy passes on only what it
// understood. Fields are kept as received, in order, apart from the framing ones it rewrites.
class ResponseHead final {
public:
    enum class Result : quint8 { NeedMore, Done, Error };

    // Appends bytes until the blank line that ends the head; `consumed` says how many of `data`
    // belong to the head (the rest is body). Heads beyond `maxBytes` are an error.
    Result feed(const char *data, qsizetype length, qsizetype &consumed,
                qsizetype maxBytes = 64 * 1024);
    void reset();

    int status() const { return m_status; }
    int minorVersion() const { return m_minorVersion; }
    QByteArrayView reason() const { return m_reason; }
    const char *error() const { return m_error; }
    // For a response to `requestMethod` (HEAD has no body whatever the fields say).
    BodyFraming framing(QByteArrayView requestMethod) const;
    qint64 contentLength() const { return m_contentLength; }
    // "Connection: close", or HTTP/1.0 without keep-alive: the upstream closes after this one.
    bool closes() const { return m_closes; }

    struct Field {
        QByteArrayView name;
        QByteArrayView value;
    };
    qsizetype fieldCount() const { return m_fields.size(); }
    Field field(qsizetype index) const;
    // Hop-by-hop (RFC 9110 §7.6.1): the framing fields, the ones `Connection` names, and the
    // classic list; never passed on.
    bool isHopByHop(qsizetype index) const;

private:
    struct Span {
        qsizetype offset = 0;
        qsizetype length = 0;
    };
    struct FieldSpans {
        Span name;
        Span value;
        bool hop = false;
    };
    Result parse();
    bool parseStatusLine(QByteArrayView line);
    bool parseField(QByteArrayView line, qsizetype offset);
    void markConnectionOptions();
    QByteArrayView view(Span span) const {
        return {m_buffer.constData() + span.offset, span.length};
    }
    Result fail(const char *reason);

    QByteArray m_buffer;
    QVarLengthArray<FieldSpans, 24> m_fields;
    QByteArrayView m_reason;
    int m_status = 0;
    int m_minorVersion = 1;
    qint64 m_contentLength = -1;
    bool m_chunked = false;
    bool m_closes = false;
    bool m_keepAlive10 = false;
    const char *m_error = nullptr;
};

// RFC 9110 §7.6.1 and the fields a proxy always regenerates, by lower-case name.
bool isHopByHopName(QByteArrayView name);

} // namespace yard::proxy
