#include "webdriverclient.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTcpServer>
#include <QThread>
#include <QTimer>

namespace yard::test {

namespace {
// W3C WebDriver §12.1: the key under which an element reference travels.
const QString s_elementKey = QStringLiteral("element-6066-11e4-a52e-4f735466cecf");

quint16 freePort() {
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}
} // namespace

WebDriverClient::~WebDriverClient() {
    if (!m_session.isEmpty())
        call("DELETE", QStringLiteral("/session/") + m_session, {}, 10000);
    if (m_driver.state() != QProcess::NotRunning) {
        m_driver.terminate();
        if (!m_driver.waitForFinished(5000))
            m_driver.kill();
        m_driver.waitForFinished(5000);
    }
}

QString WebDriverClient::chromedriverPath() {
    return QStandardPaths::findExecutable(QStringLiteral("chromedriver"));
}

QString WebDriverClient::chromiumPath() {
    for (const QString &name : {QStringLiteral("chromium"), QStringLiteral("chromium-browser")}) {
        const QString path = QStandardPaths::findExecutable(name);
        if (!path.isEmpty())
            return path;
    }
    return {};
}

bool WebDriverClient::start(QString *error) {
    const quint16 port = freePort();
    m_base = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    m_driver.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_driver.start(chromedriverPath(), {QStringLiteral("--port=%1").arg(port)});
    if (!m_driver.waitForStarted(10000)) {
        *error = QStringLiteral("chromedriver did not start: ") + m_driver.errorString();
        return false;
    }
    const QDeadlineTimer ready(20000);
    while (!call("GET", QStringLiteral("/status"), {}, 2000)
                .toObject()
                .value(QStringLiteral("ready"))
                .toBool()) {
        if (ready.hasExpired()) {
            *error = QStringLiteral("chromedriver did not answer /status");
            return false;
        }
        QThread::msleep(100);
    }
    // Root (CI containers) needs --no-sandbox; a fresh profile keeps runs independent.
    const QJsonArray args{QStringLiteral("--headless=new"),
                          QStringLiteral("--no-sandbox"),
                          QStringLiteral("--disable-gpu"),
                          QStringLiteral("--disable-dev-shm-usage"),
                          QStringLiteral("--no-first-run"),
                          QString(QStringLiteral("--user-data-dir=") + m_profile.path())};
    const QJsonObject options{{QStringLiteral("binary"), chromiumPath()},
                              {QStringLiteral("args"), args}};
    const QJsonObject capabilities{
        {QStringLiteral("alwaysMatch"),
         QJsonObject{{QStringLiteral("browserName"), QStringLiteral("chrome")},
                     {QStringLiteral("goog:chromeOptions"), options}}}};
    const QJsonValue session = call("POST", QStringLiteral("/session"),
                                    {{QStringLiteral("capabilities"), capabilities}}, 60000);
    m_session = session.toObject().value(QStringLiteral("sessionId")).toString();
    if (m_session.isEmpty()) {
        *error =
            QStringLiteral("no browser session: ") +
            QString::fromUtf8(QJsonDocument(session.toObject()).toJson(QJsonDocument::Compact));
        return false;
    }
    return true;
}

QJsonValue WebDriverClient::call(const QByteArray &verb, const QString &path,
                                 const QJsonObject &body, int timeoutMs) {
    QUrl url = m_base;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    const QByteArray payload =
        verb == "POST" ? QJsonDocument(body).toJson(QJsonDocument::Compact) : QByteArray();
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, payload);
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const QByteArray answer = reply->isFinished() ? reply->readAll() : QByteArray();
    reply->abort();
    reply->deleteLater();
    return QJsonDocument::fromJson(answer).object().value(QStringLiteral("value"));
}

QString WebDriverClient::sessionPath(const QString &rest) const {
    return QStringLiteral("/session/") + m_session + rest;
}

bool WebDriverClient::navigate(const QString &url) {
    return call("POST", sessionPath(QStringLiteral("/url")), {{QStringLiteral("url"), url}})
        .isNull();
}

QString WebDriverClient::currentUrl() {
    return call("GET", sessionPath(QStringLiteral("/url"))).toString();
}

QString WebDriverClient::find(const QString &selector) {
    return call("POST", sessionPath(QStringLiteral("/element")),
                {{QStringLiteral("using"), QStringLiteral("css selector")},
                 {QStringLiteral("value"), selector}})
        .toObject()
        .value(s_elementKey)
        .toString();
}

bool WebDriverClient::type(const QString &element, const QString &text) {
    return call("POST",
                sessionPath(QStringLiteral("/element/") + element + QStringLiteral("/value")),
                {{QStringLiteral("text"), text}})
        .isNull();
}

bool WebDriverClient::click(const QString &element) {
    return call("POST",
                sessionPath(QStringLiteral("/element/") + element + QStringLiteral("/click")))
        .isNull();
}

QString WebDriverClient::text(const QString &element) {
    return call("GET", sessionPath(QStringLiteral("/element/") + element + QStringLiteral("/text")))
        .toString();
}

bool WebDriverClient::waitForUrl(const std::function<bool(const QString &)> &predicate,
                                 int timeoutMs) {
    const QDeadlineTimer deadline(timeoutMs);
    while (!predicate(currentUrl())) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(100);
    }
    return true;
}

} // namespace yard::test
