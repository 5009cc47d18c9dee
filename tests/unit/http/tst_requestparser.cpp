#include "http/requestparser.h"

#include <QRandomGenerator>
#include <QTest>
#include <functional>

using namespace yard::http;

namespace {

constexpr int kComplete = 0;    // expected status: the request parses
constexpr int kIncomplete = -1; // expected status: the parser still wants bytes

// What a row expects; for a rejected request only `status` matters.
struct Expected {
    int status = kComplete;
    QByteArray method = "GET";
    QByteArray target = "/";
    QByteArray path = "/";
    QByteArray query{};
    QByteArray header{}; // "Name: value" to look up (any case), when set
    QByteArray body{};
    bool keepAlive = true;
    bool expectContinue = false;
    QByteArray upgrade{};
    QByteArray authority{};
    int minorVersion = 1;
};

// What feeding produced, copied out of the parser.
struct Outcome {
    int status = kIncomplete;
    QByteArray reason;
    qsizetype consumed = 0;
    bool headComplete = false;
    bool expectAtHead = false;
    bool hasBody = false;
    QByteArray method, target, path, query, headerValue, body, upgrade, authority;
    bool keepAlive = false;
    bool expectContinue = false;
    int minorVersion = -1;
    QByteArray violation; // a broken parser invariant, if any
};

using ChunkSizer = std::function<qsizetype(qsizetype remaining)>;

QByteArray bytes(QByteArrayView view) {
    return view.toByteArray();
}

QByteArray headerName(const QByteArray &header) {
    return header.left(header.indexOf(':'));
}

QByteArray headerValue(const QByteArray &header) {
    const QByteArray value = header.mid(header.indexOf(':') + 1);
    return value.startsWith(' ') ? value.mid(1) : value;
}

void snapshot(Outcome &out, const HttpRequest &r, const QByteArray &header) {
    out.method = bytes(r.method());
    out.target = bytes(r.target());
    out.path = bytes(r.path());
    out.query = bytes(r.query());
    out.authority = bytes(r.authority());
    out.headerValue = header.isEmpty() ? QByteArray() : bytes(r.header(headerName(header)));
    out.body = r.body();
    out.upgrade = bytes(r.upgrade());
    out.keepAlive = r.keepAlive();
    out.expectContinue = r.expectContinue();
    out.minorVersion = r.minorVersion();
    out.hasBody = r.hasBody();
}

// Feeds `raw` to a fresh parser in chunks sized by `next`, re-feeding what a call leaves unused,
// as a connection would.
Outcome parse(const QByteArray &raw, const HttpLimits &limits, const ChunkSizer &next,
              const QByteArray &header) {
    RequestParser parser(limits);
    Outcome out;
    qsizetype offset = 0;
    while (offset < raw.size()) {
        const qsizetype chunkEnd = offset + next(raw.size() - offset);
        while (offset < chunkEnd) {
            const qsizetype len = chunkEnd - offset;
            const ParseResult r = parser.feed(raw.constData() + offset, len);
            if (r.consumed < 0 || r.consumed > len)
                out.violation = "consumed out of range";
            if (r.status == ParseStatus::NeedMore && r.consumed != len)
                out.violation = "NeedMore without consuming everything";
            offset += r.consumed;
            out.consumed = offset;
            if (r.status == ParseStatus::HeadComplete) {
                if (out.headComplete)
                    out.violation = "HeadComplete reported twice";
                out.headComplete = true;
                out.expectAtHead = parser.request().expectContinue();
            } else if (r.status == ParseStatus::Complete) {
                out.status = kComplete;
                snapshot(out, parser.request(), header);
                return out;
            } else if (r.status == ParseStatus::Error) {
                out.status = parser.errorStatus();
                out.reason = bytes(parser.errorReason());
                if (parser.feed(raw.constData(), raw.size()).status != ParseStatus::Error)
                    out.violation = "Error is not sticky";
                return out;
            }
        }
    }
    return out;
}

} // namespace

Q_DECLARE_METATYPE(Expected)
Q_DECLARE_METATYPE(HttpLimits)

class TestRequestParser final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void pipelining();
    void pipelineOfHundred();
    void headCompleteBeforeBody_data();
    void headCompleteBeforeBody();
    void resetReusesBuffers();
    void stickyStates();
    void headerIteration();
    void copyOutlivesReset();
    void errorReasons();

private:
    static void ok(const char *name, const QByteArray &raw, const Expected &expected,
                   const HttpLimits &limits = {});
    static void bad(const char *name, const QByteArray &raw, int status,
                    const HttpLimits &limits = {});
    static void verify(const Outcome &out, const Expected &expected, const QByteArray &raw);
    static void addValidRows();
    static void addFramingRows();
    static void addSyntaxRows();
    static void addLimitRows();
    static void addChunkedRows();
};

void TestRequestParser::ok(const char *name, const QByteArray &raw, const Expected &expected,
                           const HttpLimits &limits) {
    QTest::addRow("%s", name) << raw << expected << limits;
}

void TestRequestParser::bad(const char *name, const QByteArray &raw, int status,
                            const HttpLimits &limits) {
    Expected expected;
    expected.status = status;
    QTest::addRow("%s", name) << raw << expected << limits;
}

void TestRequestParser::parses_data() {
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<Expected>("expected");
    QTest::addColumn<HttpLimits>("limits");
    addValidRows();
    addFramingRows();
    addSyntaxRows();
    addLimitRows();
    addChunkedRows();
}

