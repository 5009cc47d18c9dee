#pragma once

#include <QByteArrayView>
#include <QVarLengthArray>

namespace yard::routing {

// A static route's sub-path after decoding and checking: relative to the served folder, without
// leading or trailing slash, NUL-terminated for openat(). Stack storage for common lengths, so
// decoding does not allocate.
class StaticPath final {
public:
    // Decodes `subPath` (percent-encoded, "/"-separated, as received) exactly once and refuses
    // anything that could name a file the folder does not intend to serve. Returns false when
    // refused; the caller answers 404.
    bool decode(QByteArrayView subPath);

    // "." for the folder itself, so it can always be passed to openat().
    const char *fileSystemPath() const { return m_bytes.isEmpty() ? "." : m_bytes.constData(); }
    QByteArrayView relative() const { return {m_bytes.constData(), m_length}; }
    bool isRoot() const { return m_length == 0; }
    bool trailingSlash() const { return m_trailingSlash; }
    // The last segment has a '.', i.e. looks like a file name (SPA fallback does not apply).
    bool lastSegmentHasDot() const;

private:
    QVarLengthArray<char, 256> m_bytes; // m_length bytes, then a NUL when non-empty
    qsizetype m_length = 0;
    bool m_trailingSlash = false;
};

} // namespace yard::routing
