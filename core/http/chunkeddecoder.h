#pragma once

#include "fieldscanner.h"
#include "httplimits.h"

#include <QByteArray>

namespace yard::http::detail {

// Decodes a chunked body (RFC 9112 §7.1) incrementally, appending the chunk data to a body:
//   chunked-body = *chunk last-chunk trailer-section CRLF
//   chunk        = chunk-size [ chunk-ext ] CRLF chunk-data CRLF
// Chunk extensions are checked for forbidden bytes, bounded, and ignored (RFC 9112 §7.1.1).
// Trailer fields are validated with the header-field rules and then dropped: nothing in
// Yardmaster uses them, and RFC 9110 §6.5.1 lets a recipient discard them.
class ChunkedDecoder final {
public:
    enum class Result : quint8 { NeedMore, Done, Error };

    void start(const HttpLimits &limits);
    // Decodes data[pos, len), advancing pos; stops right after the trailer section's final CRLF.
    Result decode(const char *data, qsizetype len, qsizetype &pos, QByteArray &body);
    const syntax::ParseError &error() const { return m_error; }

private:
    enum class State : quint8 { Size, SizeWs, Extension, SizeLF, Data, DataCR, DataLF, Trailers };

    Result sizeLine(quint8 c, qsizetype &pos);
    Result endOfSize();
    Result fail(int status, const char *reason);

    State m_state = State::Size;
    int m_sizeDigits = 0;
    quint64 m_chunkSize = 0;
    qint64 m_remaining = 0; // bytes of chunk data still to come
    qint64 m_total = 0;     // decoded bytes so far
    qsizetype m_lineLength = 0;
    qint64 m_maxBody = 0;
    qsizetype m_maxLine = 0;
    qsizetype m_maxTrailer = 0;
    int m_maxTrailerFields = 0;
    FieldScanner m_trailers;
    syntax::ParseError m_error;
};

} // namespace yard::http::detail
