#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QTest>
#include <QWebSocket>

namespace guitest {

// A chat client that keeps every frame it receives.
class Client final {
public:
    explicit Client(const QString &url) {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket,
                         [this](const QString &text) {
                             received.append(QJsonDocument::fromJson(text.toUtf8()).object());
                         });
        QString ws = url;
        socket.open(QUrl(ws.replace(QStringLiteral("http://"), QStringLiteral("ws://")) +
                         QStringLiteral("/chat")));
    }
    bool join(const QString &room, const QString &user) {
        if (!QTest::qWaitFor([this] { return socket.state() == QAbstractSocket::ConnectedState; }))
            return false;
        socket.sendTextMessage(
            QStringLiteral(R"({"type":"join","room":"%1","user":"%2"})").arg(room, user));
        return QTest::qWaitFor([this] { return !ofType(QStringLiteral("joined")).isEmpty(); });
    }
    QList<QJsonObject> ofType(const QString &type) const {
        QList<QJsonObject> list;
        for (const QJsonObject &frame : received) {
            if (frame.value(QStringLiteral("type")).toString() == type)
                list.append(frame);
        }
        return list;
    }

    QWebSocket socket;
    QList<QJsonObject> received;
};

} // namespace guitest
