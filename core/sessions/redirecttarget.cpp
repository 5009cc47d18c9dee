#include "redirecttarget.h"

#include "http/httpsyntax.h"

namespace yard::sessions::redirecttarget {

namespace {
// One more round of percent-decoding: the browser decodes nothing in a Location path, but a
// server behind this one (or a later hop) might, and "%2F%2Fevil" then becomes "//evil".
QByteArray decodedOnce(QByteArrayView text) {
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const int high = text[i] == '%' && i + 2 < text.size()
                             ? http::syntax::hexDigitValue(static_cast<unsigned char>(text[i + 1]))
                             : -1;
        const int low =
            high >= 0 ? http::syntax::hexDigitValue(static_cast<unsigned char>(text[i + 2])) : -1;
        if (low >= 0) {
            out.append(char(high * 16 + low));
            i += 2;
        } else {
            out.append(text[i]);
        }
    }
    return out;
}

bool looksSafe(QByteArrayView target) {
    // A single '/' then something that is not '/' or '\': a path, not a scheme-relative URL.
    if (target.isEmpty() || target[0] != '/')
        return false;
    if (target.size() > 1 && (target[1] == '/' || target[1] == '\\'))
        return false;
    for (const char c : target) {
        // Controls are stripped by URL parsers ("/\t/evil" becomes "//evil"); '\' counts as '/'.
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f || c == '\\')
            return false;
    }
    return true;
}
} // namespace

bool isSafe(QByteArrayView target) {
    return looksSafe(target) && looksSafe(decodedOnce(target));
}

QByteArray orFallback(QByteArrayView target, const QByteArray &fallback) {
    return isSafe(target) ? target.toByteArray() : fallback;
}

} // namespace yard::sessions::redirecttarget
