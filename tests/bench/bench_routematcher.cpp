// Route matching cost with 10 and 1 000 routes (routing issue: 1 000 within 10 % of 10).
// Prints: case, routes, ns per match. Built on demand: cmake --build --preset release
// --target bench_routematcher.
#include "routing/routematcher.h"

#include <QString>
#include <chrono>
#include <cstdio>

using yard::routing::PathParams;
using yard::routing::RouteMatcher;

namespace {
RouteMatcher project(int routes) {
    // A realistic mix: literal API routes, captures, a static mount and a catch-all proxy.
    RouteMatcher matcher;
    for (int i = 0; i < routes - 4; ++i)
        matcher.add("GET", QStringLiteral("/api/v1/resource%1/:id").arg(i), false);
    matcher.add("GET", QStringLiteral("/api/hello"), false);
    matcher.add("GET", QStringLiteral("/users/:id"), false);
    matcher.add("GET", QStringLiteral("/static"), true);
    matcher.add("", QStringLiteral("/"), true);
    return matcher;
}

double nsPerMatch(const RouteMatcher &matcher, QByteArrayView path) {
    constexpr int Rounds = 2'000'000;
    int sink = 0;
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < Rounds; ++i) {
        PathParams params;
        sink += matcher.match("GET", path, params).route;
    }
    const auto elapsed = std::chrono::steady_clock::now() - start;
    if (sink == 42)
        std::puts("");
    return double(std::chrono::duration_cast<std::chrono::nanoseconds>(elapsed).count()) / Rounds;
}
} // namespace

int main() {
    std::printf("%-22s %8s %12s\n", "case", "routes", "ns_per_match");
    for (const char *path :
         {"/api/hello", "/users/42", "/static/a.txt", "/api/v1/resource5/7", "/no/such/path"}) {
        for (int routes : {10, 1000}) {
            const RouteMatcher matcher = project(routes);
            std::printf("%-22s %8d %12.1f\n", path, routes, nsPerMatch(matcher, path));
        }
    }
    return 0;
}
