#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// `yardmaster users …` and `yardmaster serve --data-dir` together: a user added on the command
// line signs in to the served demo project.
class TestUsersCommand : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Result {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Result users(const QStringList &args, const QByteArray &input = {}) {
        QProcess process;
        process.start(QStringLiteral(YARD_CLI),
                      QStringList{QStringLiteral("users")} + args +
                          QStringList{QStringLiteral("--data-dir"), m_dir.path()});
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(30000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    static QNetworkReply *wait(QNetworkReply *reply) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(10000);
        return reply;
    }

private Q_SLOTS:
    void addListRemove() {
        Result result = users({QStringLiteral("add"), QStringLiteral("alice"),
                               QStringLiteral("--password"), QStringLiteral("argv-pw")});
        QCOMPARE(result.exitCode, 0);
        result = users({QStringLiteral("add"), QStringLiteral("bob"), QStringLiteral("--password"),
                        QStringLiteral("-")},
                       "from stdin\n");
        QCOMPARE(result.exitCode, 0);
        result = users({QStringLiteral("list")});
        QCOMPARE(result.exitCode, 0);
        const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].startsWith(QStringLiteral("alice\t")));
        QVERIFY(lines[1].startsWith(QStringLiteral("bob\t")));
        QVERIFY(!result.out.contains(QStringLiteral("pw")));

        QCOMPARE(users({QStringLiteral("remove"), QStringLiteral("nobody")}).exitCode, 1);
        QCOMPARE(users({QStringLiteral("add"), QStringLiteral("carol")}).exitCode,
                 2); // no password
        QCOMPARE(users({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(users({QStringLiteral("add"), QStringLiteral("bad name"),
                        QStringLiteral("--password"), QStringLiteral("x")})
                     .exitCode,
                 1);
    }

    void servedProjectSignsInCommandLineUser() {
        QProcess serve;
        serve.start(QStringLiteral(YARD_CLI),
                    {QStringLiteral("serve"),
                     QStringLiteral(YARD_SOURCE_DIR "/resources/demo/demo.yard.json"),
                     QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data-dir"),
                     m_dir.path()});
        QVERIFY(serve.waitForReadyRead(15000));
        const auto match = QRegularExpression(QStringLiteral("^listening web (http://\\S+)$"))
                               .match(QString::fromUtf8(serve.readLine()).trimmed());
        QVERIFY(match.hasMatch());
        const QString url = match.captured(1);

        QNetworkAccessManager manager;
        QNetworkRequest request(QUrl(url + QStringLiteral("/login")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = wait(manager.post(
            request,
            QJsonDocument(QJsonObject{{QStringLiteral("username"), QStringLiteral("bob")},
                                      {QStringLiteral("password"), QStringLiteral("from stdin")}})
                .toJson()));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        // The manager's cookie jar keeps the session cookie, as a browser would.
        reply = wait(manager.get(QNetworkRequest(QUrl(url + QStringLiteral("/dashboard")))));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(reply->readAll().contains("Hello bob"));

        serve.terminate();
        QVERIFY(serve.waitForFinished(10000));
        QCOMPARE(serve.exitCode(), 0);
        QCOMPARE(users({QStringLiteral("remove"), QStringLiteral("bob")}).exitCode, 0);
        QVERIFY(!users({QStringLiteral("list")}).out.contains(QStringLiteral("bob")));
    }
};

QTEST_GUILESS_MAIN(TestUsersCommand)
#include "tst_userscommand.moc"
