#pragma once

#include "realtime/frameparser.h"

#include <QJsonObject>
#include <QWebSocket>
#include <initializer_list>

// Clients for the chat-room tests: one on QtWebSockets (what a browser does) and one on a bare
// socket (exact bytes, and a peer that never reads).
namespace yard::test {

QJsonObject jsonObject(std::initializer_list<std::pair<QString, QJsonValue>> fields);
QJsonObject joinCommand(const QString &room, const QString &user);
QJsonObject messageCommand(const QString &room, const QString &text);
QByteArray compact(const QJsonObject &json);

// Driven by the test's event loop; keeps every frame received, parsed.
class ChatClient final {
public:
    ChatClient();
    bool open(quint16 port);
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    void send(const QJsonObject &json);
    void join(const QString &room, const QString &user) { send(joinCommand(room, user)); }
    QList<QJsonObject> ofType(const QString &type) const;
    // Waits for the n-th (1-based) frame of `type` and returns it (empty on timeout).
    QJsonObject waitFor(const QString &type, qsizetype n = 1, int timeoutMs = 5000);
    QWebSocket &socket() { return m_socket; }

    QList<QJsonObject> received;

private:
    QWebSocket m_socket;
};

// Blocking, but runs the test's event loop while it waits, so that the QWebSocket clients of
// the same test keep answering pings.
class RawClient final {
public:
    // `receiveBuffer` > 0: SO_RCVBUF, to make a client that does not read fill up early.
    explicit RawClient(quint16 port, int receiveBuffer = 0);
    ~RawClient();

    bool handshake();
    void send(const QByteArray &bytes);
    void sendText(const QByteArray &payload);
    // The next frame from the server: "text:...", "ping:", "pong:", "close:CODE", or empty on
    // timeout or end of stream.
    QByteArray nextFrame(int timeoutMs = 5000);
    // True once the server has closed the connection (end of stream or reset).
    bool waitForEof(int timeoutMs);

private:
    bool receive(int timeoutMs);

    int m_fd = -1;
    bool m_connected = false;
    QByteArray m_buffer;
    realtime::FrameParser m_parser{16 * 1024 * 1024, realtime::FrameParser::Role::Client};
};

} // namespace yard::test
