#include "cors.h"

#include "http/httprequest.h"
#include "http/httpresponse.h"

namespace yard::routing {

namespace {
const QByteArray s_allowOrigin = QByteArrayLiteral("Access-Control-Allow-Origin");
const QByteArray s_allowCredentials = QByteArrayLiteral("Access-Control-Allow-Credentials");
const QByteArray s_allowMethods = QByteArrayLiteral("Access-Control-Allow-Methods");
const QByteArray s_allowHeaders = QByteArrayLiteral("Access-Control-Allow-Headers");
const QByteArray s_exposeHeaders = QByteArrayLiteral("Access-Control-Expose-Headers");
const QByteArray s_maxAge = QByteArrayLiteral("Access-Control-Max-Age");
const QByteArray s_vary = QByteArrayLiteral("Vary");
const QByteArray s_origin = QByteArrayLiteral("Origin");
const QByteArray s_requestHeaders = QByteArrayLiteral("Access-Control-Request-Headers");
const QByteArray s_true = QByteArrayLiteral("true");
const QByteArray s_star = QByteArrayLiteral("*");

QByteArray joined(const QStringList &names) {
    return names.join(QStringLiteral(", ")).toLatin1();
}
} // namespace

CorsPolicy::CorsPolicy(const project::CorsConfig &config)
    : m_anyOrigin(config.anyOrigin())
    , m_credentials(config.credentials.value_or(false))
    , m_reflectHeaders(!config.headers)
    // The methods Express's cors() allows by default.
    , m_methods(config.methods ? joined(*config.methods)
                               : QByteArrayLiteral("GET, HEAD, PUT, PATCH, POST, DELETE"))
    , m_headers(joined(config.headers.value_or(QStringList())))
    , m_exposeHeaders(joined(config.exposeHeaders.value_or(QStringList()))) {
    if (!m_anyOrigin) {
        for (const QString &origin : config.origins)
            m_origins.push_back(origin.toLatin1());
    }
    if (config.maxAge)
        m_maxAge = QByteArray::number(*config.maxAge);
}

bool CorsPolicy::isPreflight(const http::HttpRequest &request) {
    return request.method() == "OPTIONS" && request.hasHeader("Origin") &&
           request.hasHeader("Access-Control-Request-Method");
}

const QByteArray *CorsPolicy::allowOrigin(QByteArrayView origin) const {
    if (origin.isEmpty())
        return nullptr;
    // Fetch standard, "CORS check": with credentials the value must be the origin itself, "*"
    // fails. The reader refuses credentials with "*"; a policy built otherwise allows nothing
    // rather than send what every browser rejects.
    if (m_anyOrigin)
        return m_credentials ? nullptr : &s_star;
    // The Origin header is a serialized origin, compared byte for byte. A short list: a linear
    // scan beats hashing, and the stored value is shared into the response without a copy.
    for (const QByteArray &allowed : m_origins) {
        if (allowed == origin)
            return &allowed;
    }
    return nullptr;
}

// Fetch standard, "CORS protocol and HTTP caches": a response whose Access-Control-Allow-Origin
// depends on the request's Origin says so, allowed or not, so that no cache serves one origin's
// answer to another.
void CorsPolicy::addVary(http::HttpResponse &response) const {
    if (!m_anyOrigin)
        response.addHeader(s_vary, s_origin);
}

void CorsPolicy::answerPreflight(const http::HttpRequest &request,
                                 http::HttpResponse &response) const {
    response.status = 204;
    addVary(response);
    const QByteArray *origin = allowOrigin(request.header("Origin"));
    if (!origin)
        return;
    response.addHeader(s_allowOrigin, *origin);
    if (m_credentials)
        response.addHeader(s_allowCredentials, s_true);
    response.addHeader(s_allowMethods, m_methods);
    if (!m_reflectHeaders) {
        response.addHeader(s_allowHeaders, m_headers);
    } else {
        const QByteArrayView asked = request.header("Access-Control-Request-Headers");
        if (!asked.isEmpty())
            response.addHeader(s_allowHeaders, asked.toByteArray());
        response.addHeader(s_vary, s_requestHeaders);
    }
    if (!m_maxAge.isEmpty())
        response.addHeader(s_maxAge, m_maxAge);
}

void CorsPolicy::addResponseHeaders(const http::HttpRequest &request,
                                    http::HttpResponse &response) const {
    addVary(response);
    const QByteArray *origin = allowOrigin(request.header("Origin"));
    if (!origin)
        return;
    response.addHeader(s_allowOrigin, *origin);
    if (m_credentials)
        response.addHeader(s_allowCredentials, s_true);
    if (!m_exposeHeaders.isEmpty())
        response.addHeader(s_exposeHeaders, m_exposeHeaders);
}

} // namespace yard::routing
