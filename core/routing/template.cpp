#include "template.h"

#include "project/templatesyntax.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace yard::routing {

namespace {
using ByteTable = std::array<bool, 256>;

template <typename Classify> constexpr ByteTable makeTable(Classify classify) {
    ByteTable table{};
    for (int c = 0; c < 256; ++c)
        table[static_cast<std::size_t>(c)] = classify(static_cast<unsigned char>(c));
    return table;
}

// RFC 3986 §2.3.
constexpr ByteTable kUnreserved = makeTable([](unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == '~';
});
// ASCII that goes into a JSON string as is; '<' and '/' are plain unless they meet (see below).
constexpr ByteTable kJsonPlain = makeTable([](unsigned char c) {
    return c >= 0x20 && c < 0x80 && c != '"' && c != '\\' && c != '/' && c != '<';
});
constexpr ByteTable kHtmlPlain = makeTable([](unsigned char c) {
    const bool control = c < 0x20 && c != '\t' && c != '\n' && c != '\r';
    return c < 0x80 && !control && c != '&' && c != '<' && c != '>' && c != '"' && c != '\'';
});

constexpr char kHex[] = "0123456789ABCDEF";
constexpr QByteArrayView kReplacement("\xEF\xBF\xBD"); // U+FFFD

// RFC 3629 §4: the length of the well-formed UTF-8 sequence at data[i], 0 when there is none
// (percent-decoding can produce any bytes; a JSON or HTML document must stay valid UTF-8).
qsizetype utf8SequenceLength(QByteArrayView data, qsizetype i) {
    const auto byte = [&](qsizetype k) {
        return static_cast<uchar>(data[k]);
    };
    const uchar c = byte(i);
    qsizetype length = 0;
    uchar low = 0x80;
    uchar high = 0xBF;
    if (c >= 0xC2 && c <= 0xDF)
        length = 2;
    else if (c >= 0xE0 && c <= 0xEF)
        length = 3;
    else if (c >= 0xF0 && c <= 0xF4)
        length = 4;
    if (c == 0xE0)
        low = 0xA0; // overlong
    else if (c == 0xED)
        high = 0x9F; // UTF-16 surrogates
    else if (c == 0xF0)
        low = 0x90; // overlong
    else if (c == 0xF4)
        high = 0x8F; // beyond U+10FFFF
    if (length == 0 || data.size() - i < length || byte(i + 1) < low || byte(i + 1) > high)
        return 0;
    for (qsizetype k = 2; k < length; ++k) {
        if (byte(i + k) < 0x80 || byte(i + k) > 0xBF)
            return 0;
    }
    return length;
}

// Copies `value` to `out`, replacing the bytes `escape` returns a replacement for. Runs of bytes
// kept as they are go out in one append, so a value without special bytes is a single copy.
// `escape(i, consumed, scratch)` returns a null view to keep the `consumed` bytes at i.
template <typename Escape>
void appendEscaped(QByteArrayView value, QByteArray &out, Escape escape) {
    qsizetype kept = 0; // start of the bytes not yet copied
    qsizetype i = 0;
    char scratch[8];
    while (i < value.size()) {
        qsizetype consumed = 1;
        const QByteArrayView replacement = escape(i, consumed, scratch);
        if (!replacement.isNull()) {
            out.append(value.data() + kept, i - kept);
            out.append(replacement);
            kept = i + consumed;
        }
        i += consumed;
    }
    out.append(value.data() + kept, i - kept);
}

// Keeps a well-formed UTF-8 sequence at i, or replaces the byte with U+FFFD.
QByteArrayView keepUtf8(QByteArrayView value, qsizetype i, qsizetype &consumed) {
    consumed = utf8SequenceLength(value, i);
    if (consumed == 0) {
        consumed = 1;
        return kReplacement;
    }
    return {};
}

// RFC 8259 §7, plus two escapes for JSON embedded in a page: "</" becomes "<\/" so a value cannot
// end a <script> element (HTML §4.12.1.3), and U+2028/U+2029 are escaped because JavaScript
// before ES2019 ends a line at them.
void appendJson(QByteArrayView value, QByteArray &out) {
    appendEscaped(value, out, [&](qsizetype i, qsizetype &consumed, char *scratch) {
        const auto c = static_cast<uchar>(value[i]);
        if (kJsonPlain[c])
            return QByteArrayView();
        switch (c) {
        case '"':
            return QByteArrayView("\\\"");
        case '\\':
            return QByteArrayView("\\\\");
        case '\n':
            return QByteArrayView("\\n");
        case '\r':
            return QByteArrayView("\\r");
        case '\t':
            return QByteArrayView("\\t");
        case '/': {
            // The '<' may be the last byte of the literal text before the value.
            const char before = i > 0 ? value[i - 1] : (out.isEmpty() ? '\0' : out.back());
            return before == '<' ? QByteArrayView("\\/") : QByteArrayView();
        }
        case '<': // the '/' may start the literal text after the value
            return i + 1 == value.size() ? QByteArrayView("\\u003c") : QByteArrayView();
        default:
            break;
        }
        if (c < 0x20) {
            std::memcpy(scratch, "\\u00", 4);
            scratch[4] = kHex[c >> 4];
            scratch[5] = kHex[c & 0xF];
            return QByteArrayView(scratch, 6);
        }
        const QByteArrayView invalid = keepUtf8(value, i, consumed);
        if (!invalid.isNull() || consumed != 3 || c != 0xE2 || value[i + 1] != '\x80')
            return invalid;
        if (value[i + 2] == '\xA8')
            return QByteArrayView("\\u2028");
        return value[i + 2] == '\xA9' ? QByteArrayView("\\u2029") : QByteArrayView();
    });
}

// HTML §13.1.2.6 / XML 1.0 §2.4: the five characters that could end text or a quoted attribute.
// C0 controls other than tab, LF and CR are not XML characters (§2.2) and become U+FFFD.
void appendHtml(QByteArrayView value, QByteArray &out) {
    appendEscaped(value, out, [&](qsizetype i, qsizetype &consumed, char *) {
        const auto c = static_cast<uchar>(value[i]);
        if (kHtmlPlain[c])
            return QByteArrayView();
        switch (c) {
        case '&':
            return QByteArrayView("&amp;");
        case '<':
            return QByteArrayView("&lt;");
        case '>':
            return QByteArrayView("&gt;");
        case '"':
            return QByteArrayView("&quot;");
        case '\'':
            return QByteArrayView("&#39;");
        default:
            return c < 0x20 ? kReplacement : keepUtf8(value, i, consumed);
        }
    });
}

// RFC 3986 §2.1, with uppercase hex digits as it recommends.
void appendUrlComponent(QByteArrayView value, QByteArray &out) {
    appendEscaped(value, out, [&](qsizetype i, qsizetype &, char *scratch) {
        const auto c = static_cast<uchar>(value[i]);
        if (kUnreserved[c])
            return QByteArrayView();
        scratch[0] = '%';
        scratch[1] = kHex[c >> 4];
        scratch[2] = kHex[c & 0xF];
        return QByteArrayView(scratch, 3);
    });
}

void appendValue(QByteArrayView value, TemplateEscaping escaping, QByteArray &out) {
    switch (escaping) {
    case TemplateEscaping::None:
        out.append(value);
        return;
    case TemplateEscaping::Json:
        appendJson(value, out);
        return;
    case TemplateEscaping::Html:
        appendHtml(value, out);
        return;
    case TemplateEscaping::UrlComponent:
        appendUrlComponent(value, out);
        return;
    }
}

bool endsWithIgnoreCase(QByteArrayView text, QByteArrayView suffix) {
    return text.size() >= suffix.size() &&
           text.last(suffix.size()).compare(suffix, Qt::CaseInsensitive) == 0;
}

bool equalsIgnoreCase(QByteArrayView a, QByteArrayView b) {
    return a.compare(b, Qt::CaseInsensitive) == 0;
}
} // namespace

