#include "rawhttpclient.h"

#include <QElapsedTimer>

namespace yard::test {

QByteArray RawHttpClient::Response::header(QByteArrayView name) const {
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && QByteArrayView(line).first(colon).compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

RawHttpClient::RawHttpClient(quint16 port)
    : m_socket(std::make_unique<QTcpSocket>()) {
    m_socket->connectToHost(QHostAddress::LocalHost, port);
    m_socket->waitForConnected(5000);
}

void RawHttpClient::send(const QByteArray &bytes) {
    m_socket->write(bytes);
    m_socket->waitForBytesWritten(5000);
}

RawHttpClient::Response RawHttpClient::read(bool head, int timeoutMs) {
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end >= 0) {
            Response response;
            response.head = m_buffer.left(end);
            const qsizetype length = head ? 0 : response.header("content-length").toLongLong();
            if (m_buffer.size() >= end + 4 + length) {
                response.status = response.head.mid(9, 3).toInt();
                response.body = m_buffer.mid(end + 4, length);
                m_buffer.remove(0, end + 4 + length);
                return response;
            }
        }
        if (!isConnected() && !m_socket->bytesAvailable())
            break;
        m_socket->waitForReadyRead(50);
        m_buffer += m_socket->readAll();
    }
    return {};
}

bool RawHttpClient::waitForClose(int timeoutMs) {
    QElapsedTimer timer;
    timer.start();
    while (m_socket->state() != QAbstractSocket::UnconnectedState && timer.elapsed() < timeoutMs) {
        m_socket->waitForReadyRead(50);
        m_buffer += m_socket->readAll();
    }
    return m_socket->state() == QAbstractSocket::UnconnectedState;
}

} // namespace yard::test
