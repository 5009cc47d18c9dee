#include "projectreader.h"

#include "jsonobjectreader.h"
#include "middlewarereader.h"
#include "pathpattern.h"
#include "projectmigration.h"
#include "routereader.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <limits>

namespace yard::project {

namespace {
using Need = JsonObjectReader::Need;
constexpr int IntMax = std::numeric_limits<int>::max();

ProjectError syntaxError(const QByteArray &json, const QJsonParseError &parseError) {
    // QJsonParseError gives a byte offset; users and editors think in lines and columns.
    const QByteArray before = json.left(parseError.offset);
    const int line = int(before.count('\n')) + 1;
    const int column = int(parseError.offset - (before.lastIndexOf('\n') + 1)) + 1;
    return {QString(), ProjectReader::tr("not valid JSON: %1").arg(parseError.errorString()), line,
            column};
}

// A path for a built-in endpoint: absolute, no query, no pattern characters.
bool isPlainPath(const QString &path) {
    return path.startsWith(u'/') && !path.contains(u'?') && !path.contains(u'#') &&
           !path.contains(u'*') && !path.contains(u':') && !path.contains(u' ');
}

bool isEnvironmentName(const QString &name) {
    if (name.isEmpty() || name.front().isDigit())
        return false;
    for (const QChar c : name) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'_')
            return false;
    }
    return true;
}

bool isValidHost(const QString &host) {
    return host == u"localhost" || !QHostAddress(host).isNull();
}

class ServerReader final {
    Q_DECLARE_TR_FUNCTIONS(yard::project::ProjectReader)

public:
    ServerReader(const QString &baseDir, ProjectErrors &errors)
        : m_routes(baseDir, errors)
        , m_middleware(baseDir, errors)
        , m_errors(errors) {}

    std::optional<ServerConfig> read(const QJsonValue &value, const QString &pointer);

private:
    std::optional<SessionsConfig> readSessions(JsonObjectReader &server);
    std::optional<LogConfig> readLog(JsonObjectReader &server);
    std::optional<LimitsConfig> readLimits(JsonObjectReader &server);

    RouteReader m_routes;
    MiddlewareReader m_middleware;
    ProjectErrors &m_errors;
};

std::optional<ServerConfig> ServerReader::read(const QJsonValue &value, const QString &pointer) {
    if (!value.isObject()) {
        m_errors.append({pointer, tr("a server must be an object {\"name\": …, \"port\": …}")});
        return std::nullopt;
    }
    const qsizetype errorsBefore = m_errors.size();
    JsonObjectReader in(value.toObject(), pointer, m_errors);
    ServerConfig server;
    server.name = in.string(QStringLiteral("name"), Need::Required).value_or(QString());
    if (in.has(QStringLiteral("name")) && server.name.trimmed().isEmpty())
        in.error(QStringLiteral("name"), tr("a server needs a name, such as \"web\""));
    server.host = in.string(QStringLiteral("host"));
    if (server.host && !isValidHost(*server.host)) {
        in.error(QStringLiteral("host"), tr("\"%1\" is not an address to listen on (use "
                                            "127.0.0.1, ::1, localhost, or 0.0.0.0 for every "
                                            "interface)")
                                             .arg(*server.host));
    }
    server.port = in.integer(QStringLiteral("port"), 0, 65535,
                             tr("0 to 65535; 0 picks a free port"), Need::Required)
                      .value_or(0);
    server.workers = in.integer(QStringLiteral("workers"), 1, 64, tr("1 to 64 threads"));
    if (const auto routes = in.array(QStringLiteral("routes"))) {
        const QString base = in.pointerTo(QStringLiteral("routes"));
        for (qsizetype i = 0; i < routes->size(); ++i) {
            if (auto route = m_routes.read(routes->at(i), base + u'/' + QString::number(i)))
                server.routes.append(std::move(*route));
        }
    }
    server.sessions = readSessions(in);
    if (!server.sessions && m_errors.size() == errorsBefore) {
        for (qsizetype i = 0; i < server.routes.size(); ++i) {
            if (server.routes[i].requireSession.value_or(false)) {
                m_errors.append({in.pointerTo(QStringLiteral("routes")) + u'/' +
                                     QString::number(i) + u"/requireSession",
                                 tr("needs the server's \"sessions\" settings, such as "
                                    "\"sessions\": {\"protect\": []}")});
            }
        }
    }
    server.log = readLog(in);
    server.limits = readLimits(in);
    server.cors = m_middleware.readCors(in);
    server.headers = m_middleware.readHeaders(in);
    server.serverTiming = in.boolean(QStringLiteral("serverTiming"));
    server.rateLimit = m_middleware.readRateLimit(in);
    server.errorPages = m_middleware.readErrorPages(in);
    in.rejectUnknownKeys(tr("a server"));
    if (m_errors.size() != errorsBefore)
        return std::nullopt;
    return server;
}

