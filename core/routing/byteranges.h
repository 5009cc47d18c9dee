#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QVarLengthArray>

namespace yard::routing {

// One satisfiable byte range, both ends inclusive and inside the representation (RFC 9110 §14.1.2).
struct ByteRange {
    qint64 first = 0;
    qint64 last = 0;
    qint64 length() const { return last - first + 1; }
};

using ByteRanges = QVarLengthArray<ByteRange, 4>;

enum class RangeVerdict {
    Ignore,        // answer 200 with the whole representation
    Partial,       // answer 206 with `ranges` (in the order requested)
    Unsatisfiable, // answer 416 with "Content-Range: bytes */size"
};

// Limits that keep a multipart answer cheap; beyond them Range is ignored (RFC 9110 §14.2 lets a
// server ignore Range, and warns about many or overlapping ranges as a denial-of-service pattern).
inline constexpr int kMaxRanges = 16;
inline constexpr qint64 kMaxMultipartBytes =
    8 * 1024 * 1024; // multipart bodies are built in memory

// Evaluates a Range field value against a representation of `size` bytes. Malformed values, other
// units, too many ranges, overlapping ranges and oversized multipart answers give Ignore; a
// zero-length representation is always sent whole.
RangeVerdict evaluateRange(QByteArrayView range, qint64 size, ByteRanges &ranges);

// "bytes first-last/size" and "bytes */size" (RFC 9110 §14.4).
QByteArray contentRange(const ByteRange &range, qint64 size);
QByteArray unsatisfiedContentRange(qint64 size);

// A multipart/byteranges body (RFC 9110 §14.6) of `ranges` read from `fd`; the caller sends
// "multipart/byteranges; boundary=<boundary>". False on a read error.
bool buildMultipartBody(int fd, const ByteRanges &ranges, qint64 size, QByteArrayView contentType,
                        QByteArrayView boundary, QByteArray &body);

} // namespace yard::routing
