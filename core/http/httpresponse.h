#pragma once

#include "connectioninfo.h"
#include "exchange.h"

#include <QByteArray>
#include <QVarLengthArray>
#include <functional>
#include <memory>
#include <utility>

namespace yard::http {

class Exchange;
class HttpRequest;

// Takes a connection over after its request (a WebSocket upgrade, a tunnel): receives the socket
// descriptor (now its own, non-blocking, in the calling worker thread), the request, every byte
// already received after the request, so that nothing the client sent is lost, and the
// connection's identity, so that the live registry goes on showing it under the same id.
using Takeover = std::function<void(qintptr fd, const HttpRequest &request, QByteArray leftover,
                                    const ConnectionIdentity &identity)>;

// An open file descriptor, closed when the last response using it has been sent. Safe to share
// between threads: it is only read, with explicit offsets (sendfile, pread).
class FileHandle final {
    Q_DISABLE_COPY_MOVE(FileHandle)

public:
    explicit FileHandle(int fd)
        : m_fd(fd) {}
    ~FileHandle();
    int fd() const { return m_fd; }

private:
    int m_fd;
};

// What a handler answers. A connection keeps one and reuses it for every request, so a response
// built from shared QByteArray constants (a route's headers and body) costs no allocation.
struct HttpResponse {
    int status = 200;
    QVarLengthArray<std::pair<QByteArray, QByteArray>, 8> headers;
    QByteArray body;
    // When set, the body is bytes [fileOffset, fileOffset + fileLength) of this file instead of
    // `body`: sent with sendfile(), never read into memory.
    std::shared_ptr<const FileHandle> file;
    qint64 fileOffset = 0;
    qint64 fileLength = 0;
    // Milliseconds to hold the response back (a route's simulated latency); the worker serves
    // other connections meanwhile.
    int delayMs = 0;
    // Index of the project route that answered, for the request log; -1 when none did.
    int route = -1;
    // The session's public handle (never its id), for the request log; empty without one.
    QByteArray session;
    // The session's user (UTF-8), for the live registry; empty without one.
    QByteArray user;
    // When set, the engine writes nothing for this request and hands the connection over.
    Takeover takeover;
    // When set, this exchange answers (streaming; see exchange.h) and the connection stays ours.
    std::shared_ptr<Exchange> exchange;

    qint64 contentLength() const { return file ? fileLength : body.size(); }
    void addHeader(const QByteArray &name, const QByteArray &value) {
        headers.append({name, value});
    }
    void reset() {
        status = 200;
        headers.clear();
        body = QByteArray();
        file.reset();
        fileOffset = fileLength = 0;
        delayMs = 0;
        route = -1;
        session = QByteArray();
        user = QByteArray();
        takeover = nullptr;
        exchange.reset();
    }
};

// The reason phrase for a status code ("Not Found"), or "Unknown" (RFC 9110 §15).
QByteArrayView reasonPhrase(int status);

} // namespace yard::http
