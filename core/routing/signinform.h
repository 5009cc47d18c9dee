#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace yard::http {
class HttpRequest;
}

namespace yard::routing {

// The fields of a sign-in request: a form (application/x-www-form-urlencoded) or a JSON object
// {"username", "password", "next"}.
struct SignInForm {
    QString username;
    QString password;
    QByteArray next; // percent-decoded; checked by the caller
    bool json = false;

    static SignInForm parse(const http::HttpRequest &request);
};

namespace formfields {
// The value of `name` in "a=1&b=2" (a query or a form body), decoded ('+' is a space); null
// when absent.
QByteArray value(QByteArrayView encoded, QByteArrayView name);
// For a query component: everything but unreserved characters percent-encoded (RFC 3986 §2.3).
QByteArray encode(QByteArrayView text);
} // namespace formfields

} // namespace yard::routing
