#include "responsehead.h"

#include "http/httpsyntax.h"

#include <limits>

namespace yard::proxy {

namespace {
bool equalsLower(QByteArrayView text, QByteArrayView lower) {
    return text.compare(lower, Qt::CaseInsensitive) == 0;
}

// Calls `each` with every comma-separated element of a list field, trimmed, empties skipped.
template <typename Each> void forEachElement(QByteArrayView list, Each each) {
    while (!list.isEmpty()) {
        const qsizetype comma = list.indexOf(',');
        const QByteArrayView element = (comma < 0 ? list : list.first(comma)).trimmed();
        if (!element.isEmpty())
            each(element);
        list = comma < 0 ? QByteArrayView() : list.sliced(comma + 1);
    }
}
} // namespace

bool isHopByHopName(QByteArrayView name) {
    static constexpr QByteArrayView names[] = {"connection", "keep-alive",    "proxy-connection",
                                               "te",         "trailer",       "transfer-encoding",
                                               "upgrade",    "content-length"};
    for (QByteArrayView hop : names) {
        if (equalsLower(name, hop))
            return true;
    }
    return false;
}

void ResponseHead::reset() {
    m_buffer.resize(0);
    m_fields.clear();
    m_reason = {};
    m_status = 0;
    m_minorVersion = 1;
    m_contentLength = -1;
    m_chunked = false;
    m_closes = false;
    m_keepAlive10 = false;
    m_error = nullptr;
}

ResponseHead::Result ResponseHead::feed(const char *data, qsizetype length, qsizetype &consumed,
                                        qsizetype maxBytes) {
    consumed = 0;
    // The blank line may straddle two reads: look from a little before the new bytes.
    const qsizetype searchFrom = qMax<qsizetype>(0, m_buffer.size() - 3);
    m_buffer.append(data, length);
    qsizetype end = -1;
    for (qsizetype i = searchFrom; i < m_buffer.size(); ++i) {
        if (m_buffer[i] != '\n')
            continue;
        if (i >= 1 && m_buffer[i - 1] == '\n') {
            end = i + 1;
            break;
        }
        if (i >= 2 && m_buffer[i - 1] == '\r' && m_buffer[i - 2] == '\n') {
            end = i + 1;
            break;
        }
    }
    if (end < 0) {
        consumed = length;
        return m_buffer.size() > maxBytes ? fail("response head too large") : Result::NeedMore;
    }
    if (end > maxBytes)
        return fail("response head too large");
    consumed = length - (m_buffer.size() - end);
    m_buffer.truncate(end);
    return parse();
}

ResponseHead::Result ResponseHead::parse() {
    qsizetype start = 0;
    bool first = true;
    while (start < m_buffer.size()) {
        qsizetype lf = m_buffer.indexOf('\n', start);
        qsizetype lineEnd = lf;
        if (lineEnd > start && m_buffer[lineEnd - 1] == '\r')
            --lineEnd;
        const QByteArrayView line(m_buffer.constData() + start, lineEnd - start);
        if (first) {
            if (!parseStatusLine(line))
                return fail("malformed status line");
            first = false;
        } else if (!line.isEmpty() && !parseField(line, start)) {
            return Result::Error;
        }
        start = lf + 1;
    }
    markConnectionOptions();
    if (m_minorVersion == 0 && !m_keepAlive10)
        m_closes = true;
    return Result::Done;
}

bool ResponseHead::parseStatusLine(QByteArrayView line) {
    if (line.size() < 12 || !line.startsWith("HTTP/1.") || line[8] != ' ')
        return false;
    if (line[7] != '0' && line[7] != '1')
        return false;
    m_minorVersion = line[7] - '0';
    int status = 0;
    for (int i = 9; i < 12; ++i) {
        if (!http::syntax::isDigit(static_cast<unsigned char>(line[i])))
            return false;
        status = status * 10 + (line[i] - '0');
    }
    if (status < 100 || (line.size() > 12 && line[12] != ' '))
        return false;
    m_status = status;
    m_reason = line.size() > 13 ? line.sliced(13) : QByteArrayView();
    return true;
}

bool ResponseHead::parseField(QByteArrayView line, qsizetype offset) {
    if (line.front() == ' ' || line.front() == '\t') {
        fail("obsolete line folding"); // RFC 9112 §5.2: a proxy rejects it
        return false;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0) {
        fail("malformed header field");
        return false;
    }
    for (qsizetype i = 0; i < colon; ++i) {
        if (!http::syntax::kTchar[static_cast<unsigned char>(line[i])]) {
            fail("malformed header field name");
            return false;
        }
    }
    const QByteArrayView rawValue = line.sliced(colon + 1);
    for (char c : rawValue) {
        if (http::syntax::kFieldValue[static_cast<unsigned char>(c)] ==
            http::syntax::kValueInvalid) {
            fail("invalid byte in a header field value");
            return false;
        }
    }
    const QByteArrayView name = line.first(colon);
    const QByteArrayView value = rawValue.trimmed(); // CR, LF refused above: SP, HTAB
    FieldSpans spans;
    spans.name = {offset, colon};
    spans.value = {value.isEmpty() ? offset : qsizetype(value.data() - m_buffer.constData()),
                   value.size()};
    spans.hop = isHopByHopName(name);
    m_fields.append(spans);

    if (equalsLower(name, "content-length")) {
        bool ok = true;
        forEachElement(value, [&](QByteArrayView element) {
            qint64 length = 0;
            for (char c : element) {
                if (!http::syntax::isDigit(static_cast<unsigned char>(c)) ||
                    length > (std::numeric_limits<qint64>::max() - 9) / 10) {
                    ok = false;
                    return;
                }
                length = length * 10 + (c - '0');
            }
            if (m_contentLength >= 0 && m_contentLength != length)
                ok = false;
            m_contentLength = length;
        });
        if (!ok) {
            fail("invalid or conflicting Content-Length");
            return false;
        }
    } else if (equalsLower(name, "transfer-encoding")) {
        m_chunked = false; // only a final "chunked" frames the body (RFC 9112 §6.3)
        forEachElement(value,
                       [&](QByteArrayView coding) { m_chunked = equalsLower(coding, "chunked"); });
        if (!m_chunked)
            m_contentLength = -2; // framed by closing, whatever Content-Length says
    } else if (equalsLower(name, "connection")) {
        forEachElement(value, [&](QByteArrayView option) {
            if (equalsLower(option, "close"))
                m_closes = true;
            else if (equalsLower(option, "keep-alive"))
                m_keepAlive10 = true;
        });
    }
    return true;
}

// The fields a Connection field names are hop-by-hop too (RFC 9110 §7.6.1).
void ResponseHead::markConnectionOptions() {
    for (const FieldSpans &connection : m_fields) {
        if (!equalsLower(view(connection.name), "connection"))
            continue;
        forEachElement(view(connection.value), [&](QByteArrayView option) {
            for (FieldSpans &other : m_fields) {
                if (equalsLower(view(other.name), option))
                    other.hop = true;
            }
        });
    }
}

BodyFraming ResponseHead::framing(QByteArrayView requestMethod) const {
    if (requestMethod == "HEAD" || m_status < 200 || m_status == 204 || m_status == 304)
        return BodyFraming::None;
    if (m_chunked)
        return BodyFraming::Chunked;
    if (m_contentLength >= 0)
        return m_contentLength == 0 ? BodyFraming::None : BodyFraming::Length;
    return BodyFraming::UntilClose;
}

ResponseHead::Field ResponseHead::field(qsizetype index) const {
    return {view(m_fields[index].name), view(m_fields[index].value)};
}

bool ResponseHead::isHopByHop(qsizetype index) const {
    return m_fields[index].hop;
}

ResponseHead::Result ResponseHead::fail(const char *reason) {
    m_error = reason;
    return Result::Error;
}

} // namespace yard::proxy
