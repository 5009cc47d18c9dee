#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace yard::sessions {

// The few primitives the session code builds on, all from Qt (QRandomGenerator::system(),
// QCryptographicHash, QMessageAuthenticationCode).
namespace crypto {

// `count` bytes from the operating system's CSPRNG (QRandomGenerator::system()).
QByteArray randomBytes(int count);

// Compares without an early exit, so the time taken does not tell an attacker how many leading
// bytes of a guess were right. Different lengths compare unequal (lengths are not secret here:
// a signature or a hash always has its algorithm's length).
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

QByteArray hmacSha256(QByteArrayView key, QByteArrayView message);
QByteArray sha256(QByteArrayView data);

// RFC 4648 §5 without padding: safe in cookies and URLs.
QByteArray toBase64Url(const QByteArray &bytes);
// Empty when `text` is not strict unpadded base64url.
QByteArray fromBase64Url(QByteArrayView text);

} // namespace crypto
} // namespace yard::sessions
