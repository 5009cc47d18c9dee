#include "http/requestparser.h"
#include "routing/requestvalues.h"
#include "routing/template.h"

#include <QTest>

using namespace yard::routing;
using yard::http::HttpRequest;
using yard::http::ParseStatus;
using yard::http::RequestParser;

namespace {

// The request a row renders against. `params` alternates capture names and (encoded) values.
struct Request {
    QByteArray target = "/";
    QByteArrayList params{};
    QByteArrayList headers{}; // "Name: value"
    QByteArray body{};
};

using Esc = TemplateEscaping;

void row(const char *name, const QByteArray &text, const QByteArray &expected,
         const Request &request = {}, TemplateEscaping escaping = Esc::None) {
    QTest::newRow(name) << text << request.target << request.params << request.headers
                        << request.body << int(escaping) << expected;
}

QByteArrayList json(const QByteArray &type = "application/json") {
    return {"Content-Type: " + type};
}

std::optional<HttpRequest> parse(const Request &request) {
    QByteArray raw = (request.body.isEmpty() ? "GET " : "POST ") + request.target +
                     " HTTP/1.1\r\nHost: test\r\n";
    for (const QByteArray &header : request.headers)
        raw += header + "\r\n";
    if (!request.body.isEmpty())
        raw += "Content-Length: " + QByteArray::number(request.body.size()) + "\r\n";
    raw += "\r\n" + request.body;
    RequestParser parser;
    auto result = parser.feed(raw);
    if (result.status == ParseStatus::HeadComplete) // it pauses once before a body
        result = parser.feed(QByteArrayView(raw).sliced(result.consumed));
    if (result.status != ParseStatus::Complete)
        return std::nullopt;
    return parser.request(); // a copy shares the parser's buffers, so it outlives the parser
}

} // namespace

