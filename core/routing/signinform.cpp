#include "signinform.h"

#include "http/httprequest.h"
#include "http/httpsyntax.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace yard::routing {

namespace {
QByteArray decode(QByteArrayView encoded) {
    QByteArray out;
    out.reserve(encoded.size());
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded[i];
        const int high =
            c == '%' && i + 2 < encoded.size()
                ? http::syntax::hexDigitValue(static_cast<unsigned char>(encoded[i + 1]))
                : -1;
        const int low =
            high >= 0 ? http::syntax::hexDigitValue(static_cast<unsigned char>(encoded[i + 2]))
                      : -1;
        if (low >= 0) {
            out.append(char(high * 16 + low));
            i += 2;
        } else {
            out.append(c == '+' ? ' ' : c);
        }
    }
    return out;
}
} // namespace

namespace formfields {

QByteArray value(QByteArrayView encoded, QByteArrayView name) {
    while (!encoded.isEmpty()) {
        const qsizetype end = encoded.indexOf('&');
        const QByteArrayView pair = end < 0 ? encoded : encoded.first(end);
        encoded = end < 0 ? QByteArrayView() : encoded.sliced(end + 1);
        const qsizetype equals = pair.indexOf('=');
        const QByteArrayView key = equals < 0 ? pair : pair.first(equals);
        if (decode(key) == name) {
            const QByteArray decoded = equals < 0 ? QByteArray() : decode(pair.sliced(equals + 1));
            return decoded.isNull() ? QByteArray("") : decoded;
        }
    }
    return {};
}

QByteArray encode(QByteArrayView text) {
    return text.toByteArray().toPercentEncoding();
}

} // namespace formfields

SignInForm SignInForm::parse(const http::HttpRequest &request) {
    SignInForm form;
    const QByteArray contentType = request.header("content-type").toByteArray().toLower();
    if (contentType.startsWith("application/json")) {
        form.json = true;
        const QJsonObject object = QJsonDocument::fromJson(request.body()).object();
        form.username = object.value(QStringLiteral("username")).toString();
        form.password = object.value(QStringLiteral("password")).toString();
        form.next = object.value(QStringLiteral("next")).toString().toUtf8();
        return form;
    }
    const QByteArray &body = request.body();
    form.username = QString::fromUtf8(formfields::value(body, "username"));
    form.password = QString::fromUtf8(formfields::value(body, "password"));
    form.next = formfields::value(body, "next");
    return form;
}

} // namespace yard::routing