void TestRequestParser::verify(const Outcome &out, const Expected &e, const QByteArray &raw) {
    QVERIFY2(out.violation.isEmpty(), out.violation.constData());
    QCOMPARE(out.status, e.status);
    if (e.status > 0) {
        QVERIFY(!out.reason.isEmpty());
        return;
    }
    if (e.status == kIncomplete) {
        QCOMPARE(out.consumed, raw.size());
        return;
    }
    QCOMPARE(out.consumed, raw.size());
    QCOMPARE(out.method, e.method);
    QCOMPARE(out.target, e.target);
    QCOMPARE(out.path, e.path);
    QCOMPARE(out.query, e.query);
    QCOMPARE(out.authority, e.authority);
    if (!e.header.isEmpty())
        QCOMPARE(out.headerValue, headerValue(e.header));
    QCOMPARE(out.body, e.body);
    QCOMPARE(out.keepAlive, e.keepAlive);
    QCOMPARE(out.expectContinue, e.expectContinue);
    QCOMPARE(out.upgrade, e.upgrade);
    QCOMPARE(out.minorVersion, e.minorVersion);
    QCOMPARE(out.headComplete, out.hasBody); // HeadComplete exactly when a body follows
    QCOMPARE(out.expectAtHead, out.headComplete && e.expectContinue);
}

// Every row three ways: whole, one byte at a time, and in random chunks (several seeds). The
// parser must give the same answer however the bytes are split.
void TestRequestParser::parses() {
    QFETCH(QByteArray, raw);
    QFETCH(Expected, expected);
    QFETCH(HttpLimits, limits);

    const auto check = [&](const char *way, const ChunkSizer &sizer) {
        verify(parse(raw, limits, sizer, expected.header), expected, raw);
        if (QTest::currentTestFailed())
            qInfo("... when fed %s", way);
        return !QTest::currentTestFailed();
    };
    if (!check("whole", [](qsizetype remaining) { return remaining; }))
        return;
    if (!check("byte by byte", [](qsizetype) { return qsizetype(1); }))
        return;
    for (const quint32 seed : {1u, 7u, 42u, 1234u, 99991u}) {
        QRandomGenerator random(seed);
        const auto sizer = [&random](qsizetype remaining) {
            return std::min(remaining, qsizetype(random.bounded(1, 48)));
        };
        if (!check(QByteArray("in random chunks, seed " + QByteArray::number(seed)).constData(),
                   sizer))
            return;
    }
}

namespace {

// GET / with a Host field, plus `fields` (each ending in CRLF).
QByteArray get(const QByteArray &fields = {}) {
    return "GET / HTTP/1.1\r\nHost: example.com\r\n" + fields + "\r\n";
}

QByteArray post(const QByteArray &fields, const QByteArray &body) {
    return "POST /submit HTTP/1.1\r\nHost: example.com\r\n" + fields + "\r\n" + body;
}

QByteArray chunked(const QByteArray &body) {
    return post("Transfer-Encoding: chunked\r\n", body);
}

Expected posted(const QByteArray &body) {
    return {.method = "POST", .target = "/submit", .path = "/submit", .body = body};
}

HttpLimits smallLimits() {
    HttpLimits limits;
    limits.maxTargetLength = 16;
    limits.maxHeaderBlockSize = 64;
    limits.maxHeaderCount = 3;
    limits.maxBodySize = 10;
    limits.maxChunkLineLength = 8;
    limits.maxTrailerSize = 16;
    return limits;
}

QByteArray manyFields(int count) {
    QByteArray fields;
    for (int i = 0; i < count; ++i)
        fields += "X-Field-" + QByteArray::number(i) + ": " + QByteArray::number(i) + "\r\n";
    return fields;
}

} // namespace

