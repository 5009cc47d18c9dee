#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <optional>

namespace yard::sessions {

// The session cookie's value: "<id>.<signature>", both unpadded base64url. The id is 32 bytes
// (256 bits) from the system CSPRNG; the signature is HMAC-SHA256 over the id's text under the
// data folder's key. A value whose signature does not match was not issued with this key
// (tampered, or forged) and is rejected before any lookup. Immutable: any thread.
class CookieCodec final {
public:
    static constexpr int IdBytes = 32;

    explicit CookieCodec(QByteArray key);

    QByteArray encode(QByteArrayView id) const;
    // The id when the signature is right; nothing otherwise.
    std::optional<QByteArray> decode(QByteArrayView value) const;

private:
    QByteArray m_key;
};

// What the Set-Cookie field says besides the value (RFC 6265 §4.1).
struct CookieAttributes {
    QByteArray name;
    qint64 maxAgeSeconds = 0; // 0: no Max-Age (ends with the browser session)
    bool secure = false;      // only over TLS
};

namespace cookies {

// `value` of cookie `name` in a Cookie field ("a=1; b=2", RFC 6265 §5.4); null when absent.
QByteArrayView find(QByteArrayView cookieField, QByteArrayView name);
// "NAME=VALUE; Path=/; Max-Age=N; HttpOnly; SameSite=Lax[; Secure]".
QByteArray setCookie(const CookieAttributes &attributes, QByteArrayView value);
// Tells the browser to drop the cookie (Max-Age=0, RFC 6265 §5.3 step 3 of Max-Age).
QByteArray clearCookie(const CookieAttributes &attributes);

} // namespace cookies
} // namespace yard::sessions
