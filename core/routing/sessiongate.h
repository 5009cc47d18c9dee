#pragma once

#include "project/projectmodel.h"
#include "routematcher.h"
#include "sessions/cookiecodec.h"

#include <QByteArray>
#include <QList>
#include <memory>

namespace yard::http {
class HttpRequest;
struct HttpResponse;
} // namespace yard::http
namespace yard::sessions {
class SessionDatabase;
class SessionStore;
} // namespace yard::sessions

namespace yard::routing {

class RateLimiter;
struct RequestContext;
struct SignInAttempt;

// Who a request is, as far as the gate could tell.
struct SessionState {
    QByteArray user;   // UTF-8; empty: nobody signed in
    QByteArray handle; // the session's public handle (or "apikey-…"), for the request log
    QByteArray id;     // the cookie's session id (the secret): for sign-out and rotation
    bool fromCookie = false;
};

// A server's sessions (CONTRACT.md, "Sessions and sign-in") in front of its routes: reads the
// signed cookie (or a bearer API key), answers the built-in endpoints (sign-in page and form,
// sign-out, who-am-I), and refuses unauthenticated requests to protected paths. Immutable once
// built, like the route table that owns it; the mutable parts (the session store and the sign-in
// rate limits) are thread-safe.
//
// Cost: a request without the cookie and outside the protected paths and the endpoints does
// three path comparisons, one Cookie field scan and one protect-trie walk; no lock, no lookup.
class SessionGate final : public std::enable_shared_from_this<SessionGate> {
    Q_DISABLE_COPY_MOVE(SessionGate)

public:
    // Failed sign-ins allowed per client address and per user name, per minute (token buckets).
    static constexpr int SignInsPerMinutePerClient = 10;
    static constexpr int SignInsPerMinutePerUser = 5;
    static constexpr QByteArrayView ApiKeyUser = "api-key";

    // `loginPageRouted`: a route answers GET loginPath, so the built-in page stays out.
    SessionGate(const project::SessionsConfig &config,
                std::shared_ptr<sessions::SessionDatabase> database,
                std::shared_ptr<sessions::SessionStore> store, bool loginPageRouted);
    ~SessionGate();

    // Fills `state`; returns true when the gate answered the request itself (an endpoint, or a
    // refusal), false when the routes go on.
    bool intercept(const RequestContext &context, http::HttpResponse &response,
                   SessionState &state) const;
    // The request is one of the gate's endpoints (sign-in, sign-out, who-am-I), whatever route
    // would match it.
    bool answersItself(const http::HttpRequest &request) const;
    // After the route answered: a rolling session's cookie is sent again with its new lifetime.
    void finish(const SessionState &state, http::HttpResponse &response) const;
    // A route that needs a session (requireSession) refuses a request without one: 401 JSON.
    static void refuseUnauthenticated(http::HttpResponse &response);

    // For SignInExchange: the stored password hash of `name` (empty for no such user), which
    // it checks on another thread (slow on purpose: any thread but a worker's), then the answer
    // once it is known (the worker's thread).
    QByteArray passwordHashOf(const QString &name) const;
    void completeSignIn(const SignInAttempt &attempt, bool valid,
                        http::HttpResponse &response) const;

private:
    void identify(const http::HttpRequest &request, SessionState &state) const;
    bool isProtected(const http::HttpRequest &request) const;
    bool wantsJson(const http::HttpRequest &request) const;
    void signIn(const RequestContext &context, const SessionState &state,
                http::HttpResponse &response) const;
    void signOut(const http::HttpRequest &request, const SessionState &state,
                 http::HttpResponse &response) const;
    void whoAmI(const SessionState &state, http::HttpResponse &response) const;
    void loginPage(const http::HttpRequest &request, http::HttpResponse &response) const;
    void redirectToLogin(const http::HttpRequest &request, http::HttpResponse &response) const;
    void seeOther(const QByteArray &location, http::HttpResponse &response) const;
    QByteArray loginLocation(QByteArrayView error, QByteArrayView next) const;

    sessions::CookieAttributes m_cookie;
    sessions::CookieCodec m_codec;
    qint64 m_maxAgeMs;
    bool m_rolling;
    QByteArray m_loginPath;
    QByteArray m_logoutPath;
    QByteArray m_sessionPath;
    QByteArray m_apiPrefix; // empty: none
    bool m_loginPageRouted;
    RouteMatcher m_protect;
    QList<QByteArray> m_protectHeads; // first segment of each protect pattern
    bool m_protectAnyHead = false;    // some pattern starts with a capture or is "/"
    QList<QByteArray> m_apiKeyHashes; // SHA-256 of each key, never the keys
    std::shared_ptr<sessions::SessionDatabase> m_database;
    std::shared_ptr<sessions::SessionStore> m_store;
    std::unique_ptr<RateLimiter> m_clientAttempts;
    std::unique_ptr<RateLimiter> m_userAttempts;
};

} // namespace yard::routing