std::optional<SessionsConfig> ServerReader::readSessions(JsonObjectReader &server) {
    const auto object = server.object(QStringLiteral("sessions"));
    if (!object)
        return std::nullopt;
    JsonObjectReader in(*object, server.pointerTo(QStringLiteral("sessions")), m_errors);
    SessionsConfig sessions;
    sessions.enabled = in.boolean(QStringLiteral("enabled"));
    sessions.cookie = in.string(QStringLiteral("cookie"));
    if (sessions.cookie && (sessions.cookie->isEmpty() || sessions.cookie->contains(u';') ||
                            sessions.cookie->contains(u'=') || sessions.cookie->contains(u' '))) {
        in.error(
            QStringLiteral("cookie"),
            tr("\"%1\" is not a cookie name (no spaces, \"=\" or \";\")").arg(*sessions.cookie));
    }
    // RFC 6265bis caps cookie lifetimes at 400 days.
    sessions.maxAge =
        in.integer(QStringLiteral("maxAge"), 0, 34560000, tr("0 to 34560000 seconds, 400 days"));
    sessions.rolling = in.boolean(QStringLiteral("rolling"));
    for (const auto &[key, field] :
         {std::pair{QStringLiteral("loginPath"), &SessionsConfig::loginPath},
          std::pair{QStringLiteral("logoutPath"), &SessionsConfig::logoutPath},
          std::pair{QStringLiteral("sessionPath"), &SessionsConfig::sessionPath},
          std::pair{QStringLiteral("apiPrefix"), &SessionsConfig::apiPrefix}}) {
        sessions.*field = in.string(key);
        if (const auto &path = sessions.*field; path && !isPlainPath(*path))
            in.error(key, tr("must be a plain path starting with \"/\" (no query, \"*\" or \":\"), "
                             "such as \"/login\""));
    }
    // The keys themselves never go into the project file: it names where they are.
    sessions.apiKeysEnv = in.string(QStringLiteral("apiKeysEnv"));
    if (sessions.apiKeysEnv && !isEnvironmentName(*sessions.apiKeysEnv)) {
        in.error(QStringLiteral("apiKeysEnv"),
                 tr("\"%1\" is not an environment variable name (letters, digits and \"_\", "
                    "not starting with a digit), such as \"WEB_API_KEYS\"")
                     .arg(*sessions.apiKeysEnv));
    }
    if (const auto protect = in.array(QStringLiteral("protect"))) {
        QStringList paths;
        for (qsizetype i = 0; i < protect->size(); ++i) {
            const QString path = protect->at(i).toString();
            const QString where =
                in.pointerTo(QStringLiteral("protect")) + u'/' + QString::number(i);
            if (!protect->at(i).isString() || !path.startsWith(u'/')) {
                m_errors.append(
                    {where, tr("must be a path starting with \"/\", such as \"/dashboard\"")});
            } else if (const QString problem = pathPatternProblem(path); !problem.isEmpty()) {
                m_errors.append({where, problem});
            }
            paths.append(path);
        }
        sessions.protect = paths;
    }
    in.rejectUnknownKeys(tr("sessions"));
    return sessions;
}

std::optional<LogConfig> ServerReader::readLog(JsonObjectReader &server) {
    const auto object = server.object(QStringLiteral("log"));
    if (!object)
        return std::nullopt;
    JsonObjectReader in(*object, server.pointerTo(QStringLiteral("log")), m_errors);
    LogConfig log;
    log.enabled = in.boolean(QStringLiteral("enabled"));
    log.maxRows = in.integer(QStringLiteral("maxRows"), 0, IntMax, tr("0 for no limit, or more"));
    log.maxAgeDays =
        in.integer(QStringLiteral("maxAgeDays"), 0, 3650, tr("0 for no limit, up to 3650 days"));
    log.messagePreviews = in.boolean(QStringLiteral("messagePreviews"));
    in.rejectUnknownKeys(tr("log"));
    return log;
}

