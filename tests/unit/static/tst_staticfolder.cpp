#include "http/httpresponse.h"
#include "http/requestparser.h"
#include "routing/httpvalidators.h"
#include "routing/staticfolder.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <fcntl.h>
#include <map>
#include <memory>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace yard;
using routing::StaticFolder;
using routing::StaticOptions;

namespace {

// Row options: which StaticFolder answers.
enum Option { Listing = 1, Spa = 2, MaxAge = 4, Immutable = 8 };

// Every fixture file gets this modification time, so rows can spell validators out.
constexpr qint64 kMtime = 1700000000;
constexpr qint64 kMtimeNs = kMtime * 1000000000LL + 123456789;
const QByteArray kLastModified = "Tue, 14 Nov 2023 22:13:20 GMT";

const QByteArray kHello = "Hello, static world!\n";
const QByteArray kAlphabet = "0123456789abcdefghijklmnopqrstuvwxyz";
const QByteArray kIndex = "<h1>home</h1>\n";
const QByteArray kAppJs = "console.log('static');\n";
const QByteArray kAppJsBr = "BR-DATA";
const QByteArray kAppJsGz = "GZIP-DATA";

QByteArray etagOf(qint64 size) {
    return '"' + QByteArray::number(size, 16) + '-' + QByteArray::number(kMtimeNs, 16) + '"';
}

QByteArray lines(std::initializer_list<QByteArray> list) {
    QByteArray out;
    for (const QByteArray &line : list)
        out += line + "\r\n";
    return out;
}

QByteArray readRange(const http::HttpResponse &response) {
    QByteArray data(response.fileLength, '\0');
    const ssize_t n =
        ::pread(response.file->fd(), data.data(), std::size_t(data.size()), response.fileOffset);
    return n == data.size() ? data : QByteArray("<short read>");
}

QByteArray headerOf(const http::HttpResponse &response, QByteArrayView name) {
    for (const auto &[key, value] : response.headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

} // namespace

class TestStaticFolder final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void serve_data();
    void serve();
    void multipartBody();
    void redirectNeverProtocolRelative();
    void missingRootAnswers404();
    void httpDates();
    void concurrentServe();

private:
    void write(const QString &relative, const QByteArray &content);
    const StaticFolder &folder(int options);
    http::HttpResponse run(const StaticFolder &folder, const QByteArray &method,
                           const QByteArray &target, const QByteArray &headers,
                           QByteArrayView mount = "/s");

    QTemporaryDir m_dir;
    QString m_root;
    std::map<int, std::unique_ptr<StaticFolder>> m_folders;
};

void TestStaticFolder::write(const QString &relative, const QByteArray &content) {
    const QString path = m_root + u'/' + relative;
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(content), content.size());
    file.close();
    const timespec times[2] = {{kMtime, 123456789}, {kMtime, 123456789}};
    QCOMPARE(::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0), 0);
}

void TestStaticFolder::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_root = m_dir.path() + u"/www";
    QVERIFY(QDir().mkpath(m_root));
    write(u"hello.txt"_qs, kHello);
    write(u"alphabet.txt"_qs, kAlphabet);
    write(u"index.html"_qs, kIndex);
    write(u"app.js"_qs, kAppJs);
    write(u"app.js.br"_qs, kAppJsBr);
    write(u"app.js.gz"_qs, kAppJsGz);
    write(u"style.css"_qs, "body{}\n");
    write(u"style.css.gz"_qs, "GZCSS");
    write(u"data.json"_qs, "{}");
    write(u"module.mjs"_qs, "export {};");
    write(u"icon.svg"_qs, "<svg/>");
    write(u"mod.wasm"_qs, "\0asm");
    write(u"image.png"_qs, "PNG");
    write(u"UPPER.PNG"_qs, "PNG");
    write(u"font.woff2"_qs, "wOF2");
    write(u"unknown.xyz"_qs, "?");
    write(u"README"_qs, "readme");
    write(u".env"_qs, "SECRET=1");
    write(u"sub/page.html"_qs, "page");
    write(u"sub/.git/config"_qs, "[core]");
    write(u"sub/<b>&.txt"_qs, "tricky");
    write(u"docs/index.html"_qs, "docs index");
    write(u"my file \u00fc.txt"_qs, "spaces and utf-8");
    write(u"../secret.txt"_qs, "TOP SECRET");
    const QByteArray root = QFile::encodeName(m_root);
    const auto at = [&root](const char *name) {
        return QByteArray(root + '/' + name);
    };
    QCOMPARE(::symlink("hello.txt", at("link-in").constData()), 0);
    QCOMPARE(::symlink(at("hello.txt").constData(), at("link-abs-in").constData()), 0);
    QCOMPARE(::symlink("../secret.txt", at("link-out").constData()), 0);
    QCOMPARE(::symlink("..", at("link-dir-out").constData()), 0);
    QCOMPARE(::mkfifo(at("pipe").constData(), 0600), 0);
}

