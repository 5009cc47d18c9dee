#pragma once

#include <QtGlobal>

namespace yard::http {

// Defaults for HttpLimits; each server may override them in its settings.
inline constexpr qsizetype kDefaultMaxTargetLength = 8 * 1024;     // bytes, 414 beyond
inline constexpr qsizetype kDefaultMaxHeaderBlockSize = 16 * 1024; // bytes, 431 beyond
inline constexpr int kDefaultMaxHeaderCount = 100;                 // field lines, 431 beyond
inline constexpr qint64 kDefaultMaxBodySize = 10 * 1024 * 1024;    // decoded bytes, 413 beyond
inline constexpr qsizetype kDefaultMaxChunkLineLength = 1024;      // bytes, 400 beyond
inline constexpr qsizetype kDefaultMaxTrailerSize = 8 * 1024;      // bytes, 431 beyond

// Fixed bounds that are not worth a setting.
inline constexpr qsizetype kMaxMethodLength = 32; // longer methods are not implemented: 501
inline constexpr int kMaxLeadingEmptyLines = 8;   // CRLFs ignored before a request line: 400 beyond

// Per-server limits on what one request may contain. Every limit is enforced while bytes arrive,
// at the first byte that exceeds it, so a client cannot make the parser buffer more than the
// limit (plus one feed) before being rejected.
struct HttpLimits {
    // Length of the request-target (RFC 9112 §3.2); beyond it: 414 URI Too Long.
    qsizetype maxTargetLength = kDefaultMaxTargetLength;
    // Bytes of the header section after the request line, including its final CRLF (RFC 9112
    // §2.1); beyond it: 431 Request Header Fields Too Large.
    qsizetype maxHeaderBlockSize = kDefaultMaxHeaderBlockSize;
    // Number of field lines in the header section; beyond it: 431.
    int maxHeaderCount = kDefaultMaxHeaderCount;
    // Content bytes after transfer decoding; beyond it: 413 Content Too Large.
    qint64 maxBodySize = kDefaultMaxBodySize;
    // Bytes of one chunk-size line, chunk extensions included, CRLF excluded; beyond it: 400.
    qsizetype maxChunkLineLength = kDefaultMaxChunkLineLength;
    // Bytes of the trailer section of a chunked body, final CRLF included; beyond it: 431.
    qsizetype maxTrailerSize = kDefaultMaxTrailerSize;
};

} // namespace yard::http
