// What sessions cost a request, in-process (no sockets): one route table without `sessions`,
// one with them, answering the same unprotected request without a cookie; then a request with
// a valid session cookie (one store lookup) and one to a protected path without it (a redirect);
// last, what one password check costs.
// Prints: case, ns per request. Built on demand: cmake --build --preset release
// --target bench_sessiongate.
#include "http/httpresponse.h"
#include "http/requestparser.h"
#include "project/projectreader.h"
#include "routing/routetable.h"
#include "sessions/cookiecodec.h"
#include "sessions/passwordhash.h"
#include "sessions/sessiondatabase.h"
#include "sessions/sessionstore.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <chrono>
#include <cstdio>

using namespace yard;

namespace {
std::shared_ptr<routing::RouteTable> table(const QByteArray &sessions,
                                           std::shared_ptr<sessions::SessionDatabase> database) {
    const QByteArray json = R"({"version": 1, "servers": [{"name": "web", "port": 0,)" + sessions +
                            R"( "routes": [{"path": "/api/hello", "action": "respond",
                            "body": "{\"message\":\"hello\"}"},
                            {"path": "/dashboard", "action": "respond", "body": "hi"}]}]})";
    const auto read = project::ProjectReader::read(json, QString());
    QString error;
    return routing::RouteTable::build(read.project->servers.first(), QString(), {}, &error, {},
                                      std::move(database));
}

http::HttpRequest request(const QByteArray &head) {
    http::RequestParser parser;
    parser.feed(head);
    return parser.request();
}

double nsPerRequest(const routing::RouteTable &table, const http::HttpRequest &request) {
    constexpr int Rounds = 1'000'000;
    http::HttpResponse response;
    qint64 sink = 0;
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < Rounds; ++i) {
        response.reset();
        table.handleFromClient(request, "127.0.0.1", response);
        sink += response.status;
    }
    const auto elapsed = std::chrono::steady_clock::now() - start;
    if (sink == 42)
        std::puts("");
    return double(std::chrono::duration_cast<std::chrono::nanoseconds>(elapsed).count()) / Rounds;
}
} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    QString error;
    const auto database = sessions::SessionDatabase::open(dir.path(), &error);
    const auto plain = table("", nullptr);
    const auto gated = table(R"("sessions": {"protect": ["/dashboard", "/settings"]},)", database);
    const QByteArray id =
        database->store(QStringLiteral("web"))->create(QStringLiteral("alice"), QString(), 3600000);
    const QByteArray cookie = sessions::CookieCodec(database->cookieKey()).encode(id);

    const auto anonymous = request("GET /api/hello HTTP/1.1\r\nHost: x\r\nUser-Agent: bench\r\n"
                                   "Accept: */*\r\n\r\n");
    const auto withCookie = request("GET /api/hello HTTP/1.1\r\nHost: x\r\nUser-Agent: bench\r\n"
                                    "Accept: */*\r\nCookie: yard.sid=" +
                                    cookie + "\r\n\r\n");
    const auto protectedPath = request("GET /dashboard HTTP/1.1\r\nHost: x\r\n\r\n");
    std::printf("%-40s %10s\n", "case", "ns_per_req");
    std::printf("%-40s %10.1f\n", "no sessions, unprotected", nsPerRequest(*plain, anonymous));
    std::printf("%-40s %10.1f\n", "sessions, unprotected, no cookie",
                nsPerRequest(*gated, anonymous));
    std::printf("%-40s %10.1f\n", "sessions, unprotected, valid cookie",
                nsPerRequest(*gated, withCookie));
    std::printf("%-40s %10.1f\n", "sessions, protected, no cookie (303)",
                nsPerRequest(*gated, protectedPath));
    // What one sign-in costs its worker thread: a PBKDF2 derivation.
    const QByteArray stored = sessions::passwordhash::make(QStringLiteral("pw"));
    const auto start = std::chrono::steady_clock::now();
    constexpr int Verifies = 10;
    for (int i = 0; i < Verifies; ++i)
        sessions::passwordhash::verify(QStringLiteral("pw"), stored);
    const auto elapsed = std::chrono::steady_clock::now() - start;
    std::printf("%-40s %10.1f\n", "password check (ms, not ns)",
                double(std::chrono::duration_cast<std::chrono::microseconds>(elapsed).count()) /
                    1000.0 / Verifies);
    return 0;
}