const StaticFolder &TestStaticFolder::folder(int options) {
    std::unique_ptr<StaticFolder> &slot = m_folders[options];
    if (!slot) {
        StaticOptions o;
        o.root = m_root;
        o.listing = options & Listing;
        o.spaFallback = options & Spa;
        o.maxAge = options & Immutable ? 31536000 : options & MaxAge ? 3600 : 0;
        o.immutable = options & Immutable;
        slot = std::make_unique<StaticFolder>(o);
    }
    return *slot;
}

http::HttpResponse TestStaticFolder::run(const StaticFolder &folder, const QByteArray &method,
                                         const QByteArray &target, const QByteArray &headers,
                                         QByteArrayView mount) {
    http::RequestParser parser;
    const QByteArray raw = method + ' ' + target + " HTTP/1.1\r\nHost: a\r\n" + headers + "\r\n";
    const http::ParseResult result = parser.feed(raw);
    if (result.status != http::ParseStatus::Complete)
        qFatal("request did not parse: %s", raw.constData());
    const http::HttpRequest request = parser.request();
    http::HttpResponse response;
    folder.serve(request, mount, request.path().sliced(mount.size()), response);
    return response;
}

void TestStaticFolder::serve_data() {
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<int>("options");
    QTest::addColumn<int>("status");
    // "Name: value" exact, "Name^prefix", "Name" present, "!Name" absent.
    QTest::addColumn<QByteArrayList>("expect");
    // Exact body; "~text" = contains, "!text" = does not contain; null = not checked.
    QTest::addColumn<QByteArrayList>("body");

    const QByteArray get = "GET";
    const QByteArray none;
    const QByteArray plain = "Content-Type: text/plain; charset=utf-8";
    const QByteArray html = "Content-Type: text/html; charset=utf-8";
    const QByteArray js = "Content-Type: text/javascript; charset=utf-8";
    const QByteArray vary = "Vary: Accept-Encoding";
    const QByteArray helloTag = etagOf(kHello.size());
    const QByteArray abcTag = etagOf(kAlphabet.size());
    const QByteArrayList notFound{"Not Found\n"};
    const QByteArrayList hello{kHello};
    auto row = [](const char *name, const QByteArray &method, const QByteArray &target,
                  const QByteArray &headers, int options, int status, QByteArrayList expect,
                  QByteArrayList body) {
        QTest::newRow(name) << method << target << headers << options << status << expect << body;
    };

    // Files, methods and headers of a plain answer.
    row("file", get, "/s/hello.txt", none, 0, 200,
        {plain, "ETag: " + helloTag, "Last-Modified: " + kLastModified, "Accept-Ranges: bytes",
         "Cache-Control: no-cache", vary, "!Content-Encoding", "!Content-Length", "!Date"},
        hello);
    row("head", "HEAD", "/s/hello.txt", none, 0, 200, {plain, "ETag: " + helloTag}, hello);
    row("post", "POST", "/s/hello.txt", "Content-Length: 0\r\n", 0, 405,
        {"Allow: GET, HEAD", plain}, {"Method Not Allowed\n"});
    row("put", "PUT", "/s/hello.txt", "Content-Length: 0\r\n", 0, 405, {"Allow: GET, HEAD"}, {});
    row("delete", "DELETE", "/s/hello.txt", none, 0, 405, {"Allow: GET, HEAD"}, {});
    row("missing", get, "/s/nope.txt", none, 0, 404, {plain, "!ETag"}, notFound);
    row("utf-8 name", get, "/s/my%20file%20%C3%BC.txt", none, 0, 200, {plain},
        {"spaces and utf-8"});
    row("double slash", get, "/s//hello.txt", none, 0, 200, {}, hello);
    row("file with slash", get, "/s/hello.txt/", none, 0, 404, {}, notFound);
    row("fifo", get, "/s/pipe", none, 0, 404, {}, notFound);

    // Content types from the extension.
    row("mime html", get, "/s/index.html", none, 0, 200, {html, vary}, {kIndex});
    row("mime js", get, "/s/app.js", none, 0, 200, {js, vary}, {kAppJs});
    row("mime mjs", get, "/s/module.mjs", none, 0, 200, {js}, {});
    row("mime css", get, "/s/style.css", none, 0, 200, {"Content-Type: text/css; charset=utf-8"},
        {});
    row("mime json", get, "/s/data.json", none, 0, 200, {"Content-Type: application/json"}, {});
    row("mime svg", get, "/s/icon.svg", none, 0, 200, {"Content-Type: image/svg+xml"}, {});
    row("mime wasm", get, "/s/mod.wasm", none, 0, 200, {"Content-Type: application/wasm"}, {});
    row("mime png", get, "/s/image.png", none, 0, 200, {"Content-Type: image/png", "!Vary"}, {});
    row("mime upper case", get, "/s/UPPER.PNG", none, 0, 200, {"Content-Type: image/png"}, {});
    row("mime woff2", get, "/s/font.woff2", none, 0, 200, {"Content-Type: font/woff2"}, {});
    row("mime unknown", get, "/s/unknown.xyz", none, 0, 200,
        {"Content-Type: application/octet-stream"}, {});
    row("mime no extension", get, "/s/README", none, 0, 200,
        {"Content-Type: application/octet-stream"}, {});

    // Traversal and hidden names: never served, 404 like a missing file; 403 for symlinks out.
    row("dotdot", get, "/s/../secret.txt", none, 0, 404, {plain}, notFound);
    row("encoded dotdot", get, "/s/%2e%2e/secret.txt", none, 0, 404, {}, notFound);
    row("encoded dotdot upper", get, "/s/%2E%2E/secret.txt", none, 0, 404, {}, notFound);
    row("nested encoded dotdot", get, "/s/a/%2e%2e/%2e%2e/secret.txt", none, 0, 404, {}, notFound);
    row("dotdot encoded slash", get, "/s/..%2fsecret.txt", none, 0, 404, {}, notFound);
    row("encoded slash", get, "/s/%2fetc/passwd", none, 0, 404, {}, notFound);
    row("encoded slash upper", get, "/s/sub%2Fpage.html", none, 0, 404, {}, notFound);
    row("backslash", get, "/s/a\\..\\secret.txt", none, 0, 404, {}, notFound);
    row("encoded backslash", get, "/s/%5c..%5csecret.txt", none, 0, 404, {}, notFound);
    row("nul", get, "/s/a%00", none, 0, 404, {}, notFound);
    row("nul before extension", get, "/s/hello.txt%00.png", none, 0, 404, {}, notFound);
    row("control character", get, "/s/a%0d%0aX", none, 0, 404, {}, notFound);
    row("bad percent", get, "/s/%zz", none, 0, 404, {}, notFound);
    row("truncated percent", get, "/s/hello.txt%2", none, 0, 404, {}, notFound);
    row("overlong dot", get, "/s/%c0%ae%c0%ae/secret.txt", none, 0, 404, {}, notFound);
    row("dotfile", get, "/s/.env", none, 0, 404, {}, notFound);
    row("encoded dotfile", get, "/s/%2eenv", none, 0, 404, {}, notFound);
    row("dot segment", get, "/s/./hello.txt", none, 0, 404, {}, notFound);
    row("git config", get, "/s/sub/.git/config", none, 0, 404, {}, notFound);
    row("symlink out", get, "/s/link-out", none, 0, 403, {plain}, {"Forbidden\n"});
    row("symlink dir out", get, "/s/link-dir-out/secret.txt", none, 0, 403, {}, {});
    // The type comes from the name in the URL, as in nginx, not from the link's target.
    row("symlink in", get, "/s/link-in", none, 0, 200, {"Content-Type: application/octet-stream"},
        hello);
    row("absolute symlink in", get, "/s/link-abs-in", none, 0, 200, {}, hello);

    // Validators: If-None-Match (weak comparison) before If-Modified-Since (RFC 9110 §13.2.2).
    const QByteArrayList notModified{"ETag: " + helloTag, "Cache-Control: no-cache",
                                     "Last-Modified: " + kLastModified, vary, "!Content-Type"};
    row("inm exact", get, "/s/hello.txt", "If-None-Match: " + helloTag + "\r\n", 0, 304,
        notModified, {""});
    row("inm list", get, "/s/hello.txt", "If-None-Match: \"x\", " + helloTag + " ,\"y\"\r\n", 0,
        304, notModified, {""});
    row("inm star", get, "/s/hello.txt", "If-None-Match: *\r\n", 0, 304, notModified, {""});
    row("inm weak", get, "/s/hello.txt", "If-None-Match: W/" + helloTag + "\r\n", 0, 304,
        notModified, {""});
    row("inm head", "HEAD", "/s/hello.txt", "If-None-Match: " + helloTag + "\r\n", 0, 304, {},
        {""});
    row("inm mismatch", get, "/s/hello.txt", "If-None-Match: \"nope\"\r\n", 0, 200, {}, hello);
    row("inm wins over ims", get, "/s/hello.txt",
        lines({"If-None-Match: \"nope\"", "If-Modified-Since: " + kLastModified}), 0, 200, {},
        hello);
    row("ims equal", get, "/s/hello.txt", "If-Modified-Since: " + kLastModified + "\r\n", 0, 304,
        notModified, {""});
    row("ims older", get, "/s/hello.txt", "If-Modified-Since: Tue, 14 Nov 2023 22:13:19 GMT\r\n", 0,
        200, {}, hello);
    row("ims newer", get, "/s/hello.txt", "If-Modified-Since: Wed, 15 Nov 2023 00:00:00 GMT\r\n", 0,
        304, {}, {""});
    row("ims rfc850", get, "/s/hello.txt", "If-Modified-Since: Tuesday, 14-Nov-23 22:13:20 GMT\r\n",
        0, 304, {}, {""});
    row("ims asctime", get, "/s/hello.txt", "If-Modified-Since: Tue Nov 14 22:13:20 2023\r\n", 0,
        304, {}, {""});
    row("ims malformed", get, "/s/hello.txt", "If-Modified-Since: yesterday\r\n", 0, 200, {},
        hello);

    // Byte ranges (RFC 9110 §14).
    row("range first", get, "/s/alphabet.txt", "Range: bytes=0-4\r\n", 0, 206,
        {"Content-Range: bytes 0-4/36", plain, "ETag: " + abcTag}, {"01234"});
    row("range suffix", get, "/s/alphabet.txt", "Range: bytes=-5\r\n", 0, 206,
        {"Content-Range: bytes 31-35/36"}, {"vwxyz"});
    row("range open", get, "/s/alphabet.txt", "Range: bytes=30-\r\n", 0, 206,
        {"Content-Range: bytes 30-35/36"}, {"uvwxyz"});
    row("range one byte", get, "/s/alphabet.txt", "Range: bytes=0-0\r\n", 0, 206,
        {"Content-Range: bytes 0-0/36"}, {"0"});
    row("range clipped", get, "/s/alphabet.txt", "Range: bytes=30-1000\r\n", 0, 206,
        {"Content-Range: bytes 30-35/36"}, {"uvwxyz"});
    row("range suffix longer", get, "/s/alphabet.txt", "Range: bytes=-100\r\n", 0, 206,
        {"Content-Range: bytes 0-35/36"}, {kAlphabet});
    row("range unit case", get, "/s/alphabet.txt", "Range: Bytes=1-2\r\n", 0, 206, {}, {"12"});
    row("range multiple", get, "/s/alphabet.txt", "Range: bytes=0-1, 10-12\r\n", 0, 206,
        {"Content-Type^multipart/byteranges; boundary=", "!Content-Range"},
        {"~Content-Range: bytes 0-1/36\r\n\r\n01\r\n",
         "~Content-Range: bytes 10-12/36\r\n\r\nabc\r\n", "~Content-Type: text/plain"});
    row("range multiple one satisfiable", get, "/s/alphabet.txt", "Range: bytes=0-1,100-200\r\n", 0,
        206, {"Content-Range: bytes 0-1/36", plain}, {"01"});
    row("range overlapping", get, "/s/alphabet.txt", "Range: bytes=0-10,5-15\r\n", 0, 200,
        {"!Content-Range"}, {kAlphabet});
    row("range too many", get, "/s/alphabet.txt",
        "Range: bytes=0-0,2-2,4-4,6-6,8-8,10-10,12-12,14-14,16-16,18-18,20-20,22-22,24-24,26-26,"
        "28-28,30-30,32-32\r\n",
        0, 200, {}, {kAlphabet});
    row("range unsatisfiable", get, "/s/alphabet.txt", "Range: bytes=100-200\r\n", 0, 416,
        {"Content-Range: bytes */36", plain}, {"Range Not Satisfiable\n"});
    row("range empty suffix", get, "/s/alphabet.txt", "Range: bytes=-0\r\n", 0, 416,
        {"Content-Range: bytes */36"}, {});
    row("range malformed", get, "/s/alphabet.txt", "Range: bytes=abc\r\n", 0, 200,
        {"!Content-Range"}, {kAlphabet});
    row("range reversed", get, "/s/alphabet.txt", "Range: bytes=5-2\r\n", 0, 200, {}, {kAlphabet});
    row("range other unit", get, "/s/alphabet.txt", "Range: items=0-1\r\n", 0, 200, {},
        {kAlphabet});
    row("range on head", "HEAD", "/s/alphabet.txt", "Range: bytes=0-1\r\n", 0, 200, {},
        {kAlphabet});
    row("if-range etag", get, "/s/alphabet.txt", lines({"Range: bytes=0-1", "If-Range: " + abcTag}),
        0, 206, {}, {"01"});
    row("if-range etag mismatch", get, "/s/alphabet.txt",
        lines({"Range: bytes=0-1", "If-Range: \"old\""}), 0, 200, {}, {kAlphabet});
    row("if-range weak", get, "/s/alphabet.txt",
        lines({"Range: bytes=0-1", "If-Range: W/" + abcTag}), 0, 200, {}, {kAlphabet});
    row("if-range date", get, "/s/alphabet.txt",
        lines({"Range: bytes=0-1", "If-Range: " + kLastModified}), 0, 206, {}, {"01"});
    row("if-range date mismatch", get, "/s/alphabet.txt",
        lines({"Range: bytes=0-1", "If-Range: Tue, 14 Nov 2023 22:13:19 GMT"}), 0, 200, {},
        {kAlphabet});

    // Directories: redirect to the slash, index, listing, SPA fallback.
    row("dir redirect", get, "/s/sub", none, 0, 301, {"Location: /s/sub/"}, {""});
    row("dir redirect query", get, "/s/sub?x=1&y", none, 0, 301, {"Location: /s/sub/?x=1&y"}, {""});
    row("mount redirect", get, "/s", none, 0, 301, {"Location: /s/"}, {""});
    row("root index", get, "/s/", none, 0, 200, {html, "ETag"}, {kIndex});
    row("dir index", get, "/s/docs/", none, 0, 200, {html}, {"docs index"});
    row("listing off", get, "/s/sub/", none, 0, 404, {}, notFound);
    row("listing on", get, "/s/sub/", none, Listing, 200, {html, "Cache-Control: no-cache"},
        {"~<a href=\"%3Cb%3E%26.txt\">&lt;b&gt;&amp;.txt</a>", "~<a href=\"page.html\">",
         "~<a href=\"../\">", "~Index of /s/sub/", "!.git"});
    row("listing traversal", get, "/s/docs/../", none, Listing, 404, {}, {});
    row("index wins over listing", get, "/s/", none, Listing, 200, {html}, {kIndex});
    row("spa off", get, "/s/app/route", none, 0, 404, {}, notFound);
    row("spa on", get, "/s/app/route", none, Spa | Immutable, 200,
        {html, "Cache-Control: no-cache"}, {kIndex});
    row("spa with extension", get, "/s/missing.png", none, Spa, 404, {}, notFound);
    row("spa hidden", get, "/s/.env", none, Spa, 404, {}, notFound);
    row("spa traversal", get, "/s/%2e%2e/secret", none, Spa, 404, {}, notFound);

    // Precompressed siblings (RFC 9110 §12.5.3), with Vary on every answer for the file.
    const QByteArray ae = "Accept-Encoding: ";
    row("br", get, "/s/app.js", ae + "gzip, deflate, br\r\n", 0, 200,
        {"Content-Encoding: br", js, vary, "ETag: " + etagOf(kAppJsBr.size())}, {kAppJsBr});
    row("gzip", get, "/s/app.js", ae + "gzip\r\n", 0, 200, {"Content-Encoding: gzip", js, vary},
        {kAppJsGz});
    row("br q=0", get, "/s/app.js", ae + "br;q=0, gzip\r\n", 0, 200, {"Content-Encoding: gzip"},
        {kAppJsGz});
    row("all q=0", get, "/s/app.js", ae + "br;q=0.000, gzip; q=0\r\n", 0, 200,
        {"!Content-Encoding", vary}, {kAppJs});
    row("identity", get, "/s/app.js", ae + "identity\r\n", 0, 200, {"!Content-Encoding", vary},
        {kAppJs});
    row("no accept-encoding", get, "/s/app.js", none, 0, 200, {"!Content-Encoding", vary},
        {kAppJs});
    row("star", get, "/s/app.js", ae + "*\r\n", 0, 200, {"Content-Encoding: br"}, {kAppJsBr});
    row("star without br", get, "/s/app.js", ae + "*, br;q=0\r\n", 0, 200,
        {"Content-Encoding: gzip"}, {kAppJsGz});
    row("br q=0.5", get, "/s/app.js", ae + "BR;q=0.5\r\n", 0, 200, {"Content-Encoding: br"},
        {kAppJsBr});
    row("only gzip sibling", get, "/s/style.css", ae + "br, gzip\r\n", 0, 200,
        {"Content-Encoding: gzip"}, {"GZCSS"});
    row("no br sibling", get, "/s/style.css", ae + "br\r\n", 0, 200, {"!Content-Encoding", vary},
        {"body{}\n"});
    row("br 304", get, "/s/app.js", lines({ae + "br", "If-None-Match: " + etagOf(kAppJsBr.size())}),
        0, 304, {vary, "ETag: " + etagOf(kAppJsBr.size())}, {""});
    row("br other etag", get, "/s/app.js",
        lines({ae + "br", "If-None-Match: " + etagOf(kAppJs.size())}), 0, 200,
        {"Content-Encoding: br"}, {kAppJsBr});

    // Cache-Control from the options.
    row("max-age", get, "/s/hello.txt", none, MaxAge, 200, {"Cache-Control: public, max-age=3600"},
        hello);
    row("immutable", get, "/s/hello.txt", none, Immutable, 200,
        {"Cache-Control: public, max-age=31536000, immutable"}, hello);
    row("immutable 304", get, "/s/hello.txt", "If-None-Match: " + helloTag + "\r\n", Immutable, 304,
        {"Cache-Control: public, max-age=31536000, immutable"}, {""});
}

