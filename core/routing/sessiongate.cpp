#include "sessiongate.h"

#include "http/httprequest.h"
#include "http/httpresponse.h"
#include "loginpage.h"
#include "ratelimiter.h"
#include "requestcontext.h"
#include "sessions/redirecttarget.h"
#include "sessions/sessioncrypto.h"
#include "sessions/sessiondatabase.h"
#include "sessions/sessionstore.h"
#include "signinexchange.h"
#include "signinform.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

namespace yard::routing {

namespace {
// A session cookie with maxAge 0 ends with the browser; the server still forgets it after this.
constexpr qint64 BrowserSessionMs = 24 * 3600 * 1000;

const QByteArray s_contentType = QByteArrayLiteral("Content-Type");
const QByteArray s_json = QByteArrayLiteral("application/json");
const QByteArray s_html = QByteArrayLiteral("text/html; charset=utf-8");
const QByteArray s_cacheControl = QByteArrayLiteral("Cache-Control");
const QByteArray s_noStore = QByteArrayLiteral("no-store");
const QByteArray s_setCookie = QByteArrayLiteral("Set-Cookie");

void answerJson(http::HttpResponse &response, int status, const QJsonObject &object) {
    response.status = status;
    response.addHeader(s_contentType, s_json);
    response.addHeader(s_cacheControl, s_noStore);
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool isGetOrHead(QByteArrayView method) {
    return method == "GET" || method == "HEAD";
}

// "/api" covers "/api" and "/api/x", not "/apiary".
bool isBelow(QByteArrayView path, QByteArrayView prefix) {
    if (!path.startsWith(prefix))
        return false;
    return path.size() == prefix.size() || prefix.endsWith('/') || path[prefix.size()] == '/';
}

QByteArrayView firstSegment(QByteArrayView path) {
    path = path.sliced(qMin<qsizetype>(1, path.size()));
    const qsizetype slash = path.indexOf('/');
    return slash < 0 ? path : path.first(slash);
}

bool isUnusual(QByteArrayView path) {
    return path.contains('%') || path.contains('\\') || path.contains("//") || path.contains("/.");
}

// Percent-decoded, backslashes read as slashes, empty and dot segments resolved.
QByteArray normalized(QByteArrayView path) {
    QByteArray decoded = QByteArray::fromPercentEncoding(path.toByteArray());
    decoded.replace('\\', '/');
    return QDir::cleanPath(QString::fromLatin1(decoded)).toLatin1();
}

QList<QByteArray> apiKeyHashes(const std::optional<QString> &variable) {
    QList<QByteArray> hashes;
    if (!variable)
        return hashes;
    const QByteArray keys = qgetenv(variable->toLatin1().constData());
    for (const QByteArray &key : keys.split(',')) {
        if (!key.trimmed().isEmpty())
            hashes.append(sessions::crypto::sha256(key.trimmed()));
    }
    return hashes;
}
} // namespace

SessionGate::SessionGate(const project::SessionsConfig &config,
                         std::shared_ptr<sessions::SessionDatabase> database,
                         std::shared_ptr<sessions::SessionStore> store, bool loginPageRouted)
    : m_codec(database->cookieKey())
    , m_maxAgeMs(config.maxAgeOrDefault() > 0 ? qint64(config.maxAgeOrDefault()) * 1000
                                              : BrowserSessionMs)
    , m_rolling(config.rolling.value_or(false))
    , m_loginPath(config.loginPathOrDefault().toUtf8())
    , m_logoutPath(config.logoutPathOrDefault().toUtf8())
    , m_sessionPath(config.sessionPathOrDefault().toUtf8())
    , m_apiPrefix(config.apiPrefix.value_or(QString()).toUtf8())
    , m_loginPageRouted(loginPageRouted)
    , m_apiKeyHashes(apiKeyHashes(config.apiKeysEnv))
    , m_database(std::move(database))
    , m_store(std::move(store))
    , m_clientAttempts(
          std::make_unique<RateLimiter>(SignInsPerMinutePerClient, SignInsPerMinutePerClient))
    , m_userAttempts(
          std::make_unique<RateLimiter>(SignInsPerMinutePerUser, SignInsPerMinutePerUser)) {
    m_cookie.name = config.cookieOrDefault().toUtf8();
    m_cookie.maxAgeSeconds = config.maxAgeOrDefault();
    // The engine serves plain HTTP only: when it learns TLS, `secure` follows the listener
    // (CookieAttributes::secure adds the attribute).
    m_cookie.secure = false;
    for (const QString &pattern : config.protect.value_or(QStringList())) {
        m_protect.add(QByteArray(), pattern, true);
        const QByteArray head = firstSegment(pattern.toUtf8()).toByteArray();
        if (head.isEmpty() || head.startsWith(':') || head == "*")
            m_protectAnyHead = true;
        m_protectHeads.append(head);
    }
}

SessionGate::~SessionGate() = default;

bool SessionGate::answersItself(const http::HttpRequest &request) const {
    const QByteArrayView path = request.path();
    return path == m_loginPath || path == m_logoutPath || path == m_sessionPath;
}

bool SessionGate::intercept(const RequestContext &context, http::HttpResponse &response,
                            SessionState &state) const {
    const http::HttpRequest &request = context.request;
    const QByteArrayView path = request.path();
    const QByteArrayView method = request.method();
    identify(request, state);
    if (path == m_loginPath) {
        if (method == "POST") {
            signIn(context, state, response);
            return true;
        }
        if (isGetOrHead(method) && !m_loginPageRouted) {
            loginPage(request, response);
            return true;
        }
        return false;
    }
    if (path == m_logoutPath && method == "POST") {
        signOut(request, state, response);
        return true;
    }
    if (path == m_sessionPath && isGetOrHead(method)) {
        whoAmI(state, response);
        return true;
    }
    if (state.user.isEmpty() && isProtected(request)) {
        if (wantsJson(request))
            refuseUnauthenticated(response);
        else
            redirectToLogin(request, response);
        return true;
    }
    return false;
}

void SessionGate::identify(const http::HttpRequest &request, SessionState &state) const {
    if (!m_apiKeyHashes.isEmpty()) {
        const QByteArrayView authorization = request.header("authorization");
        // RFC 6750 §2.1; the scheme is case-insensitive (RFC 9110 §11.1).
        if (authorization.size() > 7 &&
            QByteArrayView(authorization.first(7)).compare("bearer ", Qt::CaseInsensitive) == 0) {
            const QByteArray hash = sessions::crypto::sha256(authorization.sliced(7).trimmed());
            bool matched = false;
            for (const QByteArray &known : m_apiKeyHashes)
                matched = sessions::crypto::constantTimeEquals(hash, known) || matched;
            if (matched) {
                state.user = ApiKeyUser.toByteArray();
                state.handle = "apikey-" + hash.first(4).toHex();
                return;
            }
        }
    }
    const QByteArrayView cookieField = request.header("cookie");
    if (cookieField.isNull())
        return;
    const QByteArrayView value = sessions::cookies::find(cookieField, m_cookie.name);
    if (value.isNull())
        return;
    const std::optional<QByteArray> id = m_codec.decode(value);
    if (!id)
        return; // tampered with, or signed with another key: as if absent
    const auto found = m_store->find(*id, m_rolling ? m_maxAgeMs : 0);
    if (!found)
        return;
    state.user = found->user;
    state.handle = found->handle;
    state.id = *id;
    state.fromCookie = true;
}

bool SessionGate::isProtected(const http::HttpRequest &request) const {
    if (m_protect.size() == 0)
        return false;
    PathParams params;
    const QByteArrayView path = request.path();
    if (isUnusual(path)) {
        // A static folder or an upstream may read "%64ashboard", "//dashboard" or
        // "/x/../dashboard" as "/dashboard": so does the check.
        return m_protect.match(request.method(), normalized(path), params).route >= 0;
    }
    // Most requests are turned away here, by their first segment, without the trie walk.
    if (!m_protectAnyHead && !m_protectHeads.contains(firstSegment(path)))
        return false;
    return m_protect.match(request.method(), path, params).route >= 0;
}

bool SessionGate::wantsJson(const http::HttpRequest &request) const {
    if (!m_apiPrefix.isEmpty() && isBelow(request.path(), m_apiPrefix))
        return true;
    return request.header("accept").contains("application/json");
}

void SessionGate::signIn(const RequestContext &context, const SessionState &state,
                         http::HttpResponse &response) const {
    const SignInForm form = SignInForm::parse(context.request);
    SignInAttempt attempt;
    attempt.username = form.username;
    attempt.remoteAddress = context.remoteAddress.toByteArray();
    attempt.next = sessions::redirecttarget::orFallback(form.next, "/");
    attempt.sessionId = state.id;
    attempt.json = form.json || wantsJson(context.request);
    // One attempt is reserved up front, so that sign-ins sent at once cannot outrun the limit
    // while their passwords are being checked; a success gives it back (only failures count).
    const QByteArray user = form.username.toUtf8();
    const bool clientAllowed = m_clientAttempts->take(attempt.remoteAddress).allowed;
    if (!clientAllowed || !m_userAttempts->take(user).allowed) {
        if (clientAllowed)
            m_clientAttempts->giveBack(attempt.remoteAddress);
        if (attempt.json) {
            answerJson(response, 429,
                       {{QStringLiteral("error"), QStringLiteral("too many sign-in attempts")}});
            response.addHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("60"));
        } else {
            seeOther(loginLocation("throttled", attempt.next), response);
        }
        return;
    }
    if (form.username.isEmpty()) {
        completeSignIn(attempt, false, response);
        return;
    }
    response.exchange =
        std::make_shared<SignInExchange>(shared_from_this(), std::move(attempt), form.password);
}

QByteArray SessionGate::passwordHashOf(const QString &name) const {
    return m_database->userDirectory().hashOf(name);
}

void SessionGate::completeSignIn(const SignInAttempt &attempt, bool valid,
                                 http::HttpResponse &response) const {
    if (!valid) {
        if (attempt.json) {
            answerJson(response, 401,
                       {{QStringLiteral("error"), QStringLiteral("invalid credentials")}});
        } else {
            seeOther(loginLocation("invalid", attempt.next), response);
        }
        return;
    }
    m_clientAttempts->giveBack(attempt.remoteAddress);
    m_userAttempts->giveBack(attempt.username.toUtf8());
    // A new id on every sign-in: an id planted before (session fixation) never gains a user.
    if (!attempt.sessionId.isEmpty())
        m_store->remove(attempt.sessionId);
    const QByteArray id =
        m_store->create(attempt.username, QString::fromLatin1(attempt.remoteAddress), m_maxAgeMs);
    response.addHeader(s_setCookie, sessions::cookies::setCookie(m_cookie, m_codec.encode(id)));
    response.session = sessions::SessionStore::handleOf(sessions::SessionStore::keyOf(id));
    response.user = attempt.username.toUtf8();
    if (attempt.json)
        answerJson(response, 200, {{QStringLiteral("user"), attempt.username}});
    else
        seeOther(attempt.next, response);
}

void SessionGate::signOut(const http::HttpRequest &request, const SessionState &state,
                          http::HttpResponse &response) const {
    if (!state.id.isEmpty())
        m_store->remove(state.id);
    response.session = state.handle;
    response.addHeader(s_setCookie, sessions::cookies::clearCookie(m_cookie));
    if (wantsJson(request))
        answerJson(response, 200, {{QStringLiteral("user"), QJsonValue::Null}});
    else
        seeOther(m_loginPath, response);
}

void SessionGate::whoAmI(const SessionState &state, http::HttpResponse &response) const {
    response.session = state.handle;
    response.user = state.user;
    if (state.user.isEmpty()) {
        answerJson(response, 401, {{QStringLiteral("error"), QStringLiteral("not signed in")}});
        return;
    }
    answerJson(response, 200, {{QStringLiteral("user"), QString::fromUtf8(state.user)}});
}

void SessionGate::loginPage(const http::HttpRequest &request, http::HttpResponse &response) const {
    const QByteArray next = formfields::value(request.query(), "next");
    response.status = 200;
    response.addHeader(s_contentType, s_html);
    response.addHeader(s_cacheControl, s_noStore);
    response.body = loginPageHtml(m_loginPath, sessions::redirecttarget::orFallback(next, ""),
                                  formfields::value(request.query(), "error"));
}

void SessionGate::redirectToLogin(const http::HttpRequest &request,
                                  http::HttpResponse &response) const {
    const QByteArrayView target =
        request.targetForm() == http::TargetForm::Origin ? request.target() : request.path();
    seeOther(loginLocation({}, target), response);
}

QByteArray SessionGate::loginLocation(QByteArrayView error, QByteArrayView next) const {
    QByteArray location = m_loginPath;
    char separator = '?';
    if (!error.isEmpty()) {
        location += "?error=" + error;
        separator = '&';
    }
    if (!next.isEmpty() && next != "/")
        location += separator + QByteArrayLiteral("next=") + formfields::encode(next);
    return location;
}

void SessionGate::seeOther(const QByteArray &location, http::HttpResponse &response) const {
    // RFC 9110 §15.4.4: 303 makes the browser follow with a GET, whatever the form's method.
    response.status = 303;
    response.addHeader(QByteArrayLiteral("Location"), location);
    response.addHeader(s_cacheControl, s_noStore);
    response.addHeader(s_contentType, QByteArrayLiteral("text/plain; charset=utf-8"));
    response.body = "See " + location + '\n';
}

void SessionGate::refuseUnauthenticated(http::HttpResponse &response) {
    answerJson(response, 401, {{QStringLiteral("error"), QStringLiteral("sign-in required")}});
    response.addHeader(QByteArrayLiteral("WWW-Authenticate"),
                       QByteArrayLiteral("Bearer realm=\"yardmaster\""));
}

void SessionGate::finish(const SessionState &state, http::HttpResponse &response) const {
    if (m_rolling && state.fromCookie && !state.user.isEmpty())
        response.addHeader(s_setCookie,
                           sessions::cookies::setCookie(m_cookie, m_codec.encode(state.id)));
}

} // namespace yard::routing
