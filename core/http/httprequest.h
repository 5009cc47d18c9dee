#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <vector>

namespace yard::http {

class RequestParser;

namespace detail {
class HeadInterpreter;
}

// Where a field line sits in the head buffer. Offsets, not pointers: the buffer may grow while
// the head arrives, and a copied request stays valid.
struct FieldSpan {
    qsizetype nameOffset = 0;
    qsizetype nameLength = 0;
    qsizetype valueOffset = 0;
    qsizetype valueLength = 0; // OWS around the value already trimmed (RFC 9112 §5)
};

struct HttpHeaderField {
    QByteArrayView name; // as received (case preserved)
    QByteArrayView value;
};

// RFC 9112 §3.2.
enum class TargetForm : quint8 { Origin, Absolute, Authority, Asterisk };

// One parsed request, filled by RequestParser. All views point into the request's own buffers;
// they stay valid while the request is neither modified (by its parser) nor destroyed. A copy is
// self-contained (it shares the buffers implicitly).
class HttpRequest final {
public:
    class HeaderIterator final {
    public:
        HeaderIterator(const HttpRequest *request, qsizetype index)
            : m_request(request)
            , m_index(index) {}
        HttpHeaderField operator*() const { return m_request->headerAt(m_index); }
        HeaderIterator &operator++() {
            ++m_index;
            return *this;
        }
        bool operator==(const HeaderIterator &other) const = default;

    private:
        const HttpRequest *m_request;
        qsizetype m_index;
    };
    struct HeaderRange {
        HeaderIterator b;
        HeaderIterator e;
        HeaderIterator begin() const { return b; }
        HeaderIterator end() const { return e; }
    };

    QByteArrayView method() const { return view(m_method); }
    QByteArrayView target() const { return view(m_target); } // as received
    TargetForm targetForm() const { return m_targetForm; }
    // The target's path, still percent-encoded, without the query: "/" for an absolute-form
    // target without one, empty for the authority (CONNECT) and asterisk (OPTIONS *) forms.
    QByteArrayView path() const;
    QByteArrayView query() const { return view(m_query); } // after '?', empty without one
    // The authority of an absolute-form or authority-form target; empty otherwise (then the
    // Host field names the authority, RFC 9112 §3.3).
    QByteArrayView authority() const { return view(m_authority); }
    int minorVersion() const { return m_minorVersion; } // HTTP/1.<minor>: 0 or 1

    qsizetype headerCount() const { return qsizetype(m_fields.size()); }
    HttpHeaderField headerAt(qsizetype index) const;
    HeaderRange headers() const { return {{this, 0}, {this, headerCount()}}; }
    // First value of the field `name` (ASCII case-insensitive); a null view when absent.
    QByteArrayView header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const { return !header(name).isNull(); }

    // Content after transfer decoding (RFC 9112 §6-7); chunked trailers are not kept.
    const QByteArray &body() const { return m_body; }
    qint64 contentLength() const { return m_contentLength; } // -1 without Content-Length
    bool isChunked() const { return m_chunked; }
    bool hasBody() const { return m_chunked || m_contentLength > 0; }

    // RFC 9112 §9.3: HTTP/1.1 persists unless "Connection: close"; HTTP/1.0 only with
    // "Connection: keep-alive".
    bool keepAlive() const { return m_keepAlive; }
    // "Expect: 100-continue" in an HTTP/1.1 request (ignored in HTTP/1.0, RFC 9110 §10.1.1).
    bool expectContinue() const { return m_expectContinue; }
    // The Upgrade field's value when Connection lists "upgrade" in an HTTP/1.1 request (RFC 9110
    // §7.8); empty otherwise.
    QByteArrayView upgrade() const { return view(m_upgrade); }

private:
    friend class RequestParser;
    friend class detail::HeadInterpreter;

    struct Span {
        qsizetype offset = 0;
        qsizetype length = 0;
    };
    QByteArrayView view(Span span) const { return {m_head.constData() + span.offset, span.length}; }
    void clear();

    QByteArray m_head; // request line and header section as received, minus leading CRLFs
    QByteArray m_body;
    std::vector<FieldSpan> m_fields;
    Span m_method;
    Span m_target;
    Span m_path;
    Span m_query;
    Span m_authority;
    Span m_upgrade;
    qint64 m_contentLength = -1;
    TargetForm m_targetForm = TargetForm::Origin;
    quint8 m_minorVersion = 1;
    bool m_rootPath = false; // absolute-form without a path: path() is "/" (RFC 9112 §3.2.2)
    bool m_chunked = false;
    bool m_keepAlive = false;
    bool m_expectContinue = false;
};

} // namespace yard::http