std::optional<LimitsConfig> ServerReader::readLimits(JsonObjectReader &server) {
    const auto object = server.object(QStringLiteral("limits"));
    if (!object)
        return std::nullopt;
    JsonObjectReader in(*object, server.pointerTo(QStringLiteral("limits")), m_errors);
    LimitsConfig limits;
    limits.maxBodyBytes =
        in.integer(QStringLiteral("maxBodyBytes"), 0, IntMax, tr("0 or more bytes"));
    limits.maxHeaderBytes =
        in.integer(QStringLiteral("maxHeaderBytes"), 1024, 1048576, tr("1024 to 1048576 bytes"));
    limits.maxConnections =
        in.integer(QStringLiteral("maxConnections"), 1, 1000000, tr("1 to 1000000"));
    limits.headerTimeoutMs = in.integer(QStringLiteral("headerTimeoutMs"), 100, 600000,
                                        tr("100 to 600000 milliseconds"));
    limits.idleTimeoutMs = in.integer(QStringLiteral("idleTimeoutMs"), 100, 3600000,
                                      tr("100 to 3600000 milliseconds"));
    in.rejectUnknownKeys(tr("limits"));
    return limits;
}

// Names and listening addresses identify servers in the UI, the log and the command line.
void checkServersDistinct(const QList<ServerConfig> &servers, const QList<int> &indices,
                          ProjectErrors &errors) {
    QSet<QString> names;
    QSet<QString> addresses;
    for (qsizetype i = 0; i < servers.size(); ++i) {
        const ServerConfig &server = servers[i];
        const QString pointer = u"/servers/" + QString::number(indices[i]);
        if (names.contains(server.name)) {
            errors.append(
                {pointer + u"/name", ProjectReader::tr("another server is already named \"%1\"; "
                                                       "give each server its own name")
                                         .arg(server.name)});
        }
        names.insert(server.name);
        const QString address = server.hostOrDefault() + u':' + QString::number(server.port);
        if (server.port != 0 && addresses.contains(address)) {
            errors.append(
                {pointer + u"/port", ProjectReader::tr("another server already listens on %1; "
                                                       "use another port")
                                         .arg(address)});
        }
        addresses.insert(address);
    }
}
} // namespace

ProjectReadResult ProjectReader::read(const QByteArray &json, const QString &baseDir) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return {std::nullopt, {syntaxError(json, parseError)}};
    if (!document.isObject()) {
        return {std::nullopt,
                {{QString(), tr("a project is a JSON object {\"version\": 1, \"servers\": […]}")}}};
    }
    return read(document.object(), baseDir);
}

ProjectReadResult ProjectReader::read(QJsonObject document, const QString &baseDir) {
    ProjectReadResult result;
    ProjectErrors &errors = result.errors;
    const auto version = JsonObjectReader(document, QString(), errors)
                             .integer(QStringLiteral("version"), 1, IntMax,
                                      tr("1 for this file format"), Need::Required);
    if (!version)
        return result;
    if (!ProjectMigration::migrate(document, *version, errors))
        return result;

    JsonObjectReader in(document, QString(), errors);
    in.accept(QStringLiteral("version"));
    Project project;
    QList<int> indices;
    ServerReader serverReader(baseDir, errors);
    if (const auto servers = in.array(QStringLiteral("servers"), Need::Required)) {
        if (servers->isEmpty())
            in.error(QStringLiteral("servers"), tr("add at least one server"));
        for (qsizetype i = 0; i < servers->size(); ++i) {
            if (auto server =
                    serverReader.read(servers->at(i), u"/servers/" + QString::number(i))) {
                project.servers.append(std::move(*server));
                indices.append(int(i));
            }
        }
    }
    in.rejectUnknownKeys(tr("a project"));
    checkServersDistinct(project.servers, indices, errors);
    if (errors.isEmpty())
        result.project = std::move(project);
    return result;
}

} // namespace yard::project
