#include "requestvalues.h"

#include "currentsession.h"
#include "http/httprequest.h"
#include "http/httpsyntax.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace yard::routing {

namespace {
int hexValue(char c) {
    return yard::http::syntax::hexDigitValue(static_cast<unsigned char>(c));
}

// RFC 3986 §2.1; with `plusIsSpace` also the form encoding of queries (WHATWG URL,
// application/x-www-form-urlencoded). A '%' not followed by two hex digits stays as it is, as
// browsers leave it.
void percentDecode(QByteArrayView encoded, bool plusIsSpace, QByteArray &out) {
    out.resize(0);
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded[i];
        const int high = c == '%' && i + 2 < encoded.size() ? hexValue(encoded[i + 1]) : -1;
        const int low = high >= 0 ? hexValue(encoded[i + 2]) : -1;
        if (low >= 0) {
            out.append(char(high * 16 + low));
            i += 2;
        } else {
            out.append(plusIsSpace && c == '+' ? ' ' : c);
        }
    }
}

bool needsDecoding(QByteArrayView encoded, bool plusIsSpace) {
    return encoded.contains('%') || (plusIsSpace && encoded.contains('+'));
}

bool isJsonType(QByteArrayView contentType) {
    const qsizetype semicolon = contentType.indexOf(';');
    const QByteArrayView type =
        (semicolon < 0 ? contentType : contentType.first(semicolon)).trimmed();
    const QByteArrayView suffix("+json");
    return type.compare("application/json", Qt::CaseInsensitive) == 0 ||
           (type.size() > suffix.size() &&
            type.last(suffix.size()).compare(suffix, Qt::CaseInsensitive) == 0);
}

// An array index is plain decimal digits, no sign (a JSON pointer's rule, RFC 6901 §4).
qsizetype arrayIndex(QByteArrayView segment) {
    if (segment.isEmpty() || segment.size() > 9)
        return -1;
    qsizetype index = 0;
    for (char c : segment) {
        if (c < '0' || c > '9')
            return -1;
        index = index * 10 + (c - '0');
    }
    return index;
}

QJsonValue child(const QJsonValue &parent, QByteArrayView segment) {
    if (parent.isObject())
        return parent.toObject().value(QString::fromUtf8(segment));
    const qsizetype index = arrayIndex(segment);
    if (parent.isArray() && index >= 0)
        return parent.toArray().at(index); // Undefined past the end
    return QJsonValue(QJsonValue::Undefined);
}
} // namespace

RequestValues::RequestValues(const http::HttpRequest &request, const PathParams &params)
    : m_request(request)
    , m_params(params) {}

QByteArrayView RequestValues::decoded(QByteArrayView encoded, bool plusIsSpace) const {
    if (!needsDecoding(encoded, plusIsSpace))
        return encoded;
    percentDecode(encoded, plusIsSpace, m_scratch);
    return m_scratch;
}

// Path segments are not form-encoded: a '+' in a path is a plus (RFC 3986 §3.3).
QByteArrayView RequestValues::param(QByteArrayView name) const {
    for (const PathParam &param : m_params) {
        if (param.name == name)
            return decoded(param.value, false);
    }
    return {};
}

QByteArrayView RequestValues::query(QByteArrayView name) const {
    splitQuery();
    for (const QueryPair &pair : m_query) {
        bool same = pair.name == name;
        if (!same && needsDecoding(pair.name, true)) {
            percentDecode(pair.name, true, m_nameScratch);
            same = m_nameScratch == name;
        }
        if (same)
            return decoded(pair.value, true);
    }
    return {};
}

QByteArrayView RequestValues::header(QByteArrayView name) const {
    return m_request.header(name);
}

QByteArrayView RequestValues::bodyField(QByteArrayView dottedPath) const {
    parseBody();
    QJsonValue value = m_body;
    for (qsizetype from = 0; from <= dottedPath.size() && !value.isUndefined();) {
        qsizetype dot = dottedPath.indexOf('.', from);
        if (dot < 0)
            dot = dottedPath.size();
        value = child(value, dottedPath.sliced(from, dot - from));
        from = dot + 1;
    }
    switch (value.type()) {
    case QJsonValue::String:
        m_scratch = value.toString().toUtf8();
        return m_scratch;
    case QJsonValue::Double:
        m_scratch = QByteArray::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
        return m_scratch;
    case QJsonValue::Bool:
        return value.toBool() ? QByteArrayView("true") : QByteArrayView("false");
    case QJsonValue::Object:
        m_scratch = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
        return m_scratch;
    case QJsonValue::Array:
        m_scratch = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
        return m_scratch;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

// Set by RouteTable around the action when the request carries a valid session.
QByteArrayView RequestValues::sessionUser() const {
    return CurrentSession::user();
}

// "a=1&b=2", split on '&' then the first '='; a name without '=' has an empty value.
void RequestValues::splitQuery() const {
    if (m_querySplit)
        return;
    m_querySplit = true;
    const QByteArrayView query = m_request.query();
    for (qsizetype from = 0; from < query.size();) {
        qsizetype amp = query.indexOf('&', from);
        if (amp < 0)
            amp = query.size();
        const QByteArrayView pair = query.sliced(from, amp - from);
        const qsizetype eq = pair.indexOf('=');
        if (!pair.isEmpty()) {
            m_query.append(eq < 0 ? QueryPair{pair, {}}
                                  : QueryPair{pair.first(eq), pair.sliced(eq + 1)});
        }
        from = amp + 1;
    }
}

// Only a body that says it is JSON, or looks like an object, is parsed: a form or a file upload
// is not worth a failed parse.
void RequestValues::parseBody() const {
    if (m_bodyParsed)
        return;
    m_bodyParsed = true;
    const QByteArray &body = m_request.body();
    const QByteArrayView trimmed = QByteArrayView(body).trimmed();
    if (!isJsonType(m_request.header("Content-Type")) && !trimmed.startsWith('{'))
        return;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return;
    if (document.isObject())
        m_body = document.object();
    else if (document.isArray())
        m_body = document.array();
}

} // namespace yard::routing
