#include "cookiecodec.h"

#include "sessioncrypto.h"

#include <QStringBuilder>

namespace yard::sessions {

namespace {
constexpr qsizetype IdTextLength = (CookieCodec::IdBytes * 4 + 2) / 3; // unpadded base64
constexpr qsizetype SignatureTextLength = (32 * 4 + 2) / 3;            // SHA-256 output

QByteArrayView trimmed(QByteArrayView text) {
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}
} // namespace

CookieCodec::CookieCodec(QByteArray key)
    : m_key(std::move(key)) {}

QByteArray CookieCodec::encode(QByteArrayView id) const {
    return id.toByteArray() + '.' + crypto::toBase64Url(crypto::hmacSha256(m_key, id));
}

std::optional<QByteArray> CookieCodec::decode(QByteArrayView value) const {
    if (value.size() != IdTextLength + 1 + SignatureTextLength || value[IdTextLength] != '.')
        return std::nullopt;
    const QByteArrayView id = value.first(IdTextLength);
    if (crypto::fromBase64Url(id).size() != IdBytes)
        return std::nullopt;
    // Compared as text: base64's last character has spare bits, so comparing decoded bytes
    // would accept several spellings of one signature (a tampered cookie that still passes).
    const QByteArray expected = crypto::toBase64Url(crypto::hmacSha256(m_key, id));
    if (!crypto::constantTimeEquals(value.sliced(IdTextLength + 1).toByteArray(), expected))
        return std::nullopt;
    return id.toByteArray();
}

namespace cookies {

QByteArrayView find(QByteArrayView cookieField, QByteArrayView name) {
    while (!cookieField.isEmpty()) {
        const qsizetype end = cookieField.indexOf(';');
        const QByteArrayView pair = trimmed(end < 0 ? cookieField : cookieField.first(end));
        cookieField = end < 0 ? QByteArrayView() : cookieField.sliced(end + 1);
        const qsizetype equals = pair.indexOf('=');
        if (equals > 0 && trimmed(pair.first(equals)) == name) {
            QByteArrayView value = trimmed(pair.sliced(equals + 1));
            // RFC 6265 §4.1.1: a value may be wrapped in double quotes.
            if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
                value = value.sliced(1, value.size() - 2);
            return value.isNull() ? QByteArrayView("") : value;
        }
    }
    return {};
}

QByteArray setCookie(const CookieAttributes &attributes, QByteArrayView value) {
    QByteArray field = attributes.name + '=' + value + "; Path=/";
    if (attributes.maxAgeSeconds > 0)
        field += "; Max-Age=" + QByteArray::number(attributes.maxAgeSeconds);
    field += "; HttpOnly; SameSite=Lax";
    if (attributes.secure)
        field += "; Secure";
    return field;
}

QByteArray clearCookie(const CookieAttributes &attributes) {
    QByteArray field = attributes.name + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax";
    if (attributes.secure)
        field += "; Secure";
    return field;
}

} // namespace cookies
} // namespace yard::sessions
