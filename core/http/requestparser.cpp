#include "requestparser.h"

#include "headinterpreter.h"

#include <algorithm>

namespace yard::http {

using namespace syntax;

namespace {

// Initial capacities, kept across reset(): most heads fit, most requests have few fields.
constexpr qsizetype kHeadReserve = 2048;   // bytes
constexpr int kFieldReserve = 32;          // field lines
constexpr qint64 kBodyReserve = 64 * 1024; // bytes reserved up front for a Content-Length body

} // namespace

RequestParser::RequestParser(const HttpLimits &limits)
    : m_limits(limits) {
    m_request.m_head.reserve(kHeadReserve);
    m_request.m_fields.reserve(std::size_t(std::min(limits.maxHeaderCount, kFieldReserve)));
}

void RequestParser::reset() {
    m_request.clear();
    m_state = State::LineStart;
    m_emptyLines = 0;
    m_queryMark = -1;
    m_bodyLeft = 0;
    m_versionLength = 0;
    m_headParsed = false;
    m_error = {};
}

ParseResult RequestParser::feed(const char *data, qsizetype len) {
    if (m_state >= State::LengthBody)
        return body(data, len);
    qsizetype pos = 0;
    switch (parseHead(data, len, pos)) {
    case HeadStep::NeedMore:
        return {ParseStatus::NeedMore, pos};
    case HeadStep::Error:
        return {ParseStatus::Error, pos};
    case HeadStep::Done:
        break;
    }
    return {m_state == State::Complete ? ParseStatus::Complete : ParseStatus::HeadComplete, pos};
}

// Head bytes are copied into the request's head buffer once per feed (and once more at the end
// of the request line, so the target can be checked there); spans are offsets into that buffer:
// the byte data[i] lands at offset `head size - copyFrom + i`.
RequestParser::HeadStep RequestParser::parseHead(const char *data, qsizetype len, qsizetype &pos) {
    // RFC 9112 §2.2: ignore (a bounded number of) empty lines before the request line.
    while (pos < len && (m_state == State::LineStart || m_state == State::LeadingLF)) {
        const char c = data[pos];
        if (m_state == State::LeadingLF) {
            if (c != '\n')
                return fail(kBadRequest, "bare CR");
            m_state = State::LineStart;
        } else if (c != '\r') {
            break;
        } else if (++m_emptyLines > kMaxLeadingEmptyLines) {
            return fail(kBadRequest, "too many empty lines before the request line");
        } else {
            m_state = State::LeadingLF;
        }
        ++pos;
    }
    QByteArray &head = m_request.m_head;
    qsizetype copyFrom = pos;
    if (m_state < State::Fields) {
        const HeadStep step = requestLine(data, len, pos, head.size() - copyFrom);
        if (step == HeadStep::Error)
            return step;
        head.append(data + copyFrom, pos - copyFrom);
        copyFrom = pos;
        if (step == HeadStep::NeedMore)
            return step;
        if (const ParseError error =
                detail::HeadInterpreter::finishRequestLine(m_request, m_queryMark);
            error.status != 0)
            return fail(error);
        m_fields.start(m_limits.maxHeaderBlockSize, m_limits.maxHeaderCount, kFieldsTooLarge);
        m_state = State::Fields;
    }
    const auto result = m_fields.scan(data, len, pos, head.size() - copyFrom, &m_request.m_fields);
    if (result == detail::FieldScanner::Result::Error)
        return fail(m_fields.error());
    head.append(data + copyFrom, pos - copyFrom);
    if (result == detail::FieldScanner::Result::NeedMore)
        return HeadStep::NeedMore;
    return fieldsDone();
}

// request-line = method SP request-target SP HTTP-version CRLF   (RFC 9112 §3), single spaces.
RequestParser::HeadStep RequestParser::requestLine(const char *data, qsizetype len, qsizetype &pos,
                                                   qsizetype base) {
    HttpRequest &r = m_request;
    while (pos < len) {
        switch (m_state) {
        case State::LineStart: {
            const quint8 c = byteAt(data, pos);
            if (!kTchar[c])
                return fail(kBadRequest, c == '\n' ? "bare LF" : "invalid request line");
            r.m_method.offset = base + pos;
            m_state = State::Method;
            ++pos;
            break;
        }
        case State::Method: {
            const qsizetype budget = kMaxMethodLength - (base + pos - r.m_method.offset);
            const qsizetype end = pos + std::min(len - pos, budget);
            while (pos < end && kTchar[byteAt(data, pos)])
                ++pos;
            if (pos == len)
                return HeadStep::NeedMore;
            const quint8 c = byteAt(data, pos);
            if (c != ' ') {
                return kTchar[c] ? fail(kNotImplemented, "method too long")
                                 : fail(kBadRequest, "invalid character in method");
            }
            r.m_method.length = base + pos - r.m_method.offset;
            r.m_target.offset = base + ++pos;
            m_queryMark = -1;
            m_state = State::Target;
            break;
        }
        case State::Target: {
            const qsizetype budget = m_limits.maxTargetLength - (base + pos - r.m_target.offset);
            const qsizetype end = pos + std::min(len - pos, budget);
            for (quint8 k; pos < end && (k = kTarget[byteAt(data, pos)]) != kTargetInvalid; ++pos) {
                if (k == kTargetQuery && m_queryMark < 0)
                    m_queryMark = base + pos;
            }
            if (pos == len)
                return HeadStep::NeedMore;
            const quint8 c = byteAt(data, pos);
            if (c != ' ') { // RFC 9112 §3.2: a target longer than we accept gets 414
                return kTarget[c] != kTargetInvalid
                           ? fail(kUriTooLong, "request-target too long")
                           : fail(kBadRequest, "invalid character in request-target");
            }
            r.m_target.length = base + pos - r.m_target.offset;
            if (r.m_target.length == 0)
                return fail(kBadRequest, "empty request-target");
            ++pos;
            m_versionLength = 0;
            m_state = State::Version;
            break;
        }
        case State::Version:
            if (version(byteAt(data, pos)) == HeadStep::Error)
                return HeadStep::Error;
            ++pos;
            break;
        case State::RequestLineLF:
            if (data[pos] != '\n')
                return fail(kBadRequest, "bare CR");
            ++pos;
            return HeadStep::Done;
        default:
            Q_UNREACHABLE();
        }
    }
    return HeadStep::NeedMore;
}

// HTTP-version = "HTTP/" DIGIT "." DIGIT, case-sensitive (RFC 9112 §2.3). RFC 9110 §2.5: a
// higher minor version of a major version we implement is handled as the highest one we know,
// so HTTP/1.2-1.9 are parsed as HTTP/1.1. Another major version (HTTP/2.0, HTTP/3, HTTP/0.9,
// and the HTTP/2 preface "PRI * HTTP/2.0") gets 505.
RequestParser::HeadStep RequestParser::version(quint8 c) {
    if (c == '\n')
        return fail(kBadRequest, "bare LF");
    if (c == ' ')
        return fail(kBadRequest, "extra space in request line");
    if (c != '\r' && m_versionLength < qsizetype(sizeof m_version)) {
        m_version[m_versionLength++] = char(c);
        return HeadStep::NeedMore;
    }
    const QByteArrayView v(m_version, m_versionLength);
    if (c == '\r' && v.size() == 8 && v.startsWith("HTTP/1.") && isDigit(quint8(v[7]))) {
        m_request.m_minorVersion = v[7] == '0' ? 0 : 1;
        m_state = State::RequestLineLF;
        return HeadStep::NeedMore;
    }
    if (v.size() >= 6 && v.startsWith("HTTP/") && isDigit(quint8(v[5])) && v[5] != '1')
        return fail(kVersionNotSupported, "HTTP version not supported");
    return fail(kBadRequest, "invalid HTTP version");
}

RequestParser::HeadStep RequestParser::fieldsDone() {
    m_headParsed = true;
    if (const ParseError error = detail::HeadInterpreter::finishHeaders(m_request, m_limits);
        error.status != 0)
        return fail(error);
    if (m_request.m_chunked) {
        m_chunked.start(m_limits);
        m_state = State::ChunkedBody;
    } else if (m_request.m_contentLength > 0) {
        m_bodyLeft = m_request.m_contentLength;
        m_request.m_body.reserve(qsizetype(std::min(m_bodyLeft, kBodyReserve)));
        m_state = State::LengthBody;
    } else {
        m_state = State::Complete;
    }
    return HeadStep::Done;
}

ParseResult RequestParser::body(const char *data, qsizetype len) {
    switch (m_state) {
    case State::LengthBody: { // RFC 9112 §6.2
        const qsizetype n = qsizetype(std::min<qint64>(m_bodyLeft, len));
        m_request.m_body.append(data, n);
        m_bodyLeft -= n;
        if (m_bodyLeft > 0)
            return {ParseStatus::NeedMore, n};
        m_state = State::Complete;
        return {ParseStatus::Complete, n};
    }
    case State::ChunkedBody: {
        qsizetype pos = 0;
        switch (m_chunked.decode(data, len, pos, m_request.m_body)) {
        case detail::ChunkedDecoder::Result::NeedMore:
            return {ParseStatus::NeedMore, pos};
        case detail::ChunkedDecoder::Result::Done:
            m_state = State::Complete;
            return {ParseStatus::Complete, pos};
        case detail::ChunkedDecoder::Result::Error:
            fail(m_chunked.error());
            return {ParseStatus::Error, pos};
        }
        break;
    }
    case State::Complete:
        return {ParseStatus::Complete, 0};
    default:
        break;
    }
    return {ParseStatus::Error, 0};
}

RequestParser::HeadStep RequestParser::fail(int status, const char *reason) {
    m_error = {status, reason};
    m_state = State::Error;
    return HeadStep::Error;
}

} // namespace yard::http
