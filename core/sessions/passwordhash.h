#pragma once

#include <QByteArray>
#include <QString>

namespace yard::sessions {

// Password storage: PBKDF2-HMAC-SHA256 (RFC 8018 §5.2, QPasswordDigestor) with a random 16-byte
// salt per user, stored as "pbkdf2-sha256$ITERATIONS$SALT$KEY" (salt and key in base64). The
// iteration count travels with the hash, so it can be raised later without breaking old users.
// Stateless: any thread.
namespace passwordhash {

// The floor. OWASP's 2023 advice for PBKDF2-HMAC-SHA256 is 600 000, but Qt's
// derivation re-keys its HMAC every round and is about 5 times slower than OpenSSL's (1.4 s
// against 0.26 s for 120 000 rounds, same loaded machine), and a sign-in runs it on a worker
// thread: see DESIGN-NOTES.md, "Sessions". Stored hashes carry their count, so raising it
// later breaks nobody.
constexpr int Iterations = 100000;

QByteArray make(const QString &password, int iterations = Iterations);
// True when `password` derives to the stored key (compared in constant time). A malformed
// `stored` is false.
bool verify(const QString &password, const QByteArray &stored);
// Costs what verify() costs, and is always false: for unknown user names, so that the answer's
// timing does not tell which names exist.
void verifyNobody(const QString &password);

} // namespace passwordhash
} // namespace yard::sessions
