#include "headinterpreter.h"

#include <limits>

namespace yard::http::detail {

using namespace syntax;

namespace {

bool isAuthority(QByteArrayView bytes) {
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (!kAuthority[byteAt(bytes.data(), i)])
            return false;
    }
    return true;
}

QByteArrayView trimmed(QByteArrayView bytes) {
    while (!bytes.isEmpty() && (bytes.front() == ' ' || bytes.front() == '\t'))
        bytes = bytes.sliced(1);
    while (!bytes.isEmpty() && (bytes.back() == ' ' || bytes.back() == '\t'))
        bytes.chop(1);
    return bytes;
}

// Calls `element` for each non-empty element of a comma-separated list (RFC 9110 §5.6.1, which
// has recipients skip empty elements).
template <typename Element> void forEachElement(QByteArrayView list, Element element) {
    while (!list.isEmpty()) {
        const qsizetype comma = list.indexOf(',');
        const QByteArrayView item = trimmed(comma < 0 ? list : list.first(comma));
        if (!item.isEmpty())
            element(item);
        list = comma < 0 ? QByteArrayView() : list.sliced(comma + 1);
    }
}

// Content-Length = 1*DIGIT (RFC 9110 §8.6); -1 when invalid or past qint64.
qint64 parseContentLength(QByteArrayView value) {
    if (value.isEmpty())
        return -1;
    qint64 result = 0;
    for (const char c : value) {
        if (!isDigit(static_cast<unsigned char>(c)))
            return -1;
        if (result > (std::numeric_limits<qint64>::max() - 9) / 10)
            return -1;
        result = result * 10 + (c - '0');
    }
    return result;
}

// What the header fields say, gathered in one pass over them.
struct FieldSummary {
    int hostCount = 0;
    int contentLengthCount = 0;
    qint64 contentLength = -1;
    bool badHost = false;
    bool transferEncoding = false;
    bool chunkedLast = false;
    int chunkedCount = 0;
    bool otherCoding = false;
    bool close = false;
    bool keepAlive = false;
    bool connectionUpgrade = false;
    bool expectContinue = false;
    QByteArrayView upgrade;
};

void summarize(FieldSummary &s, QByteArrayView name, QByteArrayView value) {
    switch (name.size()) {
    case 4:
        if (equalsIgnoreCase(name, "host")) { // RFC 9112 §3.2, RFC 9110 §7.2
            ++s.hostCount;
            s.badHost = s.badHost || !isAuthority(value);
        }
        break;
    case 6:
        if (equalsIgnoreCase(name, "expect")) { // RFC 9110 §10.1.1
            forEachElement(value, [&s](QByteArrayView item) {
                s.expectContinue = s.expectContinue || equalsIgnoreCase(item, "100-continue");
            });
        }
        break;
    case 7:
        if (equalsIgnoreCase(name, "upgrade") && s.upgrade.isNull())
            s.upgrade = value;
        break;
    case 10:
        if (equalsIgnoreCase(name, "connection")) { // RFC 9110 §7.6.1
            forEachElement(value, [&s](QByteArrayView item) {
                s.close = s.close || equalsIgnoreCase(item, "close");
                s.keepAlive = s.keepAlive || equalsIgnoreCase(item, "keep-alive");
                s.connectionUpgrade = s.connectionUpgrade || equalsIgnoreCase(item, "upgrade");
            });
        }
        break;
    case 14:
        if (equalsIgnoreCase(name, "content-length")) {
            ++s.contentLengthCount;
            s.contentLength = parseContentLength(value);
        }
        break;
    case 17:
        if (equalsIgnoreCase(name, "transfer-encoding")) { // RFC 9112 §6.1
            s.transferEncoding = true;
            forEachElement(value, [&s](QByteArrayView item) {
                s.chunkedLast = equalsIgnoreCase(item, "chunked");
                s.chunkedCount += s.chunkedLast ? 1 : 0;
                s.otherCoding = s.otherCoding || !s.chunkedLast;
            });
        }
        break;
    default:
        break;
    }
}

// Message body length, RFC 9112 §6.1-6.3. A request whose framing is ambiguous is rejected and
// the connection closed: that is the defence against request smuggling.
ParseError checkFraming(const FieldSummary &s, const HttpRequest &request) {
    if (s.contentLengthCount > 1) // even with equal values: be strict (RFC 9112 §6.3 item 5)
        return {kBadRequest, "duplicate Content-Length"};
    if (s.contentLengthCount == 1 && s.contentLength < 0)
        return {kBadRequest, "invalid Content-Length"};
    if (!s.transferEncoding)
        return {};
    if (s.contentLengthCount > 0) // RFC 9112 §6.3 item 3
        return {kBadRequest, "Content-Length with Transfer-Encoding"};
    if (request.minorVersion() == 0) // RFC 9112 §6.1: framing faulty in HTTP/1.0
        return {kBadRequest, "Transfer-Encoding in an HTTP/1.0 request"};
    if (!s.chunkedLast || s.chunkedCount > 1) // RFC 9112 §6.3 item 4 (MUST answer 400)
        return {kBadRequest, "chunked is not the final transfer coding, or is repeated"};
    if (s.otherCoding) // RFC 9112 §6.1: a coding we do not understand
        return {kNotImplemented, "unsupported transfer coding"};
    return {};
}

} // namespace

