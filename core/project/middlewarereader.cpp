#include "middlewarereader.h"

#include "httpnames.h"
#include "jsonobjectreader.h"
#include "templatesyntax.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QUrl>
#include <algorithm>

namespace yard::project {

namespace {
using Need = JsonObjectReader::Need;

// Error pages are read into memory when a route table is built; anything this big is no page.
constexpr qint64 MaxErrorPageBytes = 1024 * 1024;

QString item(const QString &pointer, qsizetype index) {
    return pointer + u'/' + QString::number(index);
}

} // namespace

QString serializedOrigin(const QString &text) {
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty() ||
        !url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment() ||
        !(url.path().isEmpty() || url.path() == u"/"))
        return {};
    QString host = url.host(QUrl::FullyEncoded); // IDNA: browsers send the ASCII form
    if (host.contains(u':'))
        host = u'[' + host + u']';
    const int defaultPort = url.scheme() == u"http" ? 80 : url.scheme() == u"https" ? 443 : -1;
    QString origin = url.scheme() + u"://" + host;
    if (url.port() != -1 && url.port() != defaultPort)
        origin += u':' + QString::number(url.port());
    return origin;
}

MiddlewareReader::MiddlewareReader(QString baseDir, ProjectErrors &errors)
    : m_baseDir(std::move(baseDir))
    , m_errors(errors) {}

std::optional<CorsConfig> MiddlewareReader::readCors(JsonObjectReader &owner) {
    const auto object = owner.object(QStringLiteral("cors"));
    if (!object)
        return std::nullopt;
    JsonObjectReader in(*object, owner.pointerTo(QStringLiteral("cors")), m_errors);
    CorsConfig cors;
    in.accept(QStringLiteral("origins"));
    readOrigins(in, object->value(QStringLiteral("origins")), cors);
    cors.methods = readTokens(in, QStringLiteral("methods"), Token::Method);
    cors.headers = readTokens(in, QStringLiteral("headers"), Token::Header);
    cors.exposeHeaders = readTokens(in, QStringLiteral("exposeHeaders"), Token::Header);
    cors.credentials = in.boolean(QStringLiteral("credentials"));
    cors.maxAge = in.integer(QStringLiteral("maxAge"), 0, 86400,
                             tr("0 to 86400 seconds; Chromium keeps at most 7200"));
    // Fetch standard, "CORS check": with credentials, "Access-Control-Allow-Origin: *" fails.
    if (cors.credentials.value_or(false) && cors.anyOrigin()) {
        in.error(QStringLiteral("credentials"),
                 tr("credentials cannot go with \"origins\": \"*\" (browsers refuse it, per the "
                    "Fetch standard); list the origins instead"));
    }
    in.rejectUnknownKeys(tr("cors"));
    return cors;
}

void MiddlewareReader::readOrigins(JsonObjectReader &in, const QJsonValue &value,
                                   CorsConfig &cors) {
    const QString pointer = in.pointerTo(QStringLiteral("origins"));
    if (value.isUndefined()) {
        m_errors.append({in.pointer(), tr("\"origins\" is missing; add it (\"*\" or a list such "
                                          "as [\"http://localhost:3000\"])")});
    } else if (value.isString() && value.toString() == u"*") {
        cors.origins = QStringList{QStringLiteral("*")};
    } else if (!value.isArray()) {
        m_errors.append({pointer, tr("must be \"*\" or a list of origins, such as "
                                     "[\"http://localhost:3000\"]")});
    } else if (value.toArray().isEmpty()) {
        m_errors.append({pointer, tr("list at least one origin, or use \"*\" for any")});
    }
    const QJsonArray origins = value.toArray();
    for (qsizetype i = 0; i < origins.size(); ++i) {
        const QString origin = origins.at(i).toString();
        const QString serialized = serializedOrigin(origin);
        if (origin == u"*") {
            m_errors.append({item(pointer, i), tr("\"*\" stands alone; write \"origins\": \"*\"")});
        } else if (serialized.isEmpty()) {
            m_errors.append(
                {item(pointer, i), tr("\"%1\" is not an origin (use scheme://host:port, "
                                      "such as \"http://localhost:3000\")")
                                       .arg(origin)});
        } else if (serialized != origin) {
            // The Origin header is compared byte for byte: any other spelling never matches.
            m_errors.append(
                {item(pointer, i),
                 tr("browsers send this origin as \"%1\"; write it so").arg(serialized)});
        }
        cors.origins.append(origin);
    }
}

std::optional<QStringList> MiddlewareReader::readTokens(JsonObjectReader &in, const QString &key,
                                                        Token kind) {
    const auto array = in.array(key);
    if (!array)
        return std::nullopt;
    QStringList names;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QString name = array->at(i).toString();
        const QString where = item(in.pointerTo(key), i);
        if (!isHttpToken(name)) {
            m_errors.append({where, kind == Token::Method
                                        ? tr("must be an HTTP method, such as \"PUT\"")
                                        : tr("must be a header name, such as \"Content-Type\"")});
        } else if (kind == Token::Method && name != name.toUpper()) {
            // Fetch normalizes only six methods' case; "patch" would stay lower-case.
            m_errors.append(
                {where, tr("methods are case-sensitive; write \"%1\"").arg(name.toUpper())});
        }
        names.append(name);
    }
    return names;
}

