#include "logging/logquery.h"
#include "logging/logwriter.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

// `yardmaster serve` as scripts use it (CONTRACT.md, Command line).
class TestServeCommand : public QObject {
    Q_OBJECT

private:
    static QString demo() {
        return QStringLiteral(YARD_SOURCE_DIR "/resources/demo/demo.yard.json");
    }

    // Starts serve and returns the URL from its "listening NAME URL" line.
    static QString startServe(QProcess &process, const QStringList &extra = {}) {
        process.start(QStringLiteral(YARD_CLI),
                      QStringList{QStringLiteral("serve"), demo(), QStringLiteral("--port"),
                                  QStringLiteral("0")} +
                          extra);
        if (!process.waitForReadyRead(10000))
            return {};
        const QString line = QString::fromUtf8(process.readLine()).trimmed();
        const auto match =
            QRegularExpression(QStringLiteral("^listening web (http://\\S+)$")).match(line);
        return match.hasMatch() ? match.captured(1) : QString();
    }

    static QByteArray get(const QString &url, int *status = nullptr) {
        QNetworkAccessManager manager;
        QNetworkReply *reply = manager.get(QNetworkRequest(QUrl(url)));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(5000);
        if (status)
            *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return reply->readAll();
    }

    // A raw client on the server `serve` printed.
    static std::unique_ptr<QTcpSocket> connectTo(const QString &url) {
        const QUrl parsed(url);
        auto client = std::make_unique<QTcpSocket>();
        client->connectToHost(parsed.host(), quint16(parsed.port()));
        client->waitForConnected(5000);
        return client;
    }

    QTemporaryDir m_dataHome;

private Q_SLOTS:
    // serve logs to the app-data folder unless told otherwise: keep it out of the user's home.
    void initTestCase() { qputenv("XDG_DATA_HOME", m_dataHome.path().toLocal8Bit()); }

    void servesAndStopsOnSigterm() {
        QProcess process;
        const QString url = startServe(process);
        QVERIFY2(!url.isEmpty(), process.readAllStandardError().constData());
        int status = 0;
        QCOMPARE(get(url + QStringLiteral("/api/hello"), &status),
                 QByteArray(R"({"message":"hello"})"));
        QCOMPARE(status, 200);
        QVERIFY(get(url + QStringLiteral("/health")).contains(R"("status":"healthy")"));
        ::kill(pid_t(process.processId()), SIGTERM);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }

    void survivesClientsThatLeaveMidResponse() {
        QProcess process;
        const QString url = startServe(process);
        QVERIFY(!url.isEmpty());
        for (int round = 0; round < 3; ++round) {
            const auto connection = connectTo(url);
            QTcpSocket &client = *connection;
            QCOMPARE(client.state(), QAbstractSocket::ConnectedState);
            QByteArray requests;
            for (int i = 0; i < 2000; ++i) // static files, sent with sendfile(): ~2 MB unread
                requests += "GET /index.html HTTP/1.1\r\nHost: x\r\n\r\n";
            client.write(requests);
            client.waitForBytesWritten(5000);
            QTest::qWait(50);
            client.abort(); // gone: the server's next send fails with EPIPE
        }
        QTest::qWait(200);
        QCOMPARE(process.state(), QProcess::Running);
        int status = 0;
        QVERIFY(!get(url + QStringLiteral("/api/hello"), &status).isEmpty());
        QCOMPARE(status, 200);
        process.terminate();
        QVERIFY(process.waitForFinished(10000));
    }