class TestTemplate : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void render_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QByteArrayList>("params");
        QTest::addColumn<QByteArrayList>("headers");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("escaping");
        QTest::addColumn<QByteArray>("expected");

        const Request id{.params = {"id", "42"}};
        row("constant", "plain text", "plain text");
        row("empty template", "", "");
        row("param", "id={{params.id}}", "id=42", id);
        row("whitespace in braces", "{{  params.id\t}}", "42", id);
        row("json braces around a value", "{\"id\":{{params.id}}}", "{\"id\":42}", id, Esc::Json);
        row("triple braces", "{{{params.id}}}", "{42}", id);
        row("two values", "{{params.a}}/{{params.b}}", "x/y", {.params = {"a", "x", "b", "y"}});
        row("param rest", "{{params.rest}}", "docs/a b.txt",
            {.params = {"rest", "docs/a%20b.txt"}});
        row("param pct20", "{{params.id}}", "a b", {.params = {"id", "a%20b"}});
        row("param pct2F", "{{params.id}}", "a/b", {.params = {"id", "a%2fb"}});
        row("param invalid pct kept", "{{params.id}}", "100%zz", {.params = {"id", "100%zz"}});
        row("param truncated pct kept", "{{params.id}}", "x%4", {.params = {"id", "x%4"}});
        row("param plus is a plus", "{{params.id}}", "a+b", {.params = {"id", "a+b"}});
        row("param utf-8", "{{params.id}}", "caf\xC3\xA9", {.params = {"id", "caf%C3%A9"}});
        row("param missing", "[{{params.nope}}]", "[]", id);

        row("query", "{{query.page}}", "2", {.target = "/s?q=x&page=2"});
        row("query plus is space", "{{query.q}}", "a b", {.target = "/s?q=a+b"});
        row("query pct20 and pct2B", "{{query.q}}", "a b+c", {.target = "/s?q=a%20b%2Bc"});
        row("query first of repeated", "{{query.a}}", "1", {.target = "/s?a=1&a=2"});
        row("query encoded name", "{{query.user_id}}", "7", {.target = "/s?user%5Fid=7"});
        row("query without value", "[{{query.flag}}]", "[]", {.target = "/s?flag&x=1"});
        row("query empty pairs", "{{query.x}}", "1", {.target = "/s?&&x=1&"});
        row("query equals in value", "{{query.e}}", "a=b", {.target = "/s?e=a=b"});
        row("query missing", "[{{query.b}}]", "[]", {.target = "/s?a=1"});
        row("no query at all", "[{{query.b}}]", "[]");

        row("header", "{{header.User-Agent}}", "curl/8", {.headers = {"User-Agent: curl/8"}});
        row("header any case", "{{header.x-api-key}}", "k1", {.headers = {"X-API-KEY: k1"}});
        row("header missing", "[{{header.Referer}}]", "[]");

        const QByteArray nested = R"({"user":{"name":"Bo"},"items":[{"id":1},{"id":2}],)"
                                  R"("n":42,"f":0.1,"ok":true,"none":null})";
        const Request body{.headers = json(), .body = nested};
        row("body field", "{{body.n}}", "42", body);
        row("body nested", "{{body.user.name}}", "Bo", body);
        row("body array index", "{{body.items.1.id}}", "2", body);
        row("body index out of range", "[{{body.items.5.id}}]", "[]", body);
        row("body index on object", "[{{body.user.0}}]", "[]", body);
        row("body number bool", "{{body.f}} {{body.ok}}", "0.1 true", body);
        row("body null", "[{{body.none}}]", "[]", body);
        row("body object as json", "{{body.user}}", R"({"name":"Bo"})", body);
        row("body missing", "[{{body.nope.deeper}}]", "[]", body);
        row("body without content type", "{{body.a}}", "x", {.body = R"( {"a":"x"})"});
        row("body +json type", "{{body.a}}", "x",
            {.headers = json("application/vnd.api+json; charset=utf-8"), .body = R"({"a":"x"})"});
        row("body top-level array", "{{body.0.a}}", "x",
            {.headers = json(), .body = R"([{"a":"x"}])"});
        row("body invalid json", "[{{body.a}}]", "[]", {.headers = json(), .body = R"({"a":)"});
        row("body form is not json", "[{{body.a}}]", "[]",
            {.headers = json("application/x-www-form-urlencoded"), .body = "a=1"});
        row("no body", "[{{body.a}}]", "[]");
        row("session user (no sessions yet)", "[{{session.user}}]", "[]");

        const Request q{.target = "/s?q=a%22b%5Cc%0Ad%01e%09"};
        row("json quote backslash controls", "{{query.q}}", R"(a\"b\\c\nd\u0001e\t)", q, Esc::Json);
        row("json literal untouched", R"({"a":"{{params.id}}"})", R"({"a":"42"})", id, Esc::Json);
        const Request script{.target = "/s?q=%3C%2Fscript%3E"};
        row("json end of script", "{{query.q}}", R"(<\/script>)", script, Esc::Json);
        row("json slash after literal <", "<{{query.q}}", R"(<\/x)", {.target = "/s?q=/x"},
            Esc::Json);
        row("json trailing <", "{{query.q}}/x", R"(\u003c/x)", {.target = "/s?q=%3C"}, Esc::Json);
        row("json unicode kept", "{{query.q}}", "caf\xC3\xA9", {.target = "/s?q=caf%C3%A9"},
            Esc::Json);
        row("json line separator", "{{query.q}}", R"(\u2028)", {.target = "/s?q=%E2%80%A8"},
            Esc::Json);
        row("json invalid utf-8 replaced", "{{query.q}}",
            "a\xEF\xBF\xBD"
            "b",
            {.target = "/s?q=a%FFb"}, Esc::Json);
        const Request markup{.headers = {"X-V: <b>&\"'</b>"}};
        row("html specials", "<p>{{header.X-V}}</p>", "<p>&lt;b&gt;&amp;&quot;&#39;&lt;/b&gt;</p>",
            markup, Esc::Html);
        row("html unicode kept", "{{query.q}}", "caf\xC3\xA9", {.target = "/s?q=caf%C3%A9"},
            Esc::Html);
        row("html control replaced", "{{query.q}}", "\xEF\xBF\xBD", {.target = "/s?q=%01"},
            Esc::Html);
        row("none untouched", "{{header.X-V}}", "<b>&\"'</b>", markup, Esc::None);
        row("url space slash question", "/go/{{query.q}}", "/go/a%20b%2Fc%3Fd%26e",
            {.target = "/s?q=a+b/c?d%26e"}, Esc::UrlComponent);
        row("url unreserved kept", "{{params.id}}", "Az09-._~", {.params = {"id", "Az09-._~"}},
            Esc::UrlComponent);
        row("url unicode", "{{query.q}}", "caf%C3%A9", {.target = "/s?q=caf%C3%A9"},
            Esc::UrlComponent);
        row("url literal untouched", "/a b?x={{params.id}}", "/a b?x=42", id, Esc::UrlComponent);
    }

    void render() {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, target);
        QFETCH(QByteArrayList, params);
        QFETCH(QByteArrayList, headers);
        QFETCH(QByteArray, body);
        QFETCH(int, escaping);
        QFETCH(QByteArray, expected);

        const auto request = parse({target, params, headers, body});
        QVERIFY(request);
        PathParams pathParams;
        for (qsizetype i = 0; i + 1 < params.size(); i += 2)
            pathParams.append({params.at(i), params.at(i + 1)});
        const RequestValues values(*request, pathParams);
        const Template compiled = Template::compile(text);
        QByteArray out;
        compiled.render(values, TemplateEscaping(escaping), out);
        QCOMPARE(out, expected);
        compiled.render(values, TemplateEscaping(escaping), out); // the body was parsed once
        QCOMPARE(out, expected + expected);
    }

    void escapingForContentType_data() {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("escaping");
        QTest::addRow("json") << QByteArray("application/json") << int(Esc::Json);
        QTest::addRow("json charset")
            << QByteArray("application/json; charset=utf-8") << int(Esc::Json);
        QTest::addRow("json upper case") << QByteArray("Application/JSON") << int(Esc::Json);
        QTest::addRow("+json") << QByteArray("application/problem+json") << int(Esc::Json);
        QTest::addRow("html") << QByteArray("text/html;charset=utf-8") << int(Esc::Html);
        QTest::addRow("xhtml") << QByteArray("application/xhtml+xml") << int(Esc::Html);
        QTest::addRow("xml") << QByteArray("application/xml") << int(Esc::Html);
        QTest::addRow("text xml") << QByteArray(" text/xml ") << int(Esc::Html);
        QTest::addRow("svg") << QByteArray("image/svg+xml") << int(Esc::Html);
        QTest::addRow("plain") << QByteArray("text/plain") << int(Esc::None);
        QTest::addRow("javascript") << QByteArray("text/javascript") << int(Esc::None);
        QTest::addRow("jsonl is not json") << QByteArray("application/jsonl") << int(Esc::None);
        QTest::addRow("empty") << QByteArray() << int(Esc::None);
    }

    void escapingForContentType() {
        QFETCH(QByteArray, contentType);
        QFETCH(int, escaping);
        QCOMPARE(int(yard::routing::escapingForContentType(contentType)), escaping);
    }

    void isConstant_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("constant");
        QTest::addRow("empty") << QByteArray() << true;
        QTest::addRow("text") << QByteArray("hello") << true;
        QTest::addRow("json") << QByteArray(R"({"a":{"b":1}})") << true;
        QTest::addRow("param") << QByteArray("a {{params.id}}") << false;
        QTest::addRow("session") << QByteArray("{{ session.user }}") << false;
    }

    void isConstant() {
        QFETCH(QByteArray, text);
        QFETCH(bool, constant);
        QCOMPARE(Template::compile(text).isConstant(), constant);
    }

    // The caller keeps one buffer per connection: rendering into it must reuse its capacity.
    void renderAppendsWithinCapacity() {
        const auto request = parse({.target = "/s?q=a%20b", .headers = {"X-V: <\"&>"}});
        QVERIFY(request);
        const PathParams params{{"id", "42"}};
        const RequestValues values(*request, params);
        const Template compiled =
            Template::compile(R"({"id":"{{params.id}}","q":"{{query.q}}","v":"{{header.X-V}}"})");
        QByteArray out("HTTP/1.1 200 OK\r\n\r\n");
        out.reserve(256);
        const char *data = out.constData();
        compiled.render(values, Esc::Json, out);
        QCOMPARE(
            out,
            QByteArray("HTTP/1.1 200 OK\r\n\r\n{\"id\":\"42\",\"q\":\"a b\",\"v\":\"<\\\"&>\"}"));
        QCOMPARE(out.constData(), data);
    }
};

QTEST_GUILESS_MAIN(TestTemplate)
#include "tst_template.moc"
