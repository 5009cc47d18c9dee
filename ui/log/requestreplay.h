#pragma once

#include "logging/logquery.h"

#include <QObject>
#include <QString>

class QNetworkAccessManager;

namespace yard::ui {

// "Replay" for a logged request: sends its method and target again to its server, with the
// user agent it had, and reports the answer; the new request lands in the log like any other.
// The log keeps no other headers and no body, so a replayed POST goes without its body (the
// button says so). Asynchronous: the GUI thread never waits on the socket. GUI thread.
class RequestReplay final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestReplay)

public:
    explicit RequestReplay(QObject *parent = nullptr);

    // `origin` is "http://host:port" of the row's running server.
    void replay(const logging::LogRow &row, const QString &origin);

Q_SIGNALS:
    // `status` 0: no answer (`error` says why); `ms` the round trip.
    void finished(int status, qint64 ms, const QString &error);

private:
    QNetworkAccessManager *m_network;
};

} // namespace yard::ui