void TestRequestParser::addValidRows() {
    ok("get", get(), {.header = "Host: example.com"});
    ok("query", "GET /search?q=yard&page=2 HTTP/1.1\r\nHost: a\r\n\r\n",
       {.target = "/search?q=yard&page=2", .path = "/search", .query = "q=yard&page=2"});
    ok("empty query", "GET /p? HTTP/1.1\r\nHost: a\r\n\r\n", {.target = "/p?", .path = "/p"});
    ok("second question mark", "GET /p?a?b HTTP/1.1\r\nHost: a\r\n\r\n",
       {.target = "/p?a?b", .path = "/p", .query = "a?b"});
    ok("percent-encoded path kept", "GET /a%20b/%2F?x=%41 HTTP/1.1\r\nHost: a\r\n\r\n",
       {.target = "/a%20b/%2F?x=%41", .path = "/a%20b/%2F", .query = "x=%41"});
    ok("printable non-URI characters", "GET /a{b}|c^\"< HTTP/1.1\r\nHost: a\r\n\r\n",
       {.target = "/a{b}|c^\"<", .path = "/a{b}|c^\"<"});
    ok("HTTP/1.0 without Host", "GET /x HTTP/1.0\r\n\r\n",
       {.target = "/x", .path = "/x", .keepAlive = false, .minorVersion = 0});
    ok("HTTP/1.0 keep-alive", "GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n",
       {.minorVersion = 0});
    ok("HTTP/1.1 close", get("Connection: close\r\n"), {.keepAlive = false});
    ok("close in a list", get("Connection: keep-alive, close\r\n"), {.keepAlive = false});
    ok("close any case", get("Connection: CLOSE\r\n"), {.keepAlive = false});
    ok("websocket upgrade", get("Connection: Upgrade\r\nUpgrade: websocket\r\n"),
       {.upgrade = "websocket"});
    ok("upgrade token in a list", get("Connection: keep-alive, upgrade\r\nUpgrade: h2c\r\n"),
       {.upgrade = "h2c"});
    ok("Upgrade without Connection token", get("Upgrade: websocket\r\n"), {});
    ok("Upgrade ignored in HTTP/1.0",
       "GET / HTTP/1.0\r\nConnection: upgrade\r\nUpgrade: websocket\r\n\r\n",
       {.keepAlive = false, .minorVersion = 0});
    ok("Content-Length body", post("Content-Length: 5\r\n", "hello"), posted("hello"));
    ok("Content-Length 0", post("Content-Length: 0\r\n", ""), posted(""));
    ok("Content-Length with OWS", post("Content-Length:  5 \t\r\n", "hello"), posted("hello"));
    ok("Content-Length leading zeros", post("Content-Length: 005\r\n", "hello"), posted("hello"));
    ok("binary body", post("Content-Length: 4\r\n", QByteArrayLiteral("\0\r\n\xff")),
       posted(QByteArrayLiteral("\0\r\n\xff")));
    ok("Expect 100-continue", post("Expect: 100-continue\r\nContent-Length: 2\r\n", "hi"),
       {.method = "POST",
        .target = "/submit",
        .path = "/submit",
        .body = "hi",
        .expectContinue = true});
    ok("Expect any case", post("Expect: 100-Continue\r\nContent-Length: 2\r\n", "hi"),
       {.method = "POST",
        .target = "/submit",
        .path = "/submit",
        .body = "hi",
        .expectContinue = true});
    ok("Expect ignored in HTTP/1.0",
       "PUT /f HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\nhi",
       {.method = "PUT",
        .target = "/f",
        .path = "/f",
        .body = "hi",
        .keepAlive = false,
        .minorVersion = 0});
    ok("OWS trimmed", get("X-Pad: \t  value with  spaces \t \r\n"),
       {.header = "X-Pad: value with  spaces"});
    ok("empty value", get("X-Empty:\r\n"), {.header = "X-Empty:"});
    ok("empty value with OWS", get("X-Empty:   \r\n"), {.header = "X-Empty:"});
    ok("tab inside value", get("X-Tab: a\tb\r\n"), {.header = "X-Tab: a\tb"});
    ok("obs-text in value", get("X-Latin: caf\xc3\xa9\r\n"), {.header = "X-Latin: caf\xc3\xa9"});
    ok("colons in value", get("X-Time: 12:30:00\r\n"), {.header = "X-Time: 12:30:00"});
    ok("name lookup ignores case", get("X-Custom: v\r\n"), {.header = "x-CUSTOM: v"});
    ok("first of repeated fields", get("X-A: 1\r\nX-A: 2\r\n"), {.header = "X-A: 1"});
    ok("absolute-form", "GET http://example.com/p?q=1 HTTP/1.1\r\nHost: example.com\r\n\r\n",
       {.target = "http://example.com/p?q=1",
        .path = "/p",
        .query = "q=1",
        .authority = "example.com"});
    ok("absolute-form without path", "GET http://example.com:8080 HTTP/1.1\r\nHost: x\r\n\r\n",
       {.target = "http://example.com:8080", .path = "/", .authority = "example.com:8080"});
    ok("absolute-form query without path", "GET http://h?x=1 HTTP/1.1\r\nHost: h\r\n\r\n",
       {.target = "http://h?x=1", .path = "/", .query = "x=1", .authority = "h"});
    ok("absolute-form upper-case scheme", "GET HTTPS://Example.COM/a HTTP/1.1\r\nHost: h\r\n\r\n",
       {.target = "HTTPS://Example.COM/a", .path = "/a", .authority = "Example.COM"});
    ok("OPTIONS asterisk", "OPTIONS * HTTP/1.1\r\nHost: a\r\n\r\n",
       {.method = "OPTIONS", .target = "*", .path = ""});
    ok("CONNECT authority-form",
       "CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n",
       {.method = "CONNECT",
        .target = "example.com:443",
        .path = "",
        .authority = "example.com:443"});
    ok("leading empty lines", "\r\n\r\n" + get(), {});
    ok("eight leading empty lines", QByteArray("\r\n").repeated(8) + get(), {});
    ok("HEAD with body", "HEAD / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\nabc",
       {.method = "HEAD", .body = "abc"});
    ok("GET with body", "GET / HTTP/1.1\r\nHost: a\r\nContent-Length: 4\r\n\r\nbody",
       {.body = "body"});
    ok("custom method", "PURGE /cache HTTP/1.1\r\nHost: a\r\n\r\n",
       {.method = "PURGE", .target = "/cache", .path = "/cache"});
    ok("method with symbols", "M-SEARCH /x HTTP/1.1\r\nHost: a\r\n\r\n",
       {.method = "M-SEARCH", .target = "/x", .path = "/x"});
    ok("method of 32 characters", QByteArray(32, 'M') + " / HTTP/1.1\r\nHost: a\r\n\r\n",
       {.method = QByteArray(32, 'M')});
    // RFC 9110 §2.5: a higher minor version of HTTP/1 is handled as HTTP/1.1.
    ok("HTTP/1.2 as HTTP/1.1", "GET / HTTP/1.2\r\nHost: a\r\n\r\n", {});
    ok("Host with port", "GET / HTTP/1.1\r\nHost: localhost:8080\r\n\r\n",
       {.header = "host: localhost:8080"});
    ok("Host IPv6 literal", "GET / HTTP/1.1\r\nHost: [::1]:8080\r\n\r\n",
       {.header = "Host: [::1]:8080"});
    ok("empty Host", "GET / HTTP/1.1\r\nHost:\r\n\r\n", {.header = "Host:"});
}

