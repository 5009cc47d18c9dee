#include "tryitpanel.h"

#include "servers/serverpool.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace yard::ui {

namespace {
constexpr int TimeoutMs = 10000;
constexpr qint64 BodyPreviewBytes = 64 * 1024;

QString shellQuote(const QString &text) {
    QString quoted = text;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}
} // namespace

TryItPanel::TryItPanel(ServerPool *pool, QWidget *parent)
    : QWidget(parent)
    , m_pool(pool)
    , m_network(new QNetworkAccessManager(this))
    , m_send(new QPushButton(this))
    , m_copy(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_result(new QPlainTextEdit(this)) {
    m_send->setObjectName(QStringLiteral("tryIt"));
    m_send->setIcon(QIcon(QStringLiteral(":/icons/send.svg")));
    m_copy->setObjectName(QStringLiteral("copyAsCurl"));
    m_copy->setIcon(QIcon(QStringLiteral(":/icons/copy.svg")));
    m_status->setObjectName(QStringLiteral("tryItStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setObjectName(QStringLiteral("tryItResult"));
    m_result->setReadOnly(true);
    m_result->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_result->setMinimumHeight(m_result->fontMetrics().height() * 9);
    m_result->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_send);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_result, 1);

    connect(m_send, &QPushButton::clicked, this, &TryItPanel::send);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(curlCommand()); });
    connect(m_pool, &ServerPool::runningChanged, this, &TryItPanel::updateButtons);
    retranslateUi();
}

TryItPanel::~TryItPanel() = default;

void TryItPanel::retranslateUi() {
    m_send->setText(tr("Try it"));
    m_send->setToolTip(tr("Send this route's request to the running server"));
    m_copy->setText(tr("Copy as curl"));
    m_copy->setToolTip(tr("Copy a curl command line for this request"));
    updateButtons();
}

void TryItPanel::setRoute(int serverId, const std::optional<project::RouteConfig> &route) {
    if (serverId != m_serverId || !route || !m_route || route->path != m_route->path) {
        m_result->clear();
        m_result->hide();
        m_status->clear();
    }
    m_serverId = serverId;
    m_route = route;
    updateButtons();
}

QString TryItPanel::requestMethod() const {
    const QString method = m_route ? m_route->method.value_or(QStringLiteral("*")) : QString();
    return method == u"*" ? QStringLiteral("GET") : method;
}

QString TryItPanel::requestUrl() const {
    const QString base = m_pool->url(m_serverId);
    if (base.isEmpty() || !m_route)
        return {};
    QStringList segments = m_route->path.split(u'/');
    for (QString &segment : segments) {
        if (segment.startsWith(u':'))
            segment = QStringLiteral("1");
        else if (segment == u"*")
            segment.clear();
    }
    return base + segments.join(u'/');
}

QString TryItPanel::curlCommand() const {
    const QString url = requestUrl();
    const QString method = requestMethod();
    QString command = QStringLiteral("curl -i");
    if (method != u"GET")
        command += QStringLiteral(" -X ") + method;
    return command + u' ' +
           shellQuote(url.isEmpty() ? QStringLiteral("http://127.0.0.1") +
                                          (m_route ? m_route->path : QString())
                                    : url);
}

void TryItPanel::updateButtons() {
    const bool running = m_pool->isRunning(m_serverId) && m_route.has_value();
    const bool upgrade = m_route && (m_route->action == project::RouteAction::WebSocket ||
                                     m_route->action == project::RouteAction::Sse);
    m_send->setEnabled(running && !upgrade);
    m_copy->setEnabled(m_route.has_value());
    if (!m_route)
        m_status->clear();
    else if (!m_pool->isRunning(m_serverId))
        m_status->setText(tr("Start the server to try this route."));
    else if (upgrade)
        m_status->setText(tr("Streams and WebSockets are tried with a client, not here."));
    else if (m_result->isHidden())
        m_status->clear();
}

void TryItPanel::send() {
    const QString url = requestUrl();
    if (url.isEmpty())
        return;
    QNetworkRequest request{QUrl(url)};
    request.setTransferTimeout(TimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    m_status->setText(tr("Sending %1 %2…").arg(requestMethod(), url));
    m_send->setEnabled(false);
    auto *timer = new QElapsedTimer;
    timer->start();
    QNetworkReply *reply = m_network->sendCustomRequest(request, requestMethod().toLatin1());
    connect(reply, &QNetworkReply::finished, this, [this, reply, timer] {
        showReply(reply);
        m_status->setText(m_status->text() + tr(" · %1 ms").arg(timer->elapsed()));
        delete timer;
        reply->deleteLater();
        updateButtons();
        Q_EMIT finished();
    });
}

void TryItPanel::showReply(QNetworkReply *reply) {
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        m_status->setText(tr("No answer: %1").arg(reply->errorString()));
        m_result->hide();
        return;
    }
    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    m_status->setText(tr("%1 %2").arg(status).arg(reason));
    QString text;
    for (const auto &[name, value] : reply->rawHeaderPairs())
        text += QString::fromLatin1(name) + u": " + QString::fromUtf8(value) + u'\n';
    const QByteArray body = reply->read(BodyPreviewBytes);
    text += u'\n' + QString::fromUtf8(body);
    if (reply->bytesAvailable() > 0)
        text += tr("\n… (only the first %1 KiB shown)").arg(BodyPreviewBytes / 1024);
    m_result->setPlainText(text);
    m_result->show();
}

} // namespace yard::ui
