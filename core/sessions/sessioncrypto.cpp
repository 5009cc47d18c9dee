#include "sessioncrypto.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <cstring>
#include <vector>

namespace yard::sessions::crypto {

QByteArray randomBytes(int count) {
    QByteArray bytes(count, Qt::Uninitialized);
    // fillRange writes whole 32-bit words: generate into a word buffer, copy out.
    std::vector<quint32> words(std::size_t(count + 3) / 4);
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    std::memcpy(bytes.data(), words.data(), std::size_t(count));
    return bytes;
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b) {
    if (a.size() != b.size())
        return false;
    // Accumulate every difference; volatile keeps the compiler from turning the loop into an
    // early-exit memcmp.
    volatile unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference = difference | static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

QByteArray hmacSha256(QByteArrayView key, QByteArrayView message) {
    QMessageAuthenticationCode code(QCryptographicHash::Sha256, key.toByteArray());
    code.addData(message.data(), message.size());
    return code.result();
}

QByteArray sha256(QByteArrayView data) {
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

QByteArray toBase64Url(const QByteArray &bytes) {
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray fromBase64Url(QByteArrayView text) {
    for (const char c : text) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                        (c >= '0' && c <= '9') || c == '-' || c == '_';
        if (!ok)
            return {};
    }
    auto decoded = QByteArray::fromBase64Encoding(text.toByteArray(),
                                                  QByteArray::Base64UrlEncoding |
                                                      QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? *decoded : QByteArray();
}

} // namespace yard::sessions::crypto
