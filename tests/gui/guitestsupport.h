#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

// Helpers shared by the GUI tests: a copy of the demo project that listens on a free port, and
// a bounded HTTP GET.
namespace guitest {

// Keeps settings and the request log of tests out of the user's folders.
inline void isolateSettings() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("YardmasterTests"));
    // One settings file (and data folder) per test program: ctest runs two at once, and a test
    // that clears its settings (tst_mainwindow, tst_preferences) must not clear another's saved
    // filters halfway through (seen: tst_logtimeline's round trip found no saved filter).
    QCoreApplication::setApplicationName(
        QStringLiteral("yardmaster-gui-tests-") +
        QFileInfo(QCoreApplication::applicationFilePath()).completeBaseName());
}

// Copies resources/demo into `dir` with the server on port 0 (any free port), so tests never
// collide with a real server on 8080. Returns the project file's path.
inline QString copyDemo(const QTemporaryDir &dir) {
    const QDir source(QStringLiteral(YARD_SOURCE_DIR "/resources/demo"));
    QDir().mkpath(dir.filePath(QStringLiteral("www")));
    for (const QString &name : source.entryList({QStringLiteral("*")}, QDir::Files))
        QFile::copy(source.filePath(name), dir.filePath(name));
    const QDir www(source.filePath(QStringLiteral("www")));
    for (const QString &name : www.entryList(QDir::Files))
        QFile::copy(www.filePath(name), dir.filePath(QStringLiteral("www/") + name));
    const QString path = dir.filePath(QStringLiteral("demo.yard.json"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray json = file.readAll();
    file.close();
    json.replace("\"port\": 8080", "\"port\": 0");
    QFile::remove(path);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size())
        return {};
    return path;
}

struct Reply {
    int status = 0;
    QByteArray body;
    QString error;
};

// One GET, waited for at most `timeoutMs`.
inline Reply get(const QString &url, int timeoutMs = 5000) {
    QNetworkAccessManager network;
    QNetworkRequest request{QUrl(url)};
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs + 1000, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.error = reply->errorString();
    delete reply;
    return result;
}

} // namespace guitest