void TestStaticFolder::serve() {
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, headers);
    QFETCH(int, options);
    QFETCH(int, status);
    QFETCH(QByteArrayList, expect);
    QFETCH(QByteArrayList, body);

    const http::HttpResponse response = run(folder(options), method, target, headers);
    QCOMPARE(response.status, status);
    for (const QByteArray &e : expect) {
        const qsizetype colon = e.indexOf(':');
        const qsizetype caret = e.indexOf('^');
        if (e.startsWith('!')) {
            QVERIFY2(headerOf(response, e.mid(1)).isNull(), e.constData());
        } else if (caret > 0) {
            QVERIFY2(headerOf(response, e.left(caret)).startsWith(e.mid(caret + 1)), e.constData());
        } else if (colon < 0) {
            QVERIFY2(!headerOf(response, e).isNull(), e.constData());
        } else {
            QCOMPARE(headerOf(response, e.left(colon)), e.mid(colon + 2));
        }
    }
    const QByteArray actual = response.file ? readRange(response) : response.body;
    QCOMPARE(response.contentLength(), actual.size());
    for (const QByteArray &b : body) {
        if (b.startsWith('~'))
            QVERIFY2(actual.contains(b.mid(1)), b.constData());
        else if (b.startsWith('!'))
            QVERIFY2(!actual.contains(b.mid(1)), b.constData());
        else
            QCOMPARE(actual, b);
    }
}

