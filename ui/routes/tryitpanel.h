#pragma once

#include "project/projectmodel.h"

#include <QWidget>

class QLabel;
class QNetworkAccessManager;
class QNetworkReply;
class QPlainTextEdit;
class QPushButton;

namespace yard::ui {

class ServerPool;

// "Try it": sends the selected route's request to the running server (asynchronously, the
// window never waits) and shows status, headers and body; "Copy as curl" puts the same request
// on the clipboard. GUI thread only.
class TryItPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TryItPanel)

public:
    explicit TryItPanel(ServerPool *pool, QWidget *parent = nullptr);
    ~TryItPanel() override;

    void setRoute(int serverId, const std::optional<project::RouteConfig> &route);
    // The URL the route answers on the running server: ":name" becomes "1", a trailing "*"
    // is dropped. Empty when the server is not running.
    QString requestUrl() const;
    QString requestMethod() const;
    QString curlCommand() const;
    void send();
    void retranslateUi();

Q_SIGNALS:
    void finished();

private:
    void updateButtons();
    void showReply(QNetworkReply *reply);

    ServerPool *m_pool;
    QNetworkAccessManager *m_network;
    int m_serverId = -1;
    std::optional<project::RouteConfig> m_route;
    QPushButton *m_send;
    QPushButton *m_copy;
    QLabel *m_status;
    QPlainTextEdit *m_result;
};

} // namespace yard::ui
