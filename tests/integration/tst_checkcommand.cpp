#include <QDir>
#include <QProcess>
#include <QTest>

// `yardmaster check` as a user runs it: one row per broken project under tests/data/projects.
class TestCheckCommand : public QObject {
    Q_OBJECT

private:
    struct Output {
        int exitCode;
        QString out;
    };

    static Output check(const QString &file) { return run({QStringLiteral("check"), file}); }

    static Output run(const QStringList &args) {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(YARD_CLI), args);
        if (!process.waitForFinished(30000))
            return {-1, QStringLiteral("timed out")};
        return {process.exitCode(), QString::fromUtf8(process.readAll())};
    }

private Q_SLOTS:
    void demoProjectIsValid() {
        const Output result =
            check(QStringLiteral(YARD_SOURCE_DIR "/resources/demo/demo.yard.json"));
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("valid")), qPrintable(result.out));
    }

    void usageErrorExitsTwo() {
        QCOMPARE(run({QStringLiteral("check")}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("check"), QStringLiteral("a"), QStringLiteral("b")}).exitCode,
                 2);
        QCOMPARE(run({QStringLiteral("--frobnicate")}).exitCode, 2);
    }

    void brokenProject_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected"); // the line printed for the mistake
        const auto row = [](const char *name, const char *pointer, const char *message) {
            const QString file = QStringLiteral(YARD_TEST_DATA "/projects/broken/") +
                                 QLatin1String(name) + QStringLiteral(".yard.json");
            // A syntax error is placed by line:column, the whole document by the file alone.
            QString place = QStringLiteral(":");
            if (pointer && *pointer)
                place = QStringLiteral(": ") + QString::fromUtf8(pointer) + QStringLiteral(": ");
            else if (pointer)
                place = QStringLiteral(": ");
            QTest::newRow(name) << QString::fromLatin1(name)
                                << file + place + QString::fromUtf8(message);
        };
        row("redirect-status", "/servers/0/routes/3/status",
            "299 is not a redirect status (use 301, 302, 303, 307 or 308)");
        row("syntax-missing-comma", nullptr, "3:4: not valid JSON: unterminated object");
        row("not-an-object", "", "a project is a JSON object {\"version\": 1, \"servers\": […]}");
        row("missing-version", "", "\"version\" is missing; add it (a whole number)");
        row("newer-version", "/version",
            "this file was written by a newer Yardmaster (format 7); this one reads format 1 and "
            "older, update Yardmaster");
        row("version-string", "/version", "must be a whole number, not a string");
        row("missing-servers", "", "\"servers\" is missing; add it (an array)");
        row("empty-servers", "/servers", "add at least one server");
        row("unknown-top-key", "/colour",
            "\"colour\" is not a setting of a project; remove it or use one of: servers, version");
        row("port-range", "/servers/0/port",
            "70000 is out of range (use 0 to 65535; 0 picks a free port)");
        row("port-fraction", "/servers/0/port", "must be a whole number, not 80.5");
        row("missing-name", "/servers/0", "\"name\" is missing; add it (a string)");
        row("duplicate-name", "/servers/1/name",
            "another server is already named \"web\"; give each server its own name");
        row("duplicate-port", "/servers/1/port",
            "another server already listens on 127.0.0.1:8080; use another port");
        row("bad-host", "/servers/0/host",
            "\"my laptop\" is not an address to listen on (use 127.0.0.1, ::1, localhost, or "
            "0.0.0.0 for every interface)");
        row("unknown-server-key", "/servers/0/listen",
            "\"listen\" is not a setting of a server; remove it or use one of: cors, errorPages, "
            "headers, host, limits, log, name, port, rateLimit, routes, serverTiming, sessions, "
            "workers");
        row("route-not-object", "/servers/0/routes/0",
            "a route must be an object {\"path\": …, \"action\": …}");
        row("unknown-action", "/servers/0/routes/0/action",
            "\"forward\" is not an action (use respond, redirect, static, proxy, websocket, sse or "
            "health)");
        row("missing-action", "/servers/0/routes/0", "\"action\" is missing; add it (a string)");
        row("path-no-slash", "/servers/0/routes/0/path", "\"health\" must start with \"/\"");
        row("path-star-middle", "/servers/0/routes/0/path",
            "\"*\" may only be the last segment (\"/files/*\")");
        row("path-bad-capture", "/servers/0/routes/0/path",
            "\":1id\" is not a capture name (use letters, digits and _, starting with a letter)");
        row("path-duplicate-capture", "/servers/0/routes/0/path",
            "\":id\" is captured twice; give each capture its own name");
        row("path-query", "/servers/0/routes/0/path",
            "\"/search?q=1\" contains \"?\"; routes match the path only, remove the query");
        row("method-lowercase", "/servers/0/routes/0/method",
            "methods are case-sensitive; write \"GET\"");
        row("method-invalid", "/servers/0/routes/0/method",
            "\"GET POST\" is not an HTTP method (use GET, POST, … or \"*\" for any)");
        row("key-of-other-action", "/servers/0/routes/0/to",
            "\"to\" is not a setting of a respond route; remove it or use one of: action, body, "
            "bodyFile, cors, delay, enabled, headers, method, path, status");
        row("respond-status-range", "/servers/0/routes/0/status",
            "600 is out of range (use 200 to 599)");
        row("respond-body-and-file", "/servers/0/routes/0/bodyFile",
            "a route has \"body\" or \"bodyFile\", not both; remove one");
        row("respond-204-body", "/servers/0/routes/0/body",
            "a 204 response has no body; remove the body or use 200");
        row("respond-content-length", "/servers/0/routes/0/headers/Content-Length",
            "Content-Length is set by Yardmaster itself; remove it");
        row("respond-header-name", "/servers/0/routes/0/headers/X Bad",
            "\"X Bad\" is not a header name (letters, digits and !#$%&'*+-.^_`|~ only)");
        row("respond-header-newline", "/servers/0/routes/0/headers/X-A",
            "a header value must be on one line");
        row("respond-delay", "/servers/0/routes/0/delay",
            "-5 is out of range (use 0 to 60000 milliseconds)");
        row("redirect-missing-to", "/servers/0/routes/0", "\"to\" is missing; add it (a string)");
        row("redirect-bad-target", "/servers/0/routes/0/to",
            "\"javascript:alert(1)\" is not a redirect target (use a path such as \"/new-page\" or "
            "an http(s):// URL)");
        row("static-missing-root", "/servers/0/routes/0/root",
            "\"no-such-folder\" does not exist (relative paths start at the project file's "
            "folder, ");
        row("static-root-is-file", "/servers/0/routes/0/root",
            "\"www/index.html\" is a file; a static root must be a folder");
        row("static-capture", "/servers/0/routes/0/path",
            "a static route mounts a prefix; remove the \":\" capture (\"/assets\" or "
            "\"/assets/*\")");
        row("static-maxage-type", "/servers/0/routes/0/maxAge",
            "must be a whole number, not a string");
        row("static-bool-type", "/servers/0/routes/0/listing",
            "must be true or false, not a string");
        row("proxy-https", "/servers/0/routes/0/upstream",
            "\"ftp://127.0.0.1:3000\" is not an upstream URL (use http://HOST:PORT with an "
            "optional path, such as \"http://127.0.0.1:3000\")");
        row("sessions-unknown-key", "/servers/0/sessions/secret",
            "\"secret\" is not a setting of sessions; remove it or use one of: apiKeysEnv, "
            "apiPrefix, cookie, enabled, loginPath, logoutPath, maxAge, protect, rolling, "
            "sessionPath");
        row("sessions-apikeys-not-env", "/servers/0/sessions/apiKeysEnv",
            "\"sk-live-1234\" is not an environment variable name");
        row("sessions-loginpath-query", "/servers/0/sessions/loginPath",
            "must be a plain path starting with \"/\" (no query, \"*\" or \":\"), such as "
            "\"/login\"");
        row("sessions-protect-bad-pattern", "/servers/0/sessions/protect/0",
            "\"*\" may only be the last segment (\"/files/*\")");
        row("requiresession-without-sessions", "/servers/0/routes/0/requireSession",
            "needs the server's \"sessions\" settings");
        row("sessions-protect-relative", "/servers/0/sessions/protect/0",
            "must be a path starting with \"/\", such as \"/dashboard\"");
        row("log-maxrows-negative", "/servers/0/log/maxRows",
            "-1 is out of range (use 0 for no limit, or more)");
        row("limits-header-small", "/servers/0/limits/maxHeaderBytes",
            "10 is out of range (use 1024 to 1048576 bytes)");
        row("routes-not-array", "/servers/0/routes", "must be an array […], not an object");
        row("cors-credentials-any-origin", "/servers/0/cors/credentials",
            "credentials cannot go with \"origins\": \"*\" (browsers refuse it, per the Fetch "
            "standard); list the origins instead");
        row("cors-origin-trailing-slash", "/servers/0/cors/origins/0",
            "browsers send this origin as \"http://localhost:3000\"; write it so");
        row("cors-origin-not-url", "/servers/0/cors/origins/0",
            "\"localhost:3000\" is not an origin (use scheme://host:port, such as "
            "\"http://localhost:3000\")");
        row("cors-unknown-key", "/servers/0/cors/allowCredentials",
            "\"allowCredentials\" is not a setting of cors; remove it or use one of: credentials, "
            "exposeHeaders, headers, maxAge, methods, origins");
        row("cors-method-lowercase", "/servers/0/cors/methods/1",
            "methods are case-sensitive; write \"PUT\"");
        row("cors-maxage-range", "/servers/0/cors/maxAge",
            "100000 is out of range (use 0 to 86400 seconds; Chromium keeps at most 7200)");
        row("route-cors-missing-origins", "/servers/0/routes/0/cors",
            "\"origins\" is missing; add it (\"*\" or a list such as "
            "[\"http://localhost:3000\"])");
        row("headers-access-control", "/servers/0/headers/Access-Control-Allow-Origin",
            "Access-Control-Allow-Origin belongs to CORS; set \"cors\" on the server or the route "
            "instead");
        row("server-timing-type", "/servers/0/serverTiming", "must be true or false, not a string");
        row("ratelimit-missing-rpm", "/servers/0/rateLimit",
            "\"requestsPerMinute\" is missing; add it (a whole number)");
        row("ratelimit-burst-zero", "/servers/0/rateLimit/burst",
            "0 is out of range (use 1 to 1000000 requests)");
        row("ratelimit-path-relative", "/servers/0/rateLimit/paths/0",
            "must be a path prefix starting with \"/\", such as \"/api\"");
        row("errorpages-status", "/servers/0/errorPages/200",
            "\"200\" is not an error status (use 400 to 599, such as \"404\")");
        row("errorpages-missing-file", "/servers/0/errorPages/404",
            "\"errors/missing.html\" does not exist (relative paths start at the project file's "
            "folder, ");
        row("errorpages-params", "/servers/0/errorPages/404",
            "\"www/bad-404.html\" uses \"{{params.id}}\"; an error page has no path captures "
            "(use query.X, header.X or body.X)");
    }

    void brokenProject() {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        const QString file = QStringLiteral(YARD_TEST_DATA "/projects/broken/") + name +
                             QStringLiteral(".yard.json");
        const Output result = check(file);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.out.contains(expected), qPrintable(QStringLiteral("expected: ") + expected +
                                                           QStringLiteral("\ngot: ") + result.out));
    }

    void everyBrokenFileHasARow() {
        const QDir dir(QStringLiteral(YARD_TEST_DATA "/projects/broken"));
        QVERIFY(dir.entryList({QStringLiteral("*.yard.json")}).size() >= 60);
    }
};

QTEST_GUILESS_MAIN(TestCheckCommand)
#include "tst_checkcommand.moc"
