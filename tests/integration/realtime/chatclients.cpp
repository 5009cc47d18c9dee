#include "chatclients.h"

#include "realtime/framewriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTest>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace yard::test {

using realtime::FrameStatus;
using realtime::FrameWriter;
using realtime::Opcode;

QJsonObject jsonObject(std::initializer_list<std::pair<QString, QJsonValue>> fields) {
    QJsonObject result;
    for (const auto &[key, value] : fields)
        result.insert(key, value);
    return result;
}

QJsonObject joinCommand(const QString &room, const QString &user) {
    return jsonObject({{QStringLiteral("type"), QStringLiteral("join")},
                       {QStringLiteral("room"), room},
                       {QStringLiteral("user"), user}});
}

QJsonObject messageCommand(const QString &room, const QString &text) {
    return jsonObject({{QStringLiteral("type"), QStringLiteral("message")},
                       {QStringLiteral("room"), room},
                       {QStringLiteral("text"), text}});
}

QByteArray compact(const QJsonObject &json) {
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

ChatClient::ChatClient() {
    QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &m_socket,
                     [this](const QString &text) {
                         received.append(QJsonDocument::fromJson(text.toUtf8()).object());
                     });
}

bool ChatClient::open(quint16 port) {
    m_socket.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/chat").arg(port)));
    return QTest::qWaitFor([this] { return isConnected(); }, 5000);
}

void ChatClient::send(const QJsonObject &json) {
    m_socket.sendTextMessage(QString::fromUtf8(compact(json)));
}

QList<QJsonObject> ChatClient::ofType(const QString &type) const {
    QList<QJsonObject> list;
    for (const QJsonObject &json : received) {
        if (json.value(QStringLiteral("type")).toString() == type)
            list.append(json);
    }
    return list;
}

QJsonObject ChatClient::waitFor(const QString &type, qsizetype n, int timeoutMs) {
    (void)QTest::qWaitFor([&] { return ofType(type).size() >= n; }, timeoutMs);
    const QList<QJsonObject> list = ofType(type);
    return list.size() >= n ? list[n - 1] : QJsonObject();
}

RawClient::RawClient(quint16 port, int receiveBuffer) {
    m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (receiveBuffer > 0)
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &receiveBuffer, sizeof receiveBuffer);
    sockaddr_in address = {};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    m_connected = ::connect(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0;
}

RawClient::~RawClient() {
    ::close(m_fd);
}

bool RawClient::handshake() {
    send("GET /chat HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
         "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
    while (!m_buffer.contains("\r\n\r\n")) {
        if (!receive(5000))
            return false;
    }
    const bool switched = m_buffer.startsWith("HTTP/1.1 101 ");
    m_buffer.remove(0, m_buffer.indexOf("\r\n\r\n") + 4);
    return m_connected && switched;
}

void RawClient::send(const QByteArray &bytes) {
    ::send(m_fd, bytes.constData(), std::size_t(bytes.size()), MSG_NOSIGNAL);
}

void RawClient::sendText(const QByteArray &payload) {
    send(FrameWriter::clientFrame(Opcode::Text, payload));
}

QByteArray RawClient::nextFrame(int timeoutMs) {
    for (;;) {
        const realtime::FrameResult result = m_parser.feed(m_buffer);
        m_buffer.remove(0, result.consumed);
        switch (result.status) {
        case FrameStatus::Message:
            return "text:" + m_parser.message().toByteArray();
        case FrameStatus::Ping:
            return "ping:";
        case FrameStatus::Pong:
            return "pong:";
        case FrameStatus::Close:
            return "close:" + QByteArray::number(m_parser.closeCode());
        case FrameStatus::Error:
            return "bad frame";
        case FrameStatus::NeedMore:
            break;
        }
        if (!receive(timeoutMs))
            return QByteArray();
    }
}

bool RawClient::waitForEof(int timeoutMs) {
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        pollfd entry{m_fd, POLLIN, 0};
        if (::poll(&entry, 1, 10) <= 0) {
            QCoreApplication::processEvents();
            continue;
        }
        char buffer[65536];
        if (::recv(m_fd, buffer, sizeof buffer, 0) <= 0)
            return true;
    }
    return false;
}

bool RawClient::receive(int timeoutMs) {
    QElapsedTimer timer;
    timer.start();
    pollfd entry{m_fd, POLLIN, 0};
    while (::poll(&entry, 1, 10) <= 0) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents();
    }
    char buffer[65536];
    const ssize_t received = ::recv(m_fd, buffer, sizeof buffer, 0);
    if (received <= 0)
        return false;
    m_buffer.append(buffer, received);
    return true;
}

} // namespace yard::test
