#include "byteranges.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <limits>
#include <optional>
#include <unistd.h>

namespace yard::routing {

namespace {

// Positions beyond any real file saturate here instead of overflowing.
constexpr qint64 kHuge = std::numeric_limits<qint64>::max() / 4;

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

std::optional<qint64> readNumber(QByteArrayView s) {
    if (s.isEmpty())
        return std::nullopt;
    qint64 value = 0;
    for (char c : s) {
        if (!isDigit(c))
            return std::nullopt;
        value = value > kHuge / 10 ? kHuge : value * 10 + (c - '0');
    }
    return value;
}

// One byte-range-spec or suffix-range. Returns false when malformed; `satisfiable` says whether
// it selects any byte of the representation (RFC 9110 §14.1.1).
bool parseSpec(QByteArrayView spec, qint64 size, ByteRange &out, bool &satisfiable) {
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0)
        return false;
    const std::optional<qint64> first = readNumber(spec.first(dash));
    const QByteArrayView lastText = spec.sliced(dash + 1);
    const std::optional<qint64> last = readNumber(lastText);
    if (!first) { // suffix-range: the last N bytes
        if (dash != 0 || !last)
            return false;
        satisfiable = *last > 0;
        out = {std::max<qint64>(0, size - *last), size - 1};
        return true;
    }
    if (!lastText.isEmpty() && (!last || *last < *first))
        return false;
    satisfiable = *first < size;
    out = {*first, last ? std::min(*last, size - 1) : size - 1};
    return true;
}

bool overlaps(ByteRanges ranges) {
    std::sort(ranges.begin(), ranges.end(),
              [](const ByteRange &a, const ByteRange &b) { return a.first < b.first; });
    for (qsizetype i = 1; i < ranges.size(); ++i) {
        if (ranges[i].first <= ranges[i - 1].last)
            return true;
    }
    return false;
}

bool preadAll(int fd, char *into, qint64 length, qint64 offset) {
    while (length > 0) {
        const ssize_t n = ::pread(fd, into, std::size_t(length), offset);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false; // a file that shrank since fstat is an error too
        into += n, offset += n, length -= n;
    }
    return true;
}

RangeVerdict evaluate(QByteArrayView range, qint64 size, ByteRanges &ranges) {
    range = range.trimmed();
    // The unit is case-insensitive (RFC 9110 §14.1).
    if (size <= 0 || range.size() < 6 || range.first(6).compare("bytes=", Qt::CaseInsensitive))
        return RangeVerdict::Ignore;
    int specs = 0;
    for (QByteArrayView rest = range.sliced(6); !rest.isEmpty();) {
        qsizetype comma = rest.indexOf(',');
        if (comma < 0)
            comma = rest.size();
        const QByteArrayView spec = rest.first(comma).trimmed();
        rest = rest.sliced(std::min(comma + 1, rest.size()));
        if (spec.isEmpty())
            continue; // empty list elements are allowed (RFC 9110 §5.6.1)
        if (++specs > kMaxRanges)
            return RangeVerdict::Ignore;
        ByteRange parsed;
        bool satisfiable = false;
        if (!parseSpec(spec, size, parsed, satisfiable))
            return RangeVerdict::Ignore;
        if (satisfiable)
            ranges.append(parsed);
    }
    if (specs == 0)
        return RangeVerdict::Ignore;
    if (ranges.isEmpty())
        return RangeVerdict::Unsatisfiable;
    if (ranges.size() > 1) {
        qint64 total = 0;
        for (const ByteRange &r : ranges)
            total += r.length();
        if (total > kMaxMultipartBytes || overlaps(ranges))
            return RangeVerdict::Ignore;
    }
    return RangeVerdict::Partial;
}

} // namespace

RangeVerdict evaluateRange(QByteArrayView range, qint64 size, ByteRanges &ranges) {
    ranges.clear();
    const RangeVerdict verdict = evaluate(range, size, ranges);
    if (verdict != RangeVerdict::Partial)
        ranges.clear();
    return verdict;
}

QByteArray contentRange(const ByteRange &range, qint64 size) {
    char buffer[80];
    const int n = std::snprintf(buffer, sizeof buffer, "bytes %lld-%lld/%lld",
                                static_cast<long long>(range.first),
                                static_cast<long long>(range.last), static_cast<long long>(size));
    return QByteArray(buffer, n);
}

QByteArray unsatisfiedContentRange(qint64 size) {
    return QByteArrayLiteral("bytes */") + QByteArray::number(size);
}

bool buildMultipartBody(int fd, const ByteRanges &ranges, qint64 size, QByteArrayView contentType,
                        QByteArrayView boundary, QByteArray &body) {
    qint64 total = 0;
    for (const ByteRange &r : ranges)
        total += r.length() + 128 + boundary.size() + contentType.size();
    body.clear();
    body.reserve(total + boundary.size() + 8);
    for (const ByteRange &r : ranges) {
        body += "--";
        body += boundary;
        body += "\r\nContent-Type: ";
        body += contentType;
        body += "\r\nContent-Range: ";
        body += contentRange(r, size);
        body += "\r\n\r\n";
        const qsizetype at = body.size();
        body.resize(at + r.length());
        if (!preadAll(fd, body.data() + at, r.length(), r.first))
            return false;
        body += "\r\n";
    }
    body += "--";
    body += boundary;
    body += "--\r\n";
    return true;
}

} // namespace yard::routing
