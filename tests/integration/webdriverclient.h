#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>
#include <functional>

namespace yard::test {

// A small client of the W3C WebDriver protocol (https://www.w3.org/TR/webdriver2/) talking to
// chromedriver on 127.0.0.1, which drives a headless Chromium. Blocking calls with bounded
// waits, for tests. One browser session per object.
class WebDriverClient final {
public:
    ~WebDriverClient();

    // Starts chromedriver and a headless Chromium; false with `error` when either is missing
    // or does not come up in time.
    bool start(QString *error);

    bool navigate(const QString &url);
    QString currentUrl();
    // The element's W3C reference, or empty when no element matches the CSS selector.
    QString find(const QString &selector);
    bool type(const QString &element, const QString &text);
    bool click(const QString &element);
    QString text(const QString &element);
    // Polls the current URL until `predicate` holds (or `timeoutMs` passes).
    bool waitForUrl(const std::function<bool(const QString &)> &predicate, int timeoutMs = 15000);

    static QString chromedriverPath();
    static QString chromiumPath();

private:
    QString sessionPath(const QString &rest) const;
    QJsonValue call(const QByteArray &verb, const QString &path, const QJsonObject &body = {},
                    int timeoutMs = 30000);

    QNetworkAccessManager m_network;
    QProcess m_driver;
    QTemporaryDir m_profile;
    QUrl m_base;
    QString m_session;
};

} // namespace yard::test
