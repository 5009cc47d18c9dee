#pragma once

#include <QByteArray>
#include <QVarLengthArray>
#include <utility>

namespace yard::http {

// What a handler answers. A connection keeps one and reuses it for every request, so a response
// built from shared QByteArray constants (a route's headers and body) costs no allocation.
struct HttpResponse {
    int status = 200;
    QVarLengthArray<std::pair<QByteArray, QByteArray>, 8> headers;
    QByteArray body;

    void addHeader(const QByteArray &name, const QByteArray &value) {
        headers.append({name, value});
    }
    void reset() {
        status = 200;
        headers.clear();
        body = QByteArray();
    }
};

// The reason phrase for a status code ("Not Found"), or "Unknown" (RFC 9110 §15).
QByteArrayView reasonPhrase(int status);

} // namespace yard::http
