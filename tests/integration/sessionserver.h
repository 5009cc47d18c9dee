#pragma once

#include "project/projectreader.h"
#include "rawhttpclient.h"
#include "server/serverinstance.h"
#include "sessions/sessiondatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <memory>

// A server with sessions on a temporary data folder, and the requests the session tests send.
namespace yard::test {

inline QByteArray sessionProject(const QByteArray &sessions) {
    return R"({"version": 1, "servers": [{"name": "web", "port": 0, "workers": 2,
      "sessions": )" +
           sessions + R"(,
      "routes": [
        {"path": "/", "action": "respond", "body": "home"},
        {"path": "/public", "action": "respond", "body": "public"},
        {"path": "/dashboard", "action": "respond", "headers": {"Content-Type": "text/html"},
         "body": "<h1 id=\"hello\">Hello {{session.user}}</h1><form method=\"post\" action=\"/logout\"><button id=\"logout\">Sign out</button></form>"},
        {"path": "/dashboard/*", "action": "respond", "body": "deep {{session.user}}"},
        {"path": "/api/data", "action": "respond", "body": "{\"data\":1}"},
        {"path": "/chat", "action": "websocket", "requireSession": true}
      ]}]})";
}

inline const QByteArray s_defaultSessions =
    R"({"cookie": "yard.sid", "maxAge": 3600, "protect": ["/dashboard", "/api"],
        "loginPath": "/login", "apiPrefix": "/api", "apiKeysEnv": "YARD_TEST_API_KEYS"})";

class SessionServer final {
public:
    explicit SessionServer(const QString &dataDir, const QByteArray &sessions = s_defaultSessions) {
        const auto read = project::ProjectReader::read(sessionProject(sessions), dataDir);
        if (!read.project) {
            qWarning("%s", qPrintable(read.errors.value(0).toString(QStringLiteral("p"))));
            return;
        }
        config = read.project->servers.first();
        QString error;
        database = sessions::SessionDatabase::open(dataDir, &error);
        server = std::make_unique<server::ServerInstance>(config, dataDir);
        server->setSessionDatabase(database);
        if (!server->start(&error))
            qWarning("%s", qPrintable(error));
    }

    bool isRunning() const { return server && server->isRunning(); }

    RawHttpClient::Response send(const QByteArray &head, const QByteArray &body = {}) {
        RawHttpClient client(server->port());
        QByteArray request = head + "Host: x\r\n";
        if (!body.isEmpty())
            request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        client.send(request + "\r\n" + body);
        return client.read();
    }

    RawHttpClient::Response get(const QByteArray &path, const QByteArray &cookie = {},
                                const QByteArray &extra = {}) {
        return send("GET " + path + " HTTP/1.1\r\n" + cookieLine(cookie) + extra);
    }

    RawHttpClient::Response postForm(const QByteArray &path, const QByteArray &form,
                                     const QByteArray &cookie = {}) {
        return send("POST " + path +
                        " HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\n" +
                        cookieLine(cookie),
                    form);
    }

    RawHttpClient::Response postJson(const QByteArray &path, const QJsonObject &object,
                                     const QByteArray &cookie = {}) {
        return send(
            "POST " + path +
                " HTTP/1.1\r\nContent-Type: application/json\r\nAccept: application/json\r\n" +
                cookieLine(cookie),
            QJsonDocument(object).toJson(QJsonDocument::Compact));
    }

    // Signs in with JSON; returns "name=value" for a Cookie field, empty on failure.
    QByteArray signIn(const QString &user, const QString &password, const QByteArray &cookie = {}) {
        const auto response = postJson(
            "/login", {{QStringLiteral("username"), user}, {QStringLiteral("password"), password}},
            cookie);
        if (response.status != 200)
            return {};
        return cookieOf(response);
    }

    static QByteArray cookieLine(const QByteArray &cookie) {
        return cookie.isEmpty() ? QByteArray() : QByteArray("Cookie: " + cookie + "\r\n");
    }

    static QByteArray cookieOf(const RawHttpClient::Response &response) {
        const QByteArray field = response.header("set-cookie");
        return field.left(field.indexOf(';'));
    }

    project::ServerConfig config;
    std::shared_ptr<sessions::SessionDatabase> database;
    std::unique_ptr<server::ServerInstance> server;
};

} // namespace yard::test
