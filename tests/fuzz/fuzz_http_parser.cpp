// libFuzzer target for yard::http::RequestParser.
//
// Input layout: byte 0 picks how many of the following bytes are chunk sizes (0-7) and byte 1
// holds flags (bit 0: small limits, to reach every limit path); the chunk sizes come next, then
// the bytes of a connection (any number of pipelined requests). The stream is parsed twice, in
// one feed and in the chunks the sizes describe, and both runs must give the same requests.

#include "http/requestparser.h"

#include <QStringBuilder>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace yard::http;

namespace {

void require(bool condition, const char *what) {
    if (!condition) {
        std::fprintf(stderr, "fuzz_http_parser: invariant broken: %s\n", what);
        std::abort();
    }
}

HttpLimits limitsFor(quint8 flags) {
    HttpLimits limits;
    if (flags & 1) {
        limits.maxTargetLength = 32;
        limits.maxHeaderBlockSize = 256;
        limits.maxHeaderCount = 8;
        limits.maxBodySize = 64;
        limits.maxChunkLineLength = 16;
        limits.maxTrailerSize = 64;
    }
    return limits;
}

// Checks what a parsed request promises and returns a description of it.
QByteArray describe(const HttpRequest &r, const HttpLimits &limits) {
    require(r.minorVersion() == 0 || r.minorVersion() == 1, "minor version");
    require(!r.method().isEmpty() && r.method().size() <= kMaxMethodLength, "method length");
    require(!r.target().isEmpty() && r.target().size() <= limits.maxTargetLength, "target");
    require(r.headerCount() <= limits.maxHeaderCount, "header count");
    require(r.body().size() <= limits.maxBodySize, "body size");
    require(r.isChunked() || r.body().size() == std::max<qint64>(r.contentLength(), 0),
            "body matches Content-Length");
    require(!(r.isChunked() && r.contentLength() >= 0), "chunked with Content-Length");
    if (r.targetForm() == TargetForm::Origin) {
        require(r.target().startsWith(r.path()), "path is a prefix of the target");
        require(r.target().endsWith(r.query()), "query is a suffix of the target");
    }
    QByteArray out = r.method().toByteArray() + ' ' + r.target().toByteArray() + ' ' +
                     r.path().toByteArray() + '?' + r.query().toByteArray() + '@' +
                     r.authority().toByteArray() + " 1." + QByteArray::number(r.minorVersion());
    for (const HttpHeaderField &field : r.headers()) {
        require(!field.name.isEmpty(), "empty field name");
        require(!r.header(field.name).isNull(), "lookup of a received field");
        out += '\n' + field.name.toByteArray() + ':' + field.value.toByteArray();
    }
    out += "\nbody " + QByteArray::number(r.body().size()) + ':' + r.body();
    out += r.keepAlive() ? " keep-alive" : " close";
    out += r.expectContinue() ? " continue" : "";
    out += " upgrade:" + r.upgrade().toByteArray() + '\n';
    return out;
}

// Parses a stream of pipelined requests, feeding chunks of the given sizes (cycled; the whole
// rest when there are none), and returns the requests and final state it saw.
QByteArray parseStream(const char *data, qsizetype len, const quint8 *sizes, qsizetype sizeCount,
                       const HttpLimits &limits) {
    RequestParser parser(limits);
    QByteArray log;
    qsizetype offset = 0;
    qsizetype chunk = 0;
    while (offset < len) {
        const qsizetype size = sizeCount ? sizes[chunk++ % sizeCount] + 1 : len;
        const qsizetype end = offset + std::min(size, len - offset);
        while (offset < end) {
            const qsizetype given = end - offset;
            const ParseResult r = parser.feed(data + offset, given);
            require(r.consumed >= 0 && r.consumed <= given, "consumed within the input");
            offset += r.consumed;
            switch (r.status) {
            case ParseStatus::NeedMore:
                require(r.consumed == given, "NeedMore uses every byte");
                break;
            case ParseStatus::HeadComplete:
                require(r.consumed > 0 && parser.request().hasBody(), "HeadComplete with a body");
                log += "head\n";
                break;
            case ParseStatus::Complete:
                require(r.consumed > 0, "Complete makes progress");
                log += describe(parser.request(), limits);
                parser.reset();
                break;
            case ParseStatus::Error: {
                const int status = parser.errorStatus();
                require(status == 400 || status == 413 || status == 414 || status == 431 ||
                            status == 501 || status == 505,
                        "error status");
                require(!parser.errorReason().isEmpty(), "error reason");
                require(parser.feed(data, len).status == ParseStatus::Error, "Error is sticky");
                return log + "error " + QByteArray::number(status) + '\n';
            }
            }
        }
    }
    return log + "need more\n";
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *input, size_t size) {
    if (size < 2)
        return 0;
    const qsizetype sizeCount = std::min<qsizetype>(input[0] % 8, qsizetype(size) - 2);
    const HttpLimits limits = limitsFor(input[1]);
    const quint8 *sizes = input + 2;
    const char *data = reinterpret_cast<const char *>(input + 2 + sizeCount);
    const qsizetype len = qsizetype(size) - 2 - sizeCount;

    const QByteArray whole = parseStream(data, len, sizes, 0, limits);
    const QByteArray chunked = parseStream(data, len, sizes, sizeCount, limits);
    if (whole != chunked) {
        std::fprintf(stderr, "one feed:\n%s\nin chunks:\n%s\n", whole.constData(),
                     chunked.constData());
        require(false, "same result however the bytes are split");
    }
    const quint8 one = 0;
    require(parseStream(data, len, &one, 1, limits) == whole, "same result byte by byte");
    return 0;
}