TemplateEscaping escapingForContentType(QByteArrayView contentType) {
    const qsizetype semicolon = contentType.indexOf(';');
    const QByteArrayView type =
        (semicolon < 0 ? contentType : contentType.first(semicolon)).trimmed();
    if (equalsIgnoreCase(type, "application/json") || endsWithIgnoreCase(type, "+json"))
        return TemplateEscaping::Json;
    if (equalsIgnoreCase(type, "text/html") || equalsIgnoreCase(type, "text/xml") ||
        equalsIgnoreCase(type, "application/xml") || endsWithIgnoreCase(type, "+xml"))
        return TemplateEscaping::Html;
    return TemplateEscaping::None;
}

Template Template::compile(const QByteArray &utf8Text) {
    using project::TemplatePiece;
    static constexpr struct {
        QStringView prefix;
        Source source;
    } kPrefixes[] = {{u"params.", Source::Param},
                     {u"query.", Source::Query},
                     {u"header.", Source::Header},
                     {u"body.", Source::Body}};
    Template result;
    const auto add = [&](Source source, const QString &text) {
        const QByteArray bytes = text.toUtf8();
        const bool joinLiteral = source == Source::Literal && !result.m_parts.empty() &&
                                 result.m_parts.back().source == Source::Literal;
        if (joinLiteral)
            result.m_parts.back().length += bytes.size();
        else
            result.m_parts.push_back({source, result.m_text.size(), bytes.size()});
        result.m_text.append(bytes);
    };
    for (const TemplatePiece &piece : project::splitTemplate(QString::fromUtf8(utf8Text))) {
        if (piece.kind != TemplatePiece::Kind::Value) {
            add(Source::Literal, piece.text);
        } else if (piece.text == u"session.user") {
            add(Source::SessionUser, QString());
        } else {
            for (const auto &[prefix, source] : kPrefixes) {
                if (piece.text.startsWith(prefix)) {
                    add(source, piece.text.sliced(prefix.size()));
                    break;
                }
            }
        }
    }
    return result;
}

bool Template::isConstant() const {
    return std::all_of(m_parts.begin(), m_parts.end(),
                       [](const Part &part) { return part.source == Source::Literal; });
}

void Template::render(const TemplateValues &values, TemplateEscaping escaping,
                      QByteArray &out) const {
    for (const Part &part : m_parts) {
        const QByteArrayView text(m_text.constData() + part.offset, part.length);
        QByteArrayView value;
        switch (part.source) {
        case Source::Literal:
            out.append(text);
            continue;
        case Source::Param:
            value = values.param(text);
            break;
        case Source::Query:
            value = values.query(text);
            break;
        case Source::Header:
            value = values.header(text);
            break;
        case Source::Body:
            value = values.bodyField(text);
            break;
        case Source::SessionUser:
            value = values.sessionUser();
            break;
        }
        appendValue(value, escaping, out);
    }
}

} // namespace yard::routing