void TestStaticFolder::multipartBody() {
    const http::HttpResponse response =
        run(folder(0), "GET", "/s/alphabet.txt", "Range: bytes=-2, 3-4\r\n");
    QCOMPARE(response.status, 206);
    const QByteArray type = headerOf(response, "Content-Type");
    const QByteArray boundary = type.mid(type.indexOf("boundary=") + 9);
    QVERIFY(!boundary.isEmpty());
    // Parts in the order requested (RFC 9110 §14.6).
    const QByteArray expected = "--" + boundary +
                                "\r\nContent-Type: text/plain; charset=utf-8\r\n"
                                "Content-Range: bytes 34-35/36\r\n\r\nyz\r\n--" +
                                boundary +
                                "\r\nContent-Type: text/plain; charset=utf-8\r\n"
                                "Content-Range: bytes 3-4/36\r\n\r\n34\r\n--" +
                                boundary + "--\r\n";
    QCOMPARE(response.body, expected);
    QVERIFY(!response.file);
}

void TestStaticFolder::redirectNeverProtocolRelative() {
    // A route mounted at the server root has an empty prefix: "//sub" must not become
    // "Location: //sub/", which a browser reads as the host "sub".
    const http::HttpResponse response = run(folder(0), "GET", "//sub", {}, "");
    QCOMPARE(response.status, 301);
    QCOMPARE(headerOf(response, "Location"), "/sub/");
}

