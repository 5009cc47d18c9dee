#pragma once

#include "projecterror.h"
#include "projectmodel.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <optional>

namespace yard::project {

class JsonObjectReader;

// Reads and checks a server's cross-cutting settings ("cors", "headers", "rateLimit",
// "errorPages") and a route's "cors" (CONTRACT.md, Project file). Used by ProjectReader and
// RouteReader; every mistake is recorded with its JSON pointer, reading goes on.
class MiddlewareReader final {
    Q_DECLARE_TR_FUNCTIONS(yard::project::ProjectReader)

public:
    // `baseDir` resolves error page files; empty = don't check the disk.
    MiddlewareReader(QString baseDir, ProjectErrors &errors);

    // `owner` is the server or the route object holding the key.
    std::optional<CorsConfig> readCors(JsonObjectReader &owner);
    std::optional<HeaderList> readHeaders(JsonObjectReader &server);
    std::optional<RateLimitConfig> readRateLimit(JsonObjectReader &server);
    std::optional<ErrorPageList> readErrorPages(JsonObjectReader &server);

private:
    enum class Token { Method, Header };
    void readOrigins(JsonObjectReader &in, const QJsonValue &value, CorsConfig &cors);
    std::optional<QStringList> readTokens(JsonObjectReader &in, const QString &key, Token kind);
    void checkErrorPage(const QString &pointer, const QString &path);

    QString m_baseDir;
    ProjectErrors &m_errors;
};

// An origin as browsers serialize it in the Origin header ("http://localhost:3000": lower-case
// scheme and host, no default port, no path), or an empty string when `text` names no origin.
QString serializedOrigin(const QString &text);

} // namespace yard::project
