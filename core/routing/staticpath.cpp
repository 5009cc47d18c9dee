#include "staticpath.h"

#include "http/httpsyntax.h"

namespace yard::routing {

namespace {

// Longer paths cannot be opened anyway (PATH_MAX on Linux); refusing early bounds the work.
constexpr qsizetype kMaxPathBytes = 4096;

int hexValue(char c) {
    return yard::http::syntax::hexDigitValue(static_cast<unsigned char>(c));
}

// Strict UTF-8 (RFC 3629 §4): no overlong forms, surrogates or code points above U+10FFFF. Overlong
// forms such as "%c0%ae" (a disguised '.') are the classic way past byte-level dot checks.
bool isValidUtf8(const unsigned char *p, qsizetype n) {
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        int extra;
        unsigned min;
        unsigned cp;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xe0) == 0xc0) {
            extra = 1, min = 0x80, cp = c & 0x1f;
        } else if ((c & 0xf0) == 0xe0) {
            extra = 2, min = 0x800, cp = c & 0x0f;
        } else if ((c & 0xf8) == 0xf0) {
            extra = 3, min = 0x10000, cp = c & 0x07;
        } else {
            return false;
        }
        if (n - i <= extra)
            return false;
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xc0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i + k] & 0x3f);
        }
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return false;
        i += extra + 1;
    }
    return true;
}

} // namespace

bool StaticPath::decode(QByteArrayView subPath) {
    m_bytes.clear();
    m_length = 0;
    m_trailingSlash = false;
    if (subPath.size() > kMaxPathBytes)
        return false;
    bool segmentStart = true;
    const qsizetype n = subPath.size();
    for (qsizetype i = 0; i < n; ++i) {
        unsigned char c = static_cast<unsigned char>(subPath[i]);
        if (c == '/') {
            // Repeated slashes collapse, as the file system would treat them anyway.
            if (!segmentStart)
                m_bytes.append('/');
            segmentStart = true;
            continue;
        }
        if (c == '%') {
            const int hi = i + 2 < n ? hexValue(subPath[i + 1]) : -1;
            const int lo = i + 2 < n ? hexValue(subPath[i + 2]) : -1;
            if (hi < 0 || lo < 0)
                return false;
            c = static_cast<unsigned char>(hi * 16 + lo);
            i += 2;
            // An encoded '/' would become a separator that the segment checks never saw.
            if (c == '/')
                return false;
        }
        // NUL would truncate the path for the kernel; '\' is a separator on other systems and in
        // many tools; control characters have no business in a file name served over HTTP.
        if (c < 0x20 || c == 0x7f || c == '\\')
            return false;
        // ".", ".." and hidden names (".git", ".env") all start a segment with a dot: refusing
        // them all makes traversal impossible without a separate normalisation step.
        if (segmentStart && c == '.')
            return false;
        segmentStart = false;
        m_bytes.append(static_cast<char>(c));
    }
    m_trailingSlash = n > 0 && subPath[n - 1] == '/';
    if (!m_bytes.isEmpty() && m_bytes.back() == '/')
        m_bytes.removeLast();
    m_length = m_bytes.size();
    if (!isValidUtf8(reinterpret_cast<const unsigned char *>(m_bytes.constData()), m_length))
        return false;
    if (m_length > 0)
        m_bytes.append('\0');
    return true;
}

bool StaticPath::lastSegmentHasDot() const {
    for (qsizetype i = m_length - 1; i >= 0; --i) {
        if (m_bytes[i] == '/')
            return false;
        if (m_bytes[i] == '.')
            return true;
    }
    return false;
}

} // namespace yard::routing