void TestStaticFolder::missingRootAnswers404() {
    StaticOptions options;
    options.root = m_dir.path() + u"/does-not-exist";
    const StaticFolder missing(options);
    QCOMPARE(run(missing, "GET", "/s/hello.txt", {}).status, 404);
    QCOMPARE(run(missing, "GET", "/s/", {}).status, 404);
}

void TestStaticFolder::httpDates() {
    QCOMPARE(routing::httpDate(784111777), "Sun, 06 Nov 1994 08:49:37 GMT");
    QCOMPARE(routing::parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT"), 784111777);
    QCOMPARE(routing::parseHttpDate("Sunday, 06-Nov-94 08:49:37 GMT"), 784111777);
    QCOMPARE(routing::parseHttpDate("Sun Nov  6 08:49:37 1994"), 784111777);
    QCOMPARE(routing::parseHttpDate(kLastModified), kMtime);
    QVERIFY(!routing::parseHttpDate("Sun, 06 Nov 1994 08:49:37 UTC"));
    QVERIFY(!routing::parseHttpDate("Sun, 06 Nov 1994 25:49:37 GMT"));
    QVERIFY(!routing::parseHttpDate(""));
}

void TestStaticFolder::concurrentServe() {
    // serve() is const and lock-free: hammer one folder from several threads.
    const StaticFolder &shared = folder(0);
    std::atomic<int> failures = 0;
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 500; ++i) {
                const http::HttpResponse r =
                    run(shared, "GET", i % 2 ? "/s/hello.txt" : "/s/link-abs-in", {});
                if (r.status != 200 || !r.file || readRange(r) != kHello)
                    ++failures;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(failures.load(), 0);
}

QTEST_GUILESS_MAIN(TestStaticFolder)
#include "tst_staticfolder.moc"
