#pragma once

#include <QByteArray>
#include <QString>

namespace yard::sessions {

// Password storage: PBKDF2-HMAC-SHA256 (RFC 8018 §5.2, QPasswordDigestor) with a random 16-byte
// salt per user, stored as "pbkdf2-sha256$ITERATIONS$SALT$KEY" (salt and key in base64). The
// iteration count travels with the hash, so it can be raised later without breaking old users.
// Stateless: any thread.
namespace passwordhash {

// OWASP's 2023 floor for PBKDF2-HMAC-SHA256 is 600 000; the issue asks for at least 100 000.
// A sign-in costs one derivation on a worker thread, so this stays at the floor we were given,
// plus a margin: about 60 ms on one core of the development machine.
constexpr int Iterations = 120000;

QByteArray make(const QString &password, int iterations = Iterations);
// True when `password` derives to the stored key (compared in constant time). A malformed
// `stored` is false.
bool verify(const QString &password, const QByteArray &stored);
// Costs what verify() costs, and is always false: for unknown user names, so that the answer's
// timing does not tell which names exist.
void verifyNobody(const QString &password);

} // namespace passwordhash
} // namespace yard::sessions
