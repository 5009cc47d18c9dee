#include "sseclient.h"

#include <QElapsedTimer>

namespace yard::test {

SseClient::SseClient(quint16 port, const QByteArray &path, const QByteArrayView extraHeaders)
    : m_client(port) {
    m_client.send("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n" +
                  extraHeaders.toByteArray() + "\r\n");
    m_head = m_client.read(true);
}

SseClient::Event SseClient::next(int timeoutMs) {
    QElapsedTimer timer;
    timer.start();
    QByteArray &buffer = m_client.buffer();
    QTcpSocket &socket = m_client.socket();
    for (;;) {
        const qsizetype end = buffer.indexOf("\n\n");
        if (end >= 0) {
            Event event;
            const QByteArray block = buffer.left(end);
            buffer.remove(0, end + 2);
            QList<QByteArray> data;
            for (const QByteArray &line : block.split('\n')) {
                const qsizetype colon = line.indexOf(':');
                const QByteArray field = colon < 0 ? line : line.left(colon);
                QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
                if (value.startsWith(' '))
                    value.remove(0, 1);
                if (field.isEmpty())
                    event.comment = value.isEmpty() ? QByteArray(" ") : value;
                else if (field == "id")
                    event.id = value;
                else if (field == "event")
                    event.name = value;
                else if (field == "data")
                    data.append(value);
                else if (field == "retry")
                    event.retry = value;
            }
            event.data = data.join('\n');
            return event;
        }
        if (timer.elapsed() >= timeoutMs ||
            (socket.state() != QAbstractSocket::ConnectedState && !socket.bytesAvailable()))
            return {};
        socket.waitForReadyRead(20);
        buffer += socket.readAll();
    }
}

SseClient::Event SseClient::nextEvent(int timeoutMs) {
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        const Event event = next(qMax(0, timeoutMs - int(timer.elapsed())));
        if (event.comment.isEmpty() && event.retry.isEmpty())
            return event;
        if (timer.elapsed() >= timeoutMs)
            return {};
    }
}

bool SseClient::silentFor(int ms) {
    QElapsedTimer timer;
    timer.start();
    QTcpSocket &socket = m_client.socket();
    while (timer.elapsed() < ms) {
        socket.waitForReadyRead(20);
        m_client.buffer() += socket.readAll();
    }
    return m_client.buffer().isEmpty();
}

} // namespace yard::test
