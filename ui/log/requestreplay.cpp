#include "requestreplay.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>
#include <memory>

namespace yard::ui {

RequestReplay::RequestReplay(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this)) {}

void RequestReplay::replay(const logging::LogRow &row, const QString &origin) {
    // The target as received: path and query, still percent-encoded.
    QNetworkRequest request(QUrl(origin + row.target, QUrl::StrictMode));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(30000);
    if (!row.userAgent.isEmpty())
        request.setHeader(QNetworkRequest::UserAgentHeader, row.userAgent);
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    QNetworkReply *reply = m_network->sendCustomRequest(request, row.method.toLatin1());
    connect(reply, &QNetworkReply::finished, this, [this, reply, timer] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        Q_EMIT finished(status, timer->elapsed(), status == 0 ? reply->errorString() : QString());
    });
}

} // namespace yard::ui
