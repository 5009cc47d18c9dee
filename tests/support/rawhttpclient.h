#pragma once

#include <QByteArray>
#include <QTcpSocket>
#include <memory>

namespace yard::test {

// A blocking HTTP/1.1 client on a raw socket, for tests that must control every byte sent
// (pipelining, malformed requests, slow clients) and see every byte received.
class RawHttpClient final {
public:
    struct Response {
        int status = 0; // 0: no complete response before the timeout
        QByteArray head;
        QByteArray body;

        QByteArray header(QByteArrayView name) const; // first value, case-insensitive
        QByteArray summary() const { return QByteArray::number(status) + ' ' + body; }
    };

    explicit RawHttpClient(quint16 port);

    bool isConnected() const { return m_socket->state() == QAbstractSocket::ConnectedState; }
    QTcpSocket &socket() { return *m_socket; }
    void send(const QByteArray &bytes);
    // Reads one response framed by Content-Length (none after HEAD: `head`).
    Response read(bool head = false, int timeoutMs = 5000);
    // Waits until the server closes the connection.
    bool waitForClose(int timeoutMs = 5000);
    // Bytes received but not yet consumed by read().
    QByteArray &buffer() { return m_buffer; }

private:
    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_buffer;
};

} // namespace yard::test
