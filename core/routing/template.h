#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <vector>

namespace yard::routing {

// Where a template's values come from. Returned views hold decoded UTF-8 (percent-decoding for
// params and query, "+" as a space in the query) and stay valid until the next call on the same
// object or its destruction, so implementations may decode into a scratch buffer. A missing
// value is an empty view.
class TemplateValues {
public:
    virtual ~TemplateValues() = default;

    virtual QByteArrayView param(QByteArrayView name) const = 0;
    virtual QByteArrayView query(QByteArrayView name) const = 0;
    virtual QByteArrayView header(QByteArrayView name) const = 0; // ASCII case-insensitive
    // "user.name", "items.0": object keys and array indices separated by dots.
    virtual QByteArrayView bodyField(QByteArrayView dottedPath) const = 0;
    virtual QByteArrayView sessionUser() const = 0;
};

// How values are escaped for the text around them; literal text is never touched.
enum class TemplateEscaping : quint8 {
    None,        // copied as is
    Json,        // inside a JSON string literal (RFC 8259 §7)
    Html,        // HTML or XML text or a quoted attribute value
    UrlComponent // one component of a URL: all but RFC 3986 §2.3 unreserved is percent-encoded
};

// Json for application/json and any "+json" type (RFC 6839 §3.1), Html for text/html, XHTML and
// XML types, None otherwise. Parameters (";charset=…") and case are ignored.
TemplateEscaping escapingForContentType(QByteArrayView contentType);

// A respond body or redirect target (CONTRACT.md, "Templates"), parsed once when the route table
// is built and rendered for each request. Immutable after compile(): workers share it freely.
class Template final {
public:
    // `utf8Text` has passed project::templateProblem; anything it would reject renders as
    // literal text (an unclosed "{{") or as a missing value (an unknown name).
    static Template compile(const QByteArray &utf8Text);

    bool isConstant() const; // no placeholders: render() always appends the same bytes

    // Appends to `out` without allocating when `out`'s capacity suffices.
    void render(const TemplateValues &values, TemplateEscaping escaping, QByteArray &out) const;

private:
    enum class Source : quint8 { Literal, Param, Query, Header, Body, SessionUser };
    struct Part {
        Source source;
        qsizetype offset; // into m_text: the literal, or the value's name ("id", "user.name")
        qsizetype length;
    };

    QByteArray m_text;
    std::vector<Part> m_parts;
};

} // namespace yard::routing