    // Logging issue: every request is a row, field by field, and the count is exact.
    void logsEveryRequest() {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("log.sqlite"));
        QProcess process;
        const QString url = startServe(process, {QStringLiteral("--log-db"), db});
        QVERIFY(!url.isEmpty());
        const auto connection = connectTo(url);
        QTcpSocket &client = *connection;
        QCOMPARE(client.state(), QAbstractSocket::ConnectedState);
        QByteArray requests;
        for (int i = 0; i < 500; ++i)
            requests += "GET /users/" + QByteArray::number(i) +
                        "?q=1 HTTP/1.1\r\nHost: x\r\nUser-Agent: tester\r\n\r\n";
        client.write(requests);
        QByteArray received;
        QTRY_COMPARE_WITH_TIMEOUT(int((received += client.readAll()).count("HTTP/1.1 200")), 500,
                                  10000);
        ::kill(pid_t(process.processId()), SIGTERM);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);

        const yard::logging::LogQuery query(db);
        QCOMPARE(query.count({}), 500);
        const auto rows = query.tail(0, {}, 1);
        QCOMPARE(rows.size(), 1);
        const yard::logging::LogRow &row = rows.front();
        QCOMPARE(row.server, QStringLiteral("web"));
        QCOMPARE(row.method, QStringLiteral("GET"));
        QVERIFY(row.target.startsWith(QStringLiteral("/users/")) &&
                row.target.endsWith(QStringLiteral("?q=1")));
        QCOMPARE(row.status, 200);
        QCOMPARE(row.route, 2); // /users/:id is the demo's third route
        QCOMPARE(row.userAgent, QStringLiteral("tester"));
        QVERIFY(row.remote.startsWith(QStringLiteral("127.0.0.1:")));
        QVERIFY(row.bytesIn > 40 && row.bytesOut > 100);
    }

    // A crash loses nothing the server had handed to its log: what was not yet committed is in
    // the log's spool, and the next open of the database writes it, exactly once.
    void sigkillLosesNoHandedOverRow() {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("log.sqlite"));
        QProcess process;
        const QString url = startServe(process, {QStringLiteral("--log-db"), db});
        QVERIFY(!url.isEmpty());
        const auto connection = connectTo(url);
        QTcpSocket &client = *connection;
        QCOMPARE(client.state(), QAbstractSocket::ConnectedState);
        QByteArray received;
        for (int round = 0; round < 20; ++round) {
            QByteArray requests;
            for (int i = 0; i < 100; ++i)
                requests += "GET /api/hello HTTP/1.1\r\nHost: x\r\n\r\n";
            client.write(requests);
            QTRY_COMPARE_WITH_TIMEOUT(int((received += client.readAll()).count("HTTP/1.1 200")),
                                      (round + 1) * 100, 10000);
        }
        // A worker hands its rows over every 250 ms while it has connections.
        QTest::qWait(1000);
        ::kill(pid_t(process.processId()), SIGKILL);
        QVERIFY(process.waitForFinished(10000));
        const yard::logging::LogQuery query(db);
        QString error;
        const qint64 committed = query.count({}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error)); // the database opens cleanly
        QVERIFY2(committed <= 2000, qPrintable(QString::number(committed)));
        {
            const auto writer = yard::logging::LogWriter::open(db, &error);
            QVERIFY2(writer, qPrintable(error));
            writer->flush();
        }
        QCOMPARE(query.count({}, &error), 2000);
        QCOMPARE(QDir(yard::logging::spool::rootFor(db))
                     .entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList());
    }

    // CONTRACT.md: `serve [PROJECT]`: without one, the bundled demo.
    void servesTheDemoWithoutAProject() {
        QTemporaryDir data;
        QProcess process;
        process.start(QStringLiteral(YARD_CLI),
                      {QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"),
                       QStringLiteral("--data-dir"), data.path()});
        QVERIFY(process.waitForReadyRead(10000));
        const QString line = QString::fromUtf8(process.readLine()).trimmed();
        QVERIFY2(line.startsWith(u"listening web http://127.0.0.1:"), qPrintable(line));
        ::kill(pid_t(process.processId()), SIGTERM);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
        // The demo has a chat route: its history goes to the data folder.
        QVERIFY(QFile::exists(QDir(data.path()).filePath(QStringLiteral("rooms.sqlite"))));
    }

    // A chat history file that cannot be opened is said on stderr; the servers run regardless,
    // their rooms keeping history in memory.
    void unopenableChatHistoryIsReportedNotFatal() {
        QTemporaryDir data;
        const QString blocker = QDir(data.path()).filePath(QStringLiteral("rooms.sqlite"));
        QVERIFY(QDir().mkpath(blocker)); // a folder where the database file should be
        QProcess process;
        const QString url = startServe(process, {QStringLiteral("--data-dir"), data.path()});
        QVERIFY(!url.isEmpty());
        QString errors;
        // Written before the "listening" line, on another pipe: it may be read a moment later.
        QTRY_VERIFY((errors += QString::fromUtf8(process.readAllStandardError()))
                        .contains(QStringLiteral("memory only")));
        QVERIFY2(errors.contains(QStringLiteral("chat history is kept in memory only")) &&
                     errors.contains(blocker),
                 qPrintable(errors));
        int status = 0;
        get(url + QStringLiteral("/chat"), &status);
        QCOMPARE(status, 426); // the websocket route is there
        ::kill(pid_t(process.processId()), SIGTERM);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
    }

    void stopsOnSigintToo() {
        QProcess process;
        QVERIFY(!startServe(process).isEmpty());
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }

    void portInUseIsAOneLineError() {
        QTcpServer occupier;
        QVERIFY(occupier.listen(QHostAddress::LocalHost));
        QProcess process;
        process.start(QStringLiteral(YARD_CLI),
                      {QStringLiteral("serve"), demo(), QStringLiteral("--port"),
                       QString::number(occupier.serverPort())});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 1);
        const QByteArray error = process.readAllStandardError();
        QCOMPARE(error.count('\n'), 1);
        const QByteArray expected =
            "cannot listen on 127.0.0.1:" + QByteArray::number(occupier.serverPort());
        QVERIFY2(error.contains(expected), error.constData());
    }

    void invalidProjectExitsNonZero() {
        QProcess process;
        process.start(QStringLiteral(YARD_CLI),
                      {QStringLiteral("serve"),
                       QStringLiteral(YARD_TEST_DATA "/projects/broken/port-range.yard.json")});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(process.readAllStandardError().contains("/servers/0/port"));
    }
};

QTEST_GUILESS_MAIN(TestServeCommand)
#include "tst_servecommand.moc"