void TestRequestParser::addFramingRows() {
    bad("CL with TE", post("Content-Length: 5\r\nTransfer-Encoding: chunked\r\n", "0\r\n\r\n"),
        400);
    bad("TE with CL", post("Transfer-Encoding: chunked\r\nContent-Length: 5\r\n", "0\r\n\r\n"),
        400);
    bad("duplicate CL, equal values", post("Content-Length: 5\r\nContent-Length: 5\r\n", "hello"),
        400);
    bad("duplicate CL, different values",
        post("Content-Length: 5\r\nContent-Length: 6\r\n", "hello!"), 400);
    bad("CL list", post("Content-Length: 5, 5\r\n", "hello"), 400);
    bad("CL negative", post("Content-Length: -1\r\n", ""), 400);
    bad("CL with plus sign", post("Content-Length: +5\r\n", "hello"), 400);
    bad("CL not a number", post("Content-Length: abc\r\n", ""), 400);
    bad("CL digits then letter", post("Content-Length: 5a\r\n", "hello"), 400);
    bad("CL empty", post("Content-Length:\r\n", ""), 400);
    bad("CL hex", post("Content-Length: 0x5\r\n", "hello"), 400);
    bad("CL inner space", post("Content-Length: 1 0\r\n", "0123456789"), 400);
    bad("CL overflow", post("Content-Length: 99999999999999999999999\r\n", ""), 400);
    bad("CL one past qint64", post("Content-Length: 9223372036854775808\r\n", ""), 400);
    bad("CL above body limit", post("Content-Length: 10485761\r\n", ""), 413);
    bad("TE gzip alone", post("Transfer-Encoding: gzip\r\n", ""), 400);
    bad("TE gzip, chunked", post("Transfer-Encoding: gzip, chunked\r\n", "0\r\n\r\n"), 501);
    bad("TE gzip then chunked fields",
        post("Transfer-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n", "0\r\n\r\n"), 501);
    bad("TE chunked, gzip", post("Transfer-Encoding: chunked, gzip\r\n", "0\r\n\r\n"), 400);
    bad("TE chunked twice", post("Transfer-Encoding: chunked, chunked\r\n", "0\r\n\r\n"), 400);
    bad("TE chunked in two fields",
        post("Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n", "0\r\n\r\n"), 400);
    bad("TE identity", post("Transfer-Encoding: identity\r\n", ""), 400);
    bad("TE empty", post("Transfer-Encoding:\r\n", ""), 400);
    bad("TE chunked with parameter", post("Transfer-Encoding: chunked;q=1\r\n", "0\r\n\r\n"), 400);
    bad("TE in HTTP/1.0", "POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400);
    bad("missing Host", "GET / HTTP/1.1\r\n\r\n", 400);
    bad("two Hosts", "GET / HTTP/1.1\r\nHost: a\r\nHost: a\r\n\r\n", 400);
    bad("two Hosts in HTTP/1.0", "GET / HTTP/1.0\r\nHost: a\r\nHost: b\r\n\r\n", 400);
    bad("Host with slash", "GET / HTTP/1.1\r\nHost: a/b\r\n\r\n", 400);
    bad("Host with userinfo", "GET / HTTP/1.1\r\nHost: user@a\r\n\r\n", 400);
}

void TestRequestParser::addSyntaxRows() {
    bad("obs-fold", get("X-A: 1\r\n  2\r\n"), 400);
    bad("obs-fold with tab", get("X-A: 1\r\n\t2\r\n"), 400);
    bad("whitespace before first field", "GET / HTTP/1.1\r\n Host: a\r\n\r\n", 400);
    bad("space before colon", "GET / HTTP/1.1\r\nHost : a\r\n\r\n", 400);
    bad("tab in field name", get("X\tA: 1\r\n"), 400);
    bad("empty field name", get(": x\r\n"), 400);
    bad("non-token field name", get("X(A): 1\r\n"), 400);
    bad("field line without colon", get("X-A\r\n"), 400);
    bad("bare CR in value", get("X-A: a\rb\r\n"), 400);
    bad("bare CR ending the head", "GET / HTTP/1.1\r\nHost: a\r\n\rX", 400);
    bad("bare CR in request line", "GET / HTTP/1.1\rHost: a\r\n\r\n", 400);
    bad("bare LF after request line", "GET / HTTP/1.1\nHost: a\r\n\r\n", 400);
    bad("bare LF after field", "GET / HTTP/1.1\r\nHost: a\n\r\n", 400);
    bad("bare LF ending the head", "GET / HTTP/1.1\r\nHost: a\r\n\n", 400);
    bad("bare LF as leading empty line", "\nGET / HTTP/1.1\r\nHost: a\r\n\r\n", 400);
    bad("NUL in value", get(QByteArrayLiteral("X-A: a\0b\r\n")), 400);
    bad("NUL in name", get(QByteArrayLiteral("X-\0A: 1\r\n")), 400);
    bad("NUL in target", QByteArrayLiteral("GET /a\0b HTTP/1.1\r\nHost: a\r\n\r\n"), 400);
    bad("NUL in method", QByteArrayLiteral("G\0T / HTTP/1.1\r\nHost: a\r\n\r\n"), 400);
    bad("NUL in version", QByteArrayLiteral("GET / HTTP/1.\0\r\nHost: a\r\n\r\n"), 400);
    bad("DEL in value",
        get("X-A: a\x7f"
            "b\r\n"),
        400);
    bad("control character in value",
        get("X-A: a\x01"
            "b\r\n"),
        400);
    bad("escape in value", get("X-A: \x1b[31m\r\n"), 400);
    bad("bad method characters", "GE(T / HTTP/1.1\r\nHost: a\r\n\r\n", 400);
    bad("non-ASCII method", "G\xc3\x89T / HTTP/1.1\r\nHost: a\r\n\r\n", 400);
    bad("empty method", " / HTTP/1.1\r\nHost: a\r\n\r\n", 400);
    bad("double space after method", "GET  / HTTP/1.1\r\nHost: a\r\n\r\n", 400);
    bad("double space before version", "GET /  HTTP/1.1\r\nHost: a\r\n\r\n", 400);
    bad("space after version", "GET / HTTP/1.1 \r\nHost: a\r\n\r\n", 400);
    bad("space inside target", "GET /a b HTTP/1.1\r\nHost: a\r\n\r\n", 400);
    bad("tab as separator", "GET\t/ HTTP/1.1\r\nHost: a\r\n\r\n", 400);
    bad("lower-case version", "GET / http/1.1\r\nHost: a\r\n\r\n", 400);
    bad("version without minor", "GET / HTTP/1\r\nHost: a\r\n\r\n", 400);
    bad("version with two-digit minor", "GET / HTTP/1.11\r\nHost: a\r\n\r\n", 400);
    bad("not HTTP", "GET / HTTX/1.1\r\nHost: a\r\n\r\n", 400);
    bad("HTTP/0.9 request line", "GET /\r\n\r\n", 400);
    bad("HTTP/2.0", "GET / HTTP/2.0\r\nHost: a\r\n\r\n", 505);
    bad("HTTP/3", "GET / HTTP/3\r\nHost: a\r\n\r\n", 505);
    bad("HTTP/0.9 version", "GET / HTTP/0.9\r\nHost: a\r\n\r\n", 505);
    bad("HTTP/2 preface", "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", 505);
    bad("target without slash", "GET foo HTTP/1.1\r\nHost: a\r\n\r\n", 400);
    bad("target with fragment", "GET /a#b HTTP/1.1\r\nHost: a\r\n\r\n", 400);
    bad("non-ASCII target", "GET /caf\xc3\xa9 HTTP/1.1\r\nHost: a\r\n\r\n", 400);
    bad("asterisk outside OPTIONS", "GET * HTTP/1.1\r\nHost: a\r\n\r\n", 400);
    bad("CONNECT with origin-form", "CONNECT / HTTP/1.1\r\nHost: a\r\n\r\n", 400);
    bad("CONNECT without port", "CONNECT example.com HTTP/1.1\r\nHost: a\r\n\r\n", 400);
    bad("authority-form outside CONNECT", "GET example.com:80 HTTP/1.1\r\nHost: a\r\n\r\n", 400);
    bad("absolute-form without host", "GET http:///p HTTP/1.1\r\nHost: a\r\n\r\n", 400);
    bad("absolute-form with userinfo", "GET http://u@h/ HTTP/1.1\r\nHost: h\r\n\r\n", 400);
    bad("absolute-form without slashes", "GET http:p HTTP/1.1\r\nHost: a\r\n\r\n", 400);
    bad("nine leading empty lines", QByteArray("\r\n").repeated(9) + get(), 400);
    bad("garbage", "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 400);
}

void TestRequestParser::addLimitRows() {
    const QByteArray longTarget = "/" + QByteArray(8191, 'a');
    ok("target at the limit", "GET " + longTarget + " HTTP/1.1\r\nHost: a\r\n\r\n",
       {.target = longTarget, .path = longTarget});
    bad("target too long", "GET " + longTarget + "a HTTP/1.1\r\nHost: a\r\n\r\n", 414);
    bad("target too long, rest not sent", "GET " + longTarget + "a", 414);
    bad("method too long", QByteArray(33, 'M') + " / HTTP/1.1\r\nHost: a\r\n\r\n", 501);
    const QByteArray bigValue(16 * 1024, 'v');
    bad("header block too big", get("X-Big: " + bigValue + "\r\n"), 431);
    bad("header block too big, rest not sent", "GET / HTTP/1.1\r\nX-Big: " + bigValue, 431);
    ok("100 fields", get(manyFields(99)), {.header = "X-Field-98: 98"});
    bad("101 fields", get(manyFields(100)), 431);
    const HttpLimits small = smallLimits();
    ok("small: target at limit", "GET /123456789abcdef HTTP/1.1\r\nHost: a\r\n\r\n",
       {.target = "/123456789abcdef", .path = "/123456789abcdef"}, small);
    bad("small: target too long", "GET /123456789abcdefg HTTP/1.1\r\nHost: a\r\n\r\n", 414, small);
    // Header section: 9 + 2 + 51 + 2 = 64 bytes, the limit.
    const QByteArray x51 = "X: " + QByteArray(48, 'x');
    ok("small: header block at limit", "GET / HTTP/1.1\r\nHost: a\r\n" + x51 + "\r\n\r\n",
       {.header = x51}, small);
    bad("small: header block too big", "GET / HTTP/1.1\r\nHost: a\r\n" + x51 + "x\r\n\r\n", 431,
        small);
    bad("small: too many fields", get("A: 1\r\nB: 2\r\nC: 3\r\n"), 431, small);
    ok("small: body at limit", post("Content-Length: 10\r\n", "0123456789"), posted("0123456789"),
       small);
    bad("small: Content-Length above limit", post("Content-Length: 11\r\n", "0123456789a"), 413,
        small);
    ok("incomplete head", "GET / HTTP/1.1\r\nHost: a\r\n", {.status = kIncomplete});
    ok("incomplete body", post("Content-Length: 5\r\n", "hel"), {.status = kIncomplete});
    ok("incomplete chunked body", chunked("5\r\nhello\r\n"), {.status = kIncomplete});
}

void TestRequestParser::addChunkedRows() {
    ok("chunked", chunked("5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n"), posted("hello world"));
    ok("chunked upper-case hex", chunked("A\r\n0123456789\r\n0\r\n\r\n"), posted("0123456789"));
    ok("chunked leading zeros", chunked("00a\r\n0123456789\r\n000\r\n\r\n"), posted("0123456789"));
    ok("chunk extensions", chunked("5;name=value\r\nhello\r\n0;last\r\n\r\n"), posted("hello"));
    ok("chunk extension with BWS and quotes", chunked("5 ; a = \"q s\"\r\nhello\r\n0\r\n\r\n"),
       posted("hello"));
    ok("chunked trailers", chunked("2\r\nhi\r\n0\r\nX-Sum: abc\r\nX-More: 1\r\n\r\n"),
       posted("hi"));
    ok("chunked empty body", chunked("0\r\n\r\n"), posted(""));
    ok("chunked any case", post("Transfer-Encoding: Chunked\r\n", "2\r\nhi\r\n0\r\n\r\n"),
       posted("hi"));
    ok("chunked after empty list element",
       post("Transfer-Encoding: , chunked\r\n", "2\r\nhi\r\n0\r\n\r\n"), posted("hi"));
    ok("chunked with Expect",
       post("Expect: 100-continue\r\nTransfer-Encoding: chunked\r\n", "2\r\nhi\r\n0\r\n\r\n"),
       {.method = "POST",
        .target = "/submit",
        .path = "/submit",
        .body = "hi",
        .expectContinue = true});
    ok("chunk data with CRLF inside", chunked("4\r\n\r\n\r\n\r\n0\r\n\r\n"), posted("\r\n\r\n"));
    bad("chunk size not hex", chunked("xyz\r\nhello\r\n0\r\n\r\n"), 400);
    bad("chunk size missing", chunked("\r\nhello\r\n0\r\n\r\n"), 400);
    bad("chunk size negative", chunked("-5\r\nhello\r\n0\r\n\r\n"), 400);
    bad("chunk size with 0x", chunked("0x5\r\nhello\r\n0\r\n\r\n"), 400);
    bad("chunk size with trailing space", chunked("5 \r\nhello\r\n0\r\n\r\n"), 400);
    bad("chunk size overflow", chunked("FFFFFFFFFFFFFFFFFF\r\nhello\r\n0\r\n\r\n"), 400);
    bad("chunk above body limit", chunked("A00001\r\nhello\r\n0\r\n\r\n"), 413);
    bad("missing CRLF after chunk data", chunked("5\r\nhelloXX0\r\n\r\n"), 400);
    bad("chunk data longer than size", chunked("3\r\nhello\r\n0\r\n\r\n"), 400);
    bad("LF only after chunk data", chunked("5\r\nhello\n0\r\n\r\n"), 400);
    bad("bare LF after chunk size", chunked("5\nhello\r\n0\r\n\r\n"), 400);
    bad("bare CR after chunk size", chunked("5\rhello\r\n0\r\n\r\n"), 400);
    bad("NUL in chunk extension", chunked(QByteArrayLiteral("5;a\0\r\nhello\r\n0\r\n\r\n")), 400);
    bad("chunk line too long", chunked("5;" + QByteArray(1100, 'e') + "\r\nhello\r\n0\r\n\r\n"),
        400);
    bad("garbage after last chunk", chunked("0\r\nhello\r\n"), 400);
    bad("trailer obs-fold", chunked("0\r\nX: a\r\n b\r\n\r\n"), 400);
    bad("trailer bare LF", chunked("0\r\nX: a\n\r\n"), 400);
    bad("trailer space before colon", chunked("0\r\nX : a\r\n\r\n"), 400);
    const HttpLimits small = smallLimits();
    ok("small: chunks at body limit", chunked("4\r\n0123\r\n6\r\n456789\r\n0\r\n\r\n"),
       posted("0123456789"), small);
    bad("small: chunks above body limit", chunked("4\r\n0123\r\n7\r\n456789a\r\n0\r\n\r\n"), 413,
        small);
    bad("small: chunk line too long", chunked("5;abcdefg\r\nhello\r\n0\r\n\r\n"), 400, small);
    bad("small: trailer too big", chunked("0\r\nX-Trailer: 1234567\r\n\r\n"), 431, small);
}

namespace {

struct Parsed {
    int status = kComplete;
    QByteArray method;
    QByteArray path;
    QByteArray body;
    bool keepAlive = false;
};

// Parses pipelined requests the way a connection does: it appends what arrives to a pending
// buffer, feeds it, drops what was consumed, and resets the parser after each request.
QList<Parsed> parseStream(RequestParser &parser, const QByteArray &stream, const ChunkSizer &next) {
    QList<Parsed> parsed;
    QByteArray pending;
    for (qsizetype offset = 0; offset < stream.size();) {
        const qsizetype n = next(stream.size() - offset);
        pending += stream.mid(offset, n);
        offset += n;
        for (;;) {
            const ParseResult r = parser.feed(pending);
            pending.remove(0, r.consumed);
            if (r.status == ParseStatus::Error) {
                parsed.append({parser.errorStatus(), {}, {}, {}, false});
                return parsed;
            }
            if (r.status == ParseStatus::Complete) {
                const HttpRequest &q = parser.request();
                parsed.append(
                    {kComplete, bytes(q.method()), bytes(q.path()), q.body(), q.keepAlive()});
                parser.reset();
            } else if (r.status == ParseStatus::NeedMore) {
                break;
            }
        }
    }
    return parsed;
}

QList<std::pair<QByteArray, ChunkSizer>> ways() {
    QList<std::pair<QByteArray, ChunkSizer>> result{{"whole",
                                                     [](qsizetype remaining) {
                                                         return remaining;
                                                     }},
                                                    {"byte by byte", [](qsizetype) {
                                                         return qsizetype(1);
                                                     }}};
    for (const quint32 seed : {3u, 17u, 2024u}) {
        auto random = std::make_shared<QRandomGenerator>(seed);
        result.append({"random seed " + QByteArray::number(seed), [random](qsizetype remaining) {
                           return std::min(remaining, qsizetype(random->bounded(1, 300)));
                       }});
    }
    return result;
}

} // namespace

void TestRequestParser::pipelining() {
    const QByteArray stream = get() + post("Content-Length: 5\r\n", "hello") +
                              chunked("3\r\nabc\r\n2;x=y\r\nde\r\n0\r\nX-T: 1\r\n\r\n") +
                              "\r\nGET /old HTTP/1.0\r\nConnection: keep-alive\r\n\r\n" +
                              "OPTIONS * HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n";
    for (const auto &[way, sizer] : ways()) {
        RequestParser parser;
        const QList<Parsed> parsed = parseStream(parser, stream, sizer);
        QVERIFY2(parsed.size() == 5, way.constData());
        QCOMPARE(parsed[0].method, QByteArray("GET"));
        QCOMPARE(parsed[1].body, QByteArray("hello"));
        QCOMPARE(parsed[2].body, QByteArray("abcde"));
        QCOMPARE(parsed[3].path, QByteArray("/old"));
        QVERIFY(parsed[3].keepAlive);
        QCOMPARE(parsed[4].method, QByteArray("OPTIONS"));
        QVERIFY(!parsed[4].keepAlive);
        for (const Parsed &p : parsed)
            QCOMPARE(p.status, kComplete);
    }
}

void TestRequestParser::pipelineOfHundred() {
    QByteArray stream;
    for (int i = 0; i < 100; ++i) {
        const QByteArray n = QByteArray::number(i);
        if (i % 3 == 0) {
            stream += "GET /item/" + n + " HTTP/1.1\r\nHost: a\r\nAccept: */*\r\n\r\n";
        } else if (i % 3 == 1) {
            const QByteArray body = "body-" + n;
            stream += "PUT /item/" + n +
                      " HTTP/1.1\r\nHost: a\r\nContent-Length: " + QByteArray::number(body.size()) +
                      "\r\n\r\n" + body;
        } else {
            stream += "POST /item/" + n +
                      " HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n6\r\nchunk-\r\n" +
                      QByteArray::number(n.size(), 16) + "\r\n" + n + "\r\n0\r\n\r\n";
        }
    }
    for (const auto &[way, sizer] : ways()) {
        RequestParser parser;
        const QList<Parsed> parsed = parseStream(parser, stream, sizer);
        QVERIFY2(parsed.size() == 100, way.constData());
        for (int i = 0; i < 100; ++i) {
            const QByteArray n = QByteArray::number(i);
            QCOMPARE(parsed[i].status, kComplete);
            QCOMPARE(parsed[i].path, "/item/" + n);
            const QByteArray body =
                i % 3 == 0 ? QByteArray() : (i % 3 == 1 ? "body-" : "chunk-") + n;
            QCOMPARE(parsed[i].body, body);
        }
    }
}

void TestRequestParser::headCompleteBeforeBody_data() {
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("chunkedBody");
    const QByteArray expect = "Expect: 100-continue\r\n";
    QTest::addRow("Content-Length") << post(expect + "Content-Length: 11\r\n", "hello world")
                                    << QByteArray("hello world") << false;
    QTest::addRow("chunked") << post(expect + "Transfer-Encoding: chunked\r\n",
                                     "5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n")
                             << QByteArray("hello world") << true;
}

void TestRequestParser::headCompleteBeforeBody() {
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, body);
    QFETCH(bool, chunkedBody);
    const qsizetype headLength = raw.indexOf("\r\n\r\n") + 4;

    RequestParser parser;
    ParseResult r = parser.feed(raw);
    QCOMPARE(r.status, ParseStatus::HeadComplete);
    QCOMPARE(r.consumed, headLength);
    QVERIFY(parser.request().expectContinue());
    QCOMPARE(parser.request().isChunked(), chunkedBody);
    QCOMPARE(parser.request().contentLength(), chunkedBody ? -1 : body.size());
    QVERIFY(parser.request().body().isEmpty());

    r = parser.feed(raw.constData() + headLength, raw.size() - headLength);
    QCOMPARE(r.status, ParseStatus::Complete);
    QCOMPARE(r.consumed, raw.size() - headLength);
    QCOMPARE(parser.request().body(), body);

    parser.reset();
    r = parser.feed(get());
    QCOMPARE(r.status, ParseStatus::Complete); // no body: no HeadComplete
}

void TestRequestParser::resetReusesBuffers() {
    const QByteArray getRequest = get("Accept: text/html\r\nUser-Agent: tst\r\n");
    const QByteArray postRequest = post("Content-Length: 100\r\n", QByteArray(100, 'b'));
    RequestParser parser;
    const char *head = nullptr;
    const char *body = nullptr;
    for (int i = 0; i < 1000; ++i) {
        const bool isGet = i % 2 == 0;
        const QByteArray &raw = isGet ? getRequest : postRequest;
        ParseResult r = parser.feed(raw);
        if (r.status == ParseStatus::HeadComplete)
            r = parser.feed(raw.constData() + r.consumed, raw.size() - r.consumed);
        QCOMPARE(r.status, ParseStatus::Complete);
        const HttpRequest &request = parser.request();
        QCOMPARE(bytes(request.method()), isGet ? QByteArray("GET") : QByteArray("POST"));
        QCOMPARE(bytes(request.header("user-agent")), isGet ? QByteArray("tst") : QByteArray());
        QCOMPARE(request.body().size(), isGet ? 0 : 100);
        if (i >= 2) { // after one request of each kind, no buffer moves (no reallocation)
            QCOMPARE(request.method().data(), head);
            if (!isGet)
                QCOMPARE(request.body().constData(), body);
        }
        head = request.method().data();
        if (!isGet)
            body = request.body().constData();
        parser.reset();
    }
}

void TestRequestParser::stickyStates() {
    RequestParser parser;
    const QByteArray two = get() + get("X-Second: 1\r\n");
    ParseResult r = parser.feed(two);
    QCOMPARE(r.status, ParseStatus::Complete);
    QCOMPARE(r.consumed, get().size());
    r = parser.feed(two.constData() + r.consumed, two.size() - r.consumed);
    QCOMPARE(r.status, ParseStatus::Complete); // no reset yet: nothing used
    QCOMPARE(r.consumed, 0);
    parser.reset();
    r = parser.feed(two.constData() + get().size(), two.size() - get().size());
    QCOMPARE(r.status, ParseStatus::Complete);
    QCOMPARE(bytes(parser.request().header("X-Second")), QByteArray("1"));

    parser.reset();
    QCOMPARE(parser.feed(QByteArrayView("GET / HTTP/9.9\r\n")).status, ParseStatus::Error);
    QCOMPARE(parser.errorStatus(), 505);
    r = parser.feed(get());
    QCOMPARE(r.status, ParseStatus::Error);
    QCOMPARE(r.consumed, 0);
    QCOMPARE(parser.errorStatus(), 505);
    parser.reset();
    QCOMPARE(parser.errorStatus(), 0);
    QCOMPARE(parser.feed(get()).status, ParseStatus::Complete);
}

void TestRequestParser::headerIteration() {
    RequestParser parser;
    QCOMPARE(parser.feed(get("X-One: 1\r\nx-empty:\r\nX-Two:  2 \r\n")).status,
             ParseStatus::Complete);
    const HttpRequest &request = parser.request();
    QList<QByteArray> seen;
    for (const HttpHeaderField &field : request.headers())
        seen << bytes(field.name) + '=' + bytes(field.value);
    QCOMPARE(seen, (QList<QByteArray>{"Host=example.com", "X-One=1", "x-empty=", "X-Two=2"}));
    QCOMPARE(request.headerCount(), 4);
    QCOMPARE(bytes(request.headerAt(3).name), QByteArray("X-Two"));
    QVERIFY(request.header("X-Absent").isNull());
    QVERIFY(!request.hasHeader("X-Absent"));
    QVERIFY(request.hasHeader("X-EMPTY"));
    QVERIFY(request.header("X-Empty").isEmpty());
}

void TestRequestParser::copyOutlivesReset() {
    RequestParser parser;
    const QByteArray first = post("Content-Length: 3\r\nX-Id: first\r\n", "abc");
    ParseResult r = parser.feed(first);
    r = parser.feed(first.constData() + r.consumed, first.size() - r.consumed);
    QCOMPARE(r.status, ParseStatus::Complete);
    const HttpRequest copy = parser.request();
    parser.reset();
    QCOMPARE(parser.feed(get("X-Id: second\r\n")).status, ParseStatus::Complete);
    QCOMPARE(bytes(copy.method()), QByteArray("POST"));
    QCOMPARE(bytes(copy.path()), QByteArray("/submit"));
    QCOMPARE(bytes(copy.header("X-Id")), QByteArray("first"));
    QCOMPARE(copy.body(), QByteArray("abc"));
    QCOMPARE(bytes(parser.request().header("X-Id")), QByteArray("second"));
}

void TestRequestParser::errorReasons() {
    RequestParser parser;
    parser.feed(post("Content-Length: 5\r\nTransfer-Encoding: chunked\r\n", ""));
    QCOMPARE(bytes(parser.errorReason()), QByteArray("Content-Length with Transfer-Encoding"));
    parser.reset();
    parser.feed(get("Host : a\r\n"));
    QCOMPARE(bytes(parser.errorReason()), QByteArray("whitespace between field name and colon"));
    parser.reset();
    QVERIFY(parser.errorReason().isNull());
}

QTEST_GUILESS_MAIN(TestRequestParser)
#include "tst_requestparser.moc"
