#include "passwordhash.h"

#include "sessioncrypto.h"

#include <QList>
#include <QPasswordDigestor>

namespace yard::sessions::passwordhash {

namespace {
constexpr int SaltBytes = 16;
constexpr int KeyBytes = 32;
constexpr int MaxIterations = 10000000; // a stored value above this is damaged, not slow

QByteArray derive(const QString &password, const QByteArray &salt, int iterations) {
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt,
                                              iterations, KeyBytes);
}
} // namespace

QByteArray make(const QString &password, int iterations) {
    const QByteArray salt = crypto::randomBytes(SaltBytes);
    return "pbkdf2-sha256$" + QByteArray::number(iterations) + '$' + salt.toBase64() + '$' +
           derive(password, salt, iterations).toBase64();
}

bool verify(const QString &password, const QByteArray &stored) {
    const QList<QByteArray> parts = stored.split('$');
    if (parts.size() != 4 || parts[0] != "pbkdf2-sha256")
        return false;
    bool ok = false;
    const int iterations = parts[1].toInt(&ok);
    const auto salt =
        QByteArray::fromBase64Encoding(parts[2], QByteArray::AbortOnBase64DecodingErrors);
    const auto key =
        QByteArray::fromBase64Encoding(parts[3], QByteArray::AbortOnBase64DecodingErrors);
    if (!ok || iterations < 1 || iterations > MaxIterations || !salt || !key ||
        key.decoded.size() != KeyBytes) {
        return false;
    }
    return crypto::constantTimeEquals(derive(password, *salt, iterations), *key);
}

void verifyNobody(const QString &password) {
    static const QByteArray salt(SaltBytes, '\0');
    derive(password, salt, Iterations);
}

} // namespace yard::sessions::passwordhash