std::optional<HeaderList> MiddlewareReader::readHeaders(JsonObjectReader &server) {
    const auto object = server.object(QStringLiteral("headers"));
    if (!object)
        return std::nullopt;
    HeaderList headers;
    const QString base = server.pointerTo(QStringLiteral("headers"));
    for (auto it = object->constBegin(); it != object->constEnd(); ++it) {
        const QString where = base + u'/' + jsonPointerToken(it.key());
        if (!isHttpToken(it.key())) {
            m_errors.append({where, tr("\"%1\" is not a header name (letters, digits and "
                                       "!#$%&'*+-.^_`|~ only)")
                                        .arg(it.key())});
        } else if (isComputedResponseHeader(it.key())) {
            m_errors.append({where, tr("%1 is set by Yardmaster itself; remove it").arg(it.key())});
        } else if (it.key().startsWith(u"access-control-", Qt::CaseInsensitive)) {
            m_errors.append({where, tr("%1 belongs to CORS; set \"cors\" on the server or the "
                                       "route instead")
                                        .arg(it.key())});
        }
        const QString value = it.value().toString();
        if (!it.value().isString())
            m_errors.append({where, tr("a header value must be a string")});
        else if (value.contains(u'\r') || value.contains(u'\n') || value.contains(QChar(0)))
            m_errors.append({where, tr("a header value must be on one line")});
        headers.append({it.key(), value});
    }
    return headers;
}

std::optional<RateLimitConfig> MiddlewareReader::readRateLimit(JsonObjectReader &server) {
    const auto object = server.object(QStringLiteral("rateLimit"));
    if (!object)
        return std::nullopt;
    JsonObjectReader in(*object, server.pointerTo(QStringLiteral("rateLimit")), m_errors);
    RateLimitConfig limit;
    limit.requestsPerMinute = in.integer(QStringLiteral("requestsPerMinute"), 1, 1000000,
                                         tr("1 to 1000000"), Need::Required)
                                  .value_or(60);
    limit.burst = in.integer(QStringLiteral("burst"), 1, 1000000, tr("1 to 1000000 requests"));
    if (const auto paths = in.array(QStringLiteral("paths"))) {
        if (paths->isEmpty()) {
            in.error(QStringLiteral("paths"), tr("list at least one path prefix, or remove "
                                                 "\"paths\" to limit every path"));
        }
        QStringList prefixes;
        for (qsizetype i = 0; i < paths->size(); ++i) {
            const QString path = paths->at(i).toString();
            if (!paths->at(i).isString() || !path.startsWith(u'/')) {
                m_errors.append({item(in.pointerTo(QStringLiteral("paths")), i),
                                 tr("must be a path prefix starting with \"/\", such as "
                                    "\"/api\"")});
            }
            prefixes.append(path);
        }
        limit.paths = prefixes;
    }
    in.rejectUnknownKeys(tr("rateLimit"));
    return limit;
}

std::optional<ErrorPageList> MiddlewareReader::readErrorPages(JsonObjectReader &server) {
    const auto object = server.object(QStringLiteral("errorPages"));
    if (!object)
        return std::nullopt;
    ErrorPageList pages;
    const QString base = server.pointerTo(QStringLiteral("errorPages"));
    for (auto it = object->constBegin(); it != object->constEnd(); ++it) {
        const QString where = base + u'/' + jsonPointerToken(it.key());
        bool number = false;
        const int status = it.key().toInt(&number);
        if (!number || status < 400 || status > 599 || it.key() != QString::number(status)) {
            m_errors.append({where, tr("\"%1\" is not an error status (use 400 to 599, such as "
                                       "\"404\")")
                                        .arg(it.key())});
        }
        if (!it.value().isString() || it.value().toString().isEmpty()) {
            m_errors.append({where, tr("must be the path of a file, such as "
                                       "\"errors/404.html\"")});
            continue;
        }
        checkErrorPage(where, it.value().toString());
        pages.append({status, it.value().toString()});
    }
    std::sort(pages.begin(), pages.end());
    return pages;
}

void MiddlewareReader::checkErrorPage(const QString &pointer, const QString &path) {
    if (m_baseDir.isEmpty())
        return;
    QFile file(QFileInfo(QDir(m_baseDir), path).filePath());
    const QFileInfo info(file);
    if (!info.exists()) {
        m_errors.append({pointer, tr("\"%1\" does not exist (relative paths start at the "
                                     "project file's folder, %2)")
                                      .arg(path, QDir::toNativeSeparators(m_baseDir))});
        return;
    }
    if (!info.isFile()) {
        m_errors.append({pointer, tr("\"%1\" is a folder; give the path of a file").arg(path)});
        return;
    }
    if (info.size() > MaxErrorPageBytes) {
        m_errors.append({pointer, tr("\"%1\" is larger than 1 MiB; an error page should be "
                                     "small")
                                      .arg(path)});
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_errors.append({pointer, tr("cannot read \"%1\": %2").arg(path, file.errorString())});
        return;
    }
    // The page is a template like a respond body, rendered where no route matched: no captures.
    const QString text = QString::fromUtf8(file.readAll());
    for (const TemplatePiece &piece : splitTemplate(text)) {
        if (piece.kind == TemplatePiece::Kind::Value && piece.text.startsWith(u"params.")) {
            m_errors.append({pointer, tr("\"%1\" uses \"{{%2}}\"; an error page has no path "
                                         "captures (use query.X, header.X or body.X)")
                                          .arg(path, piece.text)});
            return;
        }
    }
    const QString problem = templateProblem(text, {});
    if (!problem.isEmpty())
        m_errors.append({pointer, tr("\"%1\": %2").arg(path, problem)});
}

} // namespace yard::project