// RFC 9112 §3.2: origin-form for most requests, absolute-form from proxies' clients,
// authority-form only for CONNECT, asterisk-form only for OPTIONS.
ParseError HeadInterpreter::finishRequestLine(HttpRequest &request, qsizetype queryMark) {
    const QByteArrayView method = request.method();
    const QByteArrayView target = request.target();
    const bool connect = method == QByteArrayView("CONNECT");
    if (target.front() == '/' && !connect) {
        request.m_targetForm = TargetForm::Origin;
        if (queryMark < 0) {
            request.m_path = request.m_target;
        } else {
            request.m_path = {request.m_target.offset, queryMark - request.m_target.offset};
            request.m_query = {queryMark + 1,
                               request.m_target.offset + target.size() - queryMark - 1};
        }
        return {};
    }
    if (target == QByteArrayView("*")) {
        request.m_targetForm = TargetForm::Asterisk;
        if (method != QByteArrayView("OPTIONS"))
            return {kBadRequest, "asterisk-form target outside OPTIONS"};
        return {};
    }
    if (connect) { // authority-form = uri-host ":" port (RFC 9112 §3.2.3)
        request.m_targetForm = TargetForm::Authority;
        const qsizetype colon = target.lastIndexOf(':');
        const QByteArrayView port = colon < 0 ? QByteArrayView() : target.sliced(colon + 1);
        if (colon <= 0 || parseContentLength(port) < 0 || port.size() > 5 || !isAuthority(target))
            return {kBadRequest, "CONNECT needs an authority-form target"};
        request.m_authority = request.m_target;
        return {};
    }
    return absoluteForm(request, queryMark);
}

// absolute-form (RFC 9112 §3.2.2): scheme "://" authority path-abempty [ "?" query ].
ParseError HeadInterpreter::absoluteForm(HttpRequest &request, qsizetype queryMark) {
    const QByteArrayView target = request.target();
    qsizetype i = 0;
    while (i < target.size() && (isAlpha(byteAt(target.data(), i)) ||
                                 (i > 0 && isOneOf(byteAt(target.data(), i), "0123456789+-."))))
        ++i;
    if (i == 0 || !target.sliced(i).startsWith("://"))
        return {kBadRequest, "invalid request-target"};
    const qsizetype authorityStart = i + 3;
    const qsizetype hierEnd = queryMark < 0 ? target.size() : queryMark - request.m_target.offset;
    qsizetype slash = target.first(hierEnd).sliced(authorityStart).indexOf('/');
    const qsizetype authorityEnd = slash < 0 ? hierEnd : authorityStart + slash;
    const QByteArrayView authority = target.sliced(authorityStart, authorityEnd - authorityStart);
    if (authority.isEmpty() || !isAuthority(authority)) // RFC 9110 §4.2.1, §4.2.4
        return {kBadRequest, "invalid authority in request-target"};
    request.m_targetForm = TargetForm::Absolute;
    const qsizetype base = request.m_target.offset;
    request.m_authority = {base + authorityStart, authority.size()};
    request.m_path = {base + authorityEnd, hierEnd - authorityEnd};
    request.m_rootPath = request.m_path.length == 0;
    if (queryMark >= 0)
        request.m_query = {queryMark + 1, base + target.size() - queryMark - 1};
    return {};
}

ParseError HeadInterpreter::finishHeaders(HttpRequest &request, const HttpLimits &limits) {
    FieldSummary s;
    for (const FieldSpan &field : request.m_fields) {
        summarize(s, request.view({field.nameOffset, field.nameLength}),
                  request.view({field.valueOffset, field.valueLength}));
    }
    const bool http11 = request.m_minorVersion == 1;
    if (s.hostCount > 1 || (http11 && s.hostCount == 0) || s.badHost) // RFC 9112 §3.2
        return {kBadRequest, "missing, repeated or invalid Host"};
    if (const ParseError framing = checkFraming(s, request); framing.status != 0)
        return framing;
    request.m_chunked = s.transferEncoding;
    request.m_contentLength = s.transferEncoding ? -1 : s.contentLength;
    request.m_keepAlive = http11 ? !s.close : (s.keepAlive && !s.close);
    request.m_expectContinue = http11 && s.expectContinue;
    if (http11 && s.connectionUpgrade && !s.upgrade.isNull()) {
        request.m_upgrade = {s.upgrade.data() - request.m_head.constData(), s.upgrade.size()};
    }
    // Last, with the request complete: a route that streams bodies (a proxy) may still take it.
    if (request.m_contentLength > limits.maxBodySize)
        return {kContentTooLarge, "Content-Length above the body limit"};
    return {};
}

} // namespace yard::http::detail
