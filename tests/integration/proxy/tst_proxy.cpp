#include "logging/logfilter.h"
#include "logging/logquery.h"
#include "rawhttpclient.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using yard::test::RawHttpClient;

// The `proxy` action against real upstreams: a node http server (what Yardmaster usually
// fronts) and a QWebSocketServer, through `yardmaster serve`.
class TestProxy : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_upstream;
    QProcess m_serve;
    QWebSocketServer m_wsUpstream{QStringLiteral("echo"), QWebSocketServer::NonSecureMode};
    quint16 m_upstreamPort = 0;
    quint16 m_port = 0;
    // A listener that never accepts, its one-slot backlog filled: connecting to it hangs.
    int m_deafListener = -1;
    std::vector<int> m_backlogFillers;
    quint16 m_deafPort = 0;

    bool openDeafListener() {
        m_deafListener = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t size = sizeof address;
        if (::bind(m_deafListener, reinterpret_cast<sockaddr *>(&address), size) != 0 ||
            ::listen(m_deafListener, 0) != 0 ||
            ::getsockname(m_deafListener, reinterpret_cast<sockaddr *>(&address), &size) != 0)
            return false;
        m_deafPort = ntohs(address.sin_port);
        for (int i = 0; i < 4; ++i) { // more than the backlog holds: later SYNs go unanswered
            const int filler = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
            ::connect(filler, reinterpret_cast<sockaddr *>(&address), size);
            m_backlogFillers.push_back(filler);
        }
        return true;
    }

    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

    static QByteArray pattern(qsizetype size) {
        QByteArray block(64 * 1024, Qt::Uninitialized);
        for (qsizetype i = 0; i < block.size(); ++i)
            block[i] = char((i * 7) & 0xff);
        QByteArray out;
        out.reserve(size);
        while (out.size() < size)
            out += block.first(qMin(block.size(), size - out.size()));
        return out;
    }

    // A request through QNetworkAccessManager (it reads chunked bodies), waited for.
    struct Reply {
        int status = 0;
        QByteArray body;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QList<QNetworkReply::RawHeaderPair> headers;
    };
    Reply request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                  const QList<QPair<QByteArray, QByteArray>> &headers = {}) {
        QNetworkAccessManager manager;
        QNetworkRequest req(QUrl(base() + path));
        for (const auto &[name, value] : headers)
            req.setRawHeader(name, value);
        QNetworkReply *reply = manager.sendCustomRequest(req, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(20000);
        Reply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.error = reply->error();
        result.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return result;
    }

    static qint64 peakRssKiB(qint64 pid) {
        QFile status(QStringLiteral("/proc/%1/status").arg(pid));
        if (!status.open(QIODevice::ReadOnly))
            return -1;
        const auto match = QRegularExpression(QStringLiteral("VmHWM:\\s+(\\d+) kB"))
                               .match(QString::fromLatin1(status.readAll()));
        return match.hasMatch() ? match.captured(1).toLongLong() : -1;
    }

private Q_SLOTS:
    void initTestCase() {
        qputenv("XDG_DATA_HOME", m_dir.path().toLocal8Bit());
        m_upstream.start(QStringLiteral("node"),
                         {QStringLiteral(YARD_SOURCE_DIR "/tests/integration/proxy/upstream.js")});
        if (!m_upstream.waitForStarted(5000))
            QSKIP("node is not installed: the upstream for these tests is a node http server");
        QVERIFY(m_upstream.waitForReadyRead(10000));
        const auto ready = QRegularExpression(QStringLiteral("^ready (\\d+)"))
                               .match(QString::fromUtf8(m_upstream.readLine()));
        QVERIFY(ready.hasMatch());
        m_upstreamPort = quint16(ready.captured(1).toUInt());
        QVERIFY(m_wsUpstream.listen(QHostAddress::LocalHost, 0));
        connect(&m_wsUpstream, &QWebSocketServer::newConnection, this, [this] {
            QWebSocket *socket = m_wsUpstream.nextPendingConnection();
            const QString path = socket->requestUrl().path();
            connect(socket, &QWebSocket::textMessageReceived, socket,
                    [socket, path](const QString &text) {
                        socket->sendTextMessage(QStringLiteral("echo %1 %2").arg(path, text));
                    });
            connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
        });

        QVERIFY(openDeafListener());
        const QString up = QStringLiteral("http://127.0.0.1:%1").arg(m_upstreamPort);
        QFile project(m_dir.filePath(QStringLiteral("proxy.yard.json")));
        QVERIFY(project.open(QIODevice::WriteOnly));
        project.write(
            QStringLiteral(
                "{'version': 1, 'servers': [{'name': 'web', 'port': 0,"
                " 'sessions': {'enabled': true, 'protect': ['/private']}, 'routes': ["
                " {'path': '/own', 'action': 'respond', 'body': 'ours'},"
                " {'path': '/ws', 'action': 'proxy', 'upstream': 'http://127.0.0.1:%2'},"
                " {'path': '/app', 'action': 'proxy', 'upstream': '%1/base',"
                "  'stripPrefix': true, 'changeOrigin': true,"
                "  'headers': {'X-Added': 'yes'}},"
                " {'path': '/down', 'action': 'proxy', 'upstream': 'http://127.0.0.1:%3'},"
                " {'path': '/deaf', 'action': 'proxy', 'upstream': 'http://127.0.0.1:%4',"
                "  'connectTimeoutMs': 500},"
                " {'path': '/stall', 'action': 'proxy', 'upstream': '%1',"
                "  'firstByteTimeoutMs': 1000},"
                " {'path': '/*', 'action': 'proxy', 'upstream': '%1'}]}]}")
                .arg(up)
                .arg(m_wsUpstream.serverPort())
                .arg(m_upstreamPort == 1 ? 2 : 1) // nothing listens on port 1 or 2
                .arg(m_deafPort)
                .replace(u'\'', u'"')
                .toUtf8());
        project.close();
        QProcess users;
        users.start(QStringLiteral(YARD_CLI),
                    {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("alice"),
                     QStringLiteral("--password"), QStringLiteral("-"),
                     QStringLiteral("--data-dir"), m_dir.filePath(QStringLiteral("data"))});
        users.write("wonderland\n");
        users.closeWriteChannel();
        QVERIFY(users.waitForFinished(30000));
        QCOMPARE(users.exitCode(), 0);
        m_serve.start(QStringLiteral(YARD_CLI),
                      {QStringLiteral("serve"), project.fileName(), QStringLiteral("--log-db"),
                       m_dir.filePath(QStringLiteral("log.sqlite")), QStringLiteral("--data-dir"),
                       m_dir.filePath(QStringLiteral("data"))});
        QVERIFY(m_serve.waitForReadyRead(10000));
        const auto listening =
            QRegularExpression(QStringLiteral("^listening web http://\\S+:(\\d+)"))
                .match(QString::fromUtf8(m_serve.readLine()));
        QVERIFY2(listening.hasMatch(), m_serve.readAllStandardError().constData());
        m_port = quint16(listening.captured(1).toUInt());
    }

    void cleanupTestCase() {
        for (int fd : m_backlogFillers)
            ::close(fd);
        if (m_deafListener >= 0)
            ::close(m_deafListener);
        m_serve.terminate();
        m_serve.waitForFinished(10000);
        m_upstream.closeWriteChannel();
        m_upstream.waitForFinished(5000);
    }

    void ownRoutesComeFirst() { QCOMPARE(request("GET", QStringLiteral("/own")).body, "ours"); }

    void forwardsHeadersAndRewritesThePath() {
        RawHttpClient client(m_port);
        client.send("GET /app/echo?x=1 HTTP/1.1\r\nHost: dev.test\r\n"
                    "Connection: keep-alive, X-Hop\r\nX-Hop: secret\r\nKeep-Alive: timeout=5\r\n"
                    "X-Forwarded-For: 10.0.0.9\r\nX-Kept: 1\r\n\r\n");
        const RawHttpClient::Response response = client.read();
        QCOMPARE(response.status, 200);
        QCOMPARE(response.header("via"), QByteArray("1.1 yardmaster"));
        const QJsonObject echo = QJsonDocument::fromJson(response.body).object();
        QCOMPARE(echo[u"url"].toString(), QStringLiteral("/base/echo?x=1"));
        const QJsonObject headers = echo[u"headers"].toObject();
        QCOMPARE(headers[u"host"].toString(), QStringLiteral("127.0.0.1:%1").arg(m_upstreamPort));
        QCOMPARE(headers[u"x-forwarded-for"].toString(), QStringLiteral("10.0.0.9, 127.0.0.1"));
        QCOMPARE(headers[u"x-forwarded-host"].toString(), QStringLiteral("dev.test"));
        QCOMPARE(headers[u"x-forwarded-proto"].toString(), QStringLiteral("http"));
        QCOMPARE(headers[u"forwarded"].toString(),
                 QStringLiteral("for=127.0.0.1;host=\"dev.test\";proto=http"));
        QCOMPARE(headers[u"x-added"].toString(), QStringLiteral("yes"));
        QCOMPARE(headers[u"x-kept"].toString(), QStringLiteral("1"));
        // RFC 9110 §7.6.1: hop-by-hop fields, and those Connection names, stop at the proxy.
        QVERIFY(!headers.contains(u"x-hop"));
        QVERIFY(!headers.contains(u"keep-alive"));
    }

    // Sessions stand in front of a proxy: protected paths are refused before the upstream, and
    // the sign-in endpoint reads its own form even though "/*" is proxied.
    void sessionsComeBeforeTheProxy() {
        RawHttpClient client(m_port);
        client.send("GET /private/page HTTP/1.1\r\nHost: a\r\n\r\n");
        const RawHttpClient::Response refused = client.read();
        QCOMPARE(refused.status, 303);
        QVERIFY(refused.header("location").startsWith("/login"));
        RawHttpClient signIn(m_port);
        const QByteArray form = "username=alice&password=wonderland&next=%2Fprivate";
        signIn.send("POST /login HTTP/1.1\r\nHost: a\r\nContent-Type: "
                    "application/x-www-form-urlencoded\r\nContent-Length: " +
                    QByteArray::number(form.size()) + "\r\n\r\n" + form);
        const RawHttpClient::Response answer = signIn.read(false, 10000);
        QCOMPARE(answer.status, 303);
        QCOMPARE(answer.header("location"), QByteArray("/private"));
        QVERIFY2(answer.header("set-cookie").startsWith("yard.sid="), answer.head);
    }

    void keepsUpstreamConnectionsAlive() {
        RawHttpClient client(m_port);
        client.send("GET /echo HTTP/1.1\r\nHost: a\r\n\r\nGET /echo HTTP/1.1\r\nHost: a\r\n\r\n");
        const auto first = QJsonDocument::fromJson(client.read().body).object();
        const auto second = QJsonDocument::fromJson(client.read().body).object();
        QVERIFY(first[u"remotePort"].toInt() != 0);
        // Pipelined requests answered in order, over one pooled upstream connection.
        QCOMPARE(second[u"remotePort"].toInt(), first[u"remotePort"].toInt());
    }

    void requestBodies_data() {
        QTest::addColumn<bool>("chunked");
        QTest::addColumn<int>("size");
        QTest::newRow("content-length, empty") << false << 0;
        QTest::newRow("content-length, 3 MB") << false << 3 * 1024 * 1024;
        QTest::newRow("chunked, 1 byte") << true << 1;
        QTest::newRow("chunked, 3 MB") << true << 3 * 1024 * 1024;
    }
    void requestBodies() {
        QFETCH(bool, chunked);
        QFETCH(int, size);
        const QByteArray body = pattern(size);
        RawHttpClient client(m_port);
        QByteArray head = "POST /echo HTTP/1.1\r\nHost: a\r\n";
        QByteArray encoded = body;
        if (chunked) {
            head += "Transfer-Encoding: chunked\r\n";
            encoded.clear();
            for (qsizetype at = 0; at < body.size(); at += 100'000) {
                const QByteArray piece = body.mid(at, 100'000);
                encoded += QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
            }
            encoded += "0\r\n\r\n";
        } else {
            head += "Content-Length: " + QByteArray::number(size) + "\r\n";
        }
        client.send(head + "\r\n" + encoded);
        const auto echo = QJsonDocument::fromJson(client.read(false, 20000).body).object();
        QCOMPARE(echo[u"bytes"].toInt(), size);
        QCOMPARE(echo[u"chunked"].toBool(), chunked);
        QCOMPARE(echo[u"sha256"].toString().toLatin1(),
                 QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex());
        // The log counts the streamed body in the request's bytes_in.
        const yard::logging::LogQuery log(m_dir.filePath(QStringLiteral("log.sqlite")));
        yard::logging::LogFilter filter;
        QCOMPARE(
            yard::logging::parseFilterExpression(QStringLiteral("method:POST path:/echo"), filter),
            QString());
        // Rows of two workers interleave: look for this request's among the newest.
        const qint64 sent = head.size() + 2 + encoded.size();
        const auto logged = [&] {
            for (const auto &row : log.page(0, filter, 10)) {
                if (row.bytesIn == sent)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(logged(), 5000);
    }

    void responseBodies_data() {
        QTest::addColumn<QString>("path");
        QTest::newRow("content-length") << QStringLiteral("/length?n=%1");
        QTest::newRow("chunked") << QStringLiteral("/chunked?n=%1");
    }
    void responseBodies() {
        QFETCH(QString, path);
        const int size = 5 * 1024 * 1024 + 3;
        const Reply reply = request("GET", path.arg(size));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body.size(), size);
        QCOMPARE(reply.body, pattern(size));
    }

    void upstreamDownIs502NamingIt() {
        const Reply reply = request("GET", QStringLiteral("/down/page"));
        QCOMPARE(reply.status, 502);
        QVERIFY2(reply.body.contains("Is your dev server running on 127.0.0.1:"), reply.body);
        QCOMPARE(request("GET", QStringLiteral("/own")).body, "ours"); // still serving
    }

    void unansweredConnectIs504InTime() {
        QElapsedTimer timer;
        timer.start();
        const Reply reply = request("GET", QStringLiteral("/deaf"));
        QCOMPARE(reply.status, 504);
        QVERIFY2(reply.body.contains("did not accept a connection within 500 ms"), reply.body);
        QVERIFY2(timer.elapsed() >= 500 && timer.elapsed() < 2000,
                 QByteArray::number(timer.elapsed()));
    }

    // An upstream that dies mid-body: the client gets what came, then the connection closes
    // (fewer bytes than announced, so it can tell), and the request is still in the log.
    void responseCutShortIsPassedOnAsCut() {
        RawHttpClient client(m_port);
        client.send("GET /cut HTTP/1.1\r\nHost: a\r\n\r\n");
        QVERIFY(client.waitForClose(5000));
        const QByteArray received = client.buffer() + client.socket().readAll();
        QVERIFY2(received.startsWith("HTTP/1.1 200 OK\r\n"), received.constData());
        QVERIFY(received.contains("Content-Length: 1000\r\n"));
        QVERIFY(received.endsWith("\r\n\r\n0123456789"));
        const yard::logging::LogQuery log(m_dir.filePath(QStringLiteral("log.sqlite")));
        yard::logging::LogFilter filter;
        QCOMPARE(yard::logging::parseFilterExpression(QStringLiteral("path:/cut"), filter),
                 QString());
        QTRY_COMPARE_WITH_TIMEOUT(log.count(filter), 1, 5000);
    }

    void stalledUpstreamIs504InTime() {
        QElapsedTimer timer;
        timer.start();
        const Reply reply = request("GET", QStringLiteral("/stall"));
        QCOMPARE(reply.status, 504);
        QVERIFY2(timer.elapsed() >= 1000 && timer.elapsed() < 2500,
                 QByteArray::number(timer.elapsed()));
    }

    void serverSentEventsArriveAsSent() {
        RawHttpClient client(m_port);
        client.send("GET /sse HTTP/1.1\r\nHost: a\r\nAccept: text/event-stream\r\n\r\n");
        QByteArray received;
        int events = 0;
        QElapsedTimer timer;
        timer.start();
        while (events < 5 && timer.elapsed() < 5000) {
            if (!client.socket().waitForReadyRead(1000))
                continue;
            received += client.socket().readAll();
            qsizetype at = 0;
            while ((at = received.indexOf("data: ")) >= 0) {
                const qsizetype end = received.indexOf('\n', at);
                if (end < 0)
                    break;
                const qint64 sent = received.mid(at + 6, end - at - 6).toLongLong();
                const qint64 late = QDateTime::currentMSecsSinceEpoch() - sent;
                QVERIFY2(late < 50, QByteArray(QByteArray::number(late) + " ms late").constData());
                received.remove(0, end + 1);
                ++events;
            }
        }
        QCOMPARE(events, 5);
    }

    void webSocketPassesThrough() {
        QWebSocket client;
        QSignalSpy connected(&client, &QWebSocket::connected);
        QSignalSpy received(&client, &QWebSocket::textMessageReceived);
        client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws/room").arg(m_port)));
        QVERIFY(connected.wait(5000));
        client.sendTextMessage(QStringLiteral("hello"));
        QVERIFY(received.wait(5000));
        QCOMPARE(received.first().first().toString(), QStringLiteral("echo /ws/room hello"));
        client.sendTextMessage(QString(70'000, u'x')); // several frames' worth, both ways
        QVERIFY(received.wait(5000));
        QCOMPARE(received.last().first().toString().size(), 70'000 + 14);
        client.close();
    }

    // A 100 MB download and a 100 MB upload stream through without being held in memory.
    void hundredMegabytesWithBoundedMemory() {
        const qint64 before = peakRssKiB(m_serve.processId());
        QVERIFY(before > 0);
        const qint64 size = 100LL * 1024 * 1024;
        RawHttpClient download(m_port);
        download.send("GET /length?n=" + QByteArray::number(size) + " HTTP/1.1\r\nHost: a\r\n\r\n");
        qint64 received = 0;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 60000 && received < size + 100) {
            if (download.socket().waitForReadyRead(2000))
                received += download.socket().readAll().size();
            else
                break;
        }
        QVERIFY2(received > size, QByteArray::number(received));

        RawHttpClient upload(m_port);
        upload.send("POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: " +
                    QByteArray::number(size) + "\r\n\r\n");
        const QByteArray block = pattern(1024 * 1024);
        for (int i = 0; i < 100; ++i) {
            upload.socket().write(block);
            while (upload.socket().bytesToWrite() > 4 * 1024 * 1024)
                upload.socket().waitForBytesWritten(5000);
        }
        const auto echo = QJsonDocument::fromJson(upload.read(false, 60000).body).object();
        QCOMPARE(qint64(echo[u"bytes"].toDouble()), size);
        const qint64 growth = peakRssKiB(m_serve.processId()) - before;
        qInfo("peak RSS growth over 100 MB down and 100 MB up: %lld KiB", growth);
        QVERIFY2(growth < 16 * 1024, QByteArray(QByteArray::number(growth) + " KiB").constData());
    }
};

QTEST_MAIN(TestProxy)
#include "tst_proxy.moc"
