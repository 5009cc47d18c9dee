#include "chunkeddecoder.h"

#include <algorithm>

namespace yard::http::detail {

using namespace syntax;

void ChunkedDecoder::start(const HttpLimits &limits) {
    m_state = State::Size;
    m_sizeDigits = 0;
    m_chunkSize = 0;
    m_remaining = 0;
    m_total = 0;
    m_lineLength = 0;
    m_maxBody = limits.maxBodySize;
    m_maxLine = limits.maxChunkLineLength;
    m_maxTrailer = limits.maxTrailerSize;
    m_maxTrailerFields = limits.maxHeaderCount;
    m_error = {};
}

ChunkedDecoder::Result ChunkedDecoder::decode(const char *data, qsizetype len, qsizetype &pos,
                                              QByteArray &body) {
    while (pos < len) {
        switch (m_state) {
        case State::Size:
        case State::SizeWs:
        case State::Extension:
        case State::SizeLF:
            if (const Result result = sizeLine(byteAt(data, pos), pos); result != Result::NeedMore)
                return result;
            break;
        case State::Data: {
            const qsizetype n = qsizetype(std::min<qint64>(m_remaining, len - pos));
            body.append(data + pos, n);
            pos += n;
            m_remaining -= n;
            if (m_remaining == 0)
                m_state = State::DataCR;
            break;
        }
        case State::DataCR:
            if (data[pos] != '\r')
                return fail(kBadRequest, "missing CRLF after chunk data");
            m_state = State::DataLF;
            ++pos;
            break;
        case State::DataLF:
            if (data[pos] != '\n')
                return fail(kBadRequest, "missing CRLF after chunk data");
            m_state = State::Size;
            m_sizeDigits = 0;
            m_chunkSize = 0;
            m_lineLength = 0;
            ++pos;
            break;
        case State::Trailers:
            switch (m_trailers.scan(data, len, pos, 0, nullptr)) {
            case FieldScanner::Result::NeedMore:
                return Result::NeedMore;
            case FieldScanner::Result::End:
                return Result::Done;
            case FieldScanner::Result::Error:
                return fail(m_trailers.error().status, m_trailers.error().reason);
            }
            break;
        }
    }
    return Result::NeedMore;
}

// One byte of: chunk-size [ chunk-ext ] CRLF, with
//   chunk-ext = *( BWS ";" BWS chunk-ext-name [ BWS "=" BWS chunk-ext-val ] )   (RFC 9112 §7.1.1)
// The extension is only checked for bytes no field value may hold; its grammar is not needed to
// find the end of the line.
ChunkedDecoder::Result ChunkedDecoder::sizeLine(quint8 c, qsizetype &pos) {
    if (m_state == State::SizeLF) {
        if (c != '\n')
            return fail(kBadRequest, "bare CR in chunk-size line");
        ++pos;
        return endOfSize();
    }
    if (c == '\r') {
        if (m_sizeDigits == 0 || m_state == State::SizeWs)
            return fail(kBadRequest, "invalid chunk size");
        m_state = State::SizeLF;
        ++pos;
        return Result::NeedMore;
    }
    if (++m_lineLength > m_maxLine)
        return fail(kBadRequest, "chunk-size line too long");
    if (m_state == State::Size) {
        if (const int digit = hexDigitValue(c); digit >= 0) {
            if (m_chunkSize >> 59) // one more digit would pass 2^63
                return fail(kBadRequest, "chunk size overflow");
            m_chunkSize = m_chunkSize * 16 + quint64(digit);
            ++m_sizeDigits;
            ++pos;
            return Result::NeedMore;
        }
        if (m_sizeDigits == 0)
            return fail(kBadRequest, "invalid chunk size");
        m_state = State::SizeWs;
    }
    if (m_state == State::SizeWs) {
        if (c == ';')
            m_state = State::Extension;
        else if (c != ' ' && c != '\t')
            return fail(kBadRequest, "invalid chunk size");
        ++pos;
        return Result::NeedMore;
    }
    if (kFieldValue[c] == kValueInvalid)
        return fail(kBadRequest, c == '\n' ? "bare LF" : "invalid character in chunk extension");
    ++pos;
    return Result::NeedMore;
}

ChunkedDecoder::Result ChunkedDecoder::endOfSize() {
    if (m_chunkSize > quint64(m_maxBody - m_total)) // RFC 9110 §15.5.14
        return fail(kContentTooLarge, "chunked body too large");
    if (m_chunkSize == 0) { // last-chunk: the trailer section follows (RFC 9112 §7.1.2)
        m_state = State::Trailers;
        m_trailers.start(m_maxTrailer, m_maxTrailerFields, kFieldsTooLarge);
        return Result::NeedMore;
    }
    m_remaining = qint64(m_chunkSize);
    m_total += m_remaining;
    m_state = State::Data;
    return Result::NeedMore;
}

ChunkedDecoder::Result ChunkedDecoder::fail(int status, const char *reason) {
    m_error = {status, reason};
    return Result::Error;
}

} // namespace yard::http::detail
