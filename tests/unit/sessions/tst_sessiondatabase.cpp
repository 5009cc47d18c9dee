#include "sessions/cookiecodec.h"
#include "sessions/sessiondatabase.h"
#include "sessions/sessionstore.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace yard::sessions;

class TestSessionDatabase : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<SessionDatabase> open(const QTemporaryDir &dir) {
        QString error;
        auto database = SessionDatabase::open(dir.path(), &error);
        if (!database)
            qWarning("%s", qPrintable(error));
        return database;
    }

    QStringList columnValues(const QString &path, const QString &sql) {
        QStringList values;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery query(db);
                query.exec(sql);
                while (query.next())
                    values.append(query.value(0).toString());
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return values;
    }

private Q_SLOTS:
    void keyFileIsPrivateAndStable() {
        QTemporaryDir dir;
        QByteArray key;
        {
            const auto database = open(dir);
            QVERIFY(database);
            key = database->cookieKey();
            QCOMPARE(key.size(), 32);
        }
        struct stat info = {};
        QCOMPARE(::stat(QFile::encodeName(dir.filePath(QStringLiteral("session.key"))).constData(),
                        &info),
                 0);
        QCOMPARE(int(info.st_mode & 0777), 0600);
        QCOMPARE(open(dir)->cookieKey(), key);
        QTemporaryDir other;
        QVERIFY(open(other)->cookieKey() != key);
    }

    void sessionsSurviveReopen() {
        QTemporaryDir dir;
        QByteArray id;
        QByteArray expired;
        {
            const auto database = open(dir);
            id = database->store(QStringLiteral("web"))
                     ->create(QStringLiteral("alice"), QStringLiteral("127.0.0.1"), 60000);
            expired =
                database->store(QStringLiteral("web"))->create(QStringLiteral("bob"), QString(), 1);
            database->store(QStringLiteral("admin"))
                ->create(QStringLiteral("carol"), QString(), 60000);
        }
        QTest::qWait(5);
        const auto database = open(dir);
        const auto web = database->store(QStringLiteral("web"));
        QCOMPARE(web->size(), 1); // the expired one is not loaded
        const auto found = web->find(id);
        QVERIFY(found);
        QCOMPARE(found->user, QByteArray("alice"));
        QVERIFY(!web->find(expired));
        QCOMPARE(database->sessions(QStringLiteral("admin")).size(), 1);
        QCOMPARE(database->sessions(QStringLiteral("web")).first().client,
                 QStringLiteral("127.0.0.1"));
    }

    void databaseHoldsNoSessionId() {
        QTemporaryDir dir;
        QByteArray id;
        {
            const auto database = open(dir);
            id = database->store(QStringLiteral("web"))
                     ->create(QStringLiteral("alice"), QString(), 60000);
        }
        QFile file(dir.filePath(QStringLiteral("sessions.sqlite")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        QFile wal(dir.filePath(QStringLiteral("sessions.sqlite-wal")));
        if (wal.open(QIODevice::ReadOnly))
            bytes += wal.readAll();
        QVERIFY(!bytes.isEmpty());
        QVERIFY(!bytes.contains(id));
        QVERIFY(!bytes.contains(QByteArray::fromBase64(id, QByteArray::Base64UrlEncoding)));
    }

    void sweepRemovesExpiredRows() {
        QTemporaryDir dir;
        {
            const auto database = open(dir);
            const auto store = database->store(QStringLiteral("web"));
            store->create(QStringLiteral("a"), QString(), 1);
            store->create(QStringLiteral("b"), QString(), 60000);
            QTest::qWait(5);
            QCOMPARE(database->sweep(), 1);
            database->flush();
            database->flush(); // the sweep's own delete was posted behind the first flush
        }
        QCOMPARE(columnValues(dir.filePath(QStringLiteral("sessions.sqlite")),
                              QStringLiteral("SELECT user FROM sessions")),
                 QStringList{QStringLiteral("b")});
    }

    void usersAreAddedVerifiedAndRemoved() {
        QTemporaryDir dir;
        QString error;
        {
            const auto database = open(dir);
            QVERIFY2(database->addUser(QStringLiteral("alice"), QStringLiteral("s3cret"), &error),
                     qPrintable(error));
            QVERIFY(!database->addUser(QStringLiteral("with space"), QStringLiteral("x"), &error));
            QVERIFY(!database->addUser(QStringLiteral("bob"), QString(), &error));
            QVERIFY(database->userDirectory().verify(QStringLiteral("alice"),
                                                     QStringLiteral("s3cret")));
            QVERIFY(!database->userDirectory().verify(QStringLiteral("alice"),
                                                      QStringLiteral("S3cret")));
            QVERIFY(!database->userDirectory().verify(QStringLiteral("nobody"),
                                                      QStringLiteral("s3cret")));
        }
        const QStringList hashes = columnValues(dir.filePath(QStringLiteral("sessions.sqlite")),
                                                QStringLiteral("SELECT hash FROM users"));
        QCOMPARE(hashes.size(), 1);
        QVERIFY(hashes[0].startsWith(QStringLiteral("pbkdf2-sha256$")));
        QVERIFY(!hashes[0].contains(QStringLiteral("s3cret")));

        const auto database = open(dir);
        QCOMPARE(database->users().size(), 1);
        QCOMPARE(database->users().first().name, QStringLiteral("alice"));
        const QByteArray id = database->store(QStringLiteral("web"))
                                  ->create(QStringLiteral("alice"), QString(), 60000);
        QVERIFY(database->removeUser(QStringLiteral("alice"), &error));
        QVERIFY(!database->store(QStringLiteral("web"))->find(id)); // their sessions end too
        QVERIFY(!database->removeUser(QStringLiteral("alice"), &error));
        QVERIFY(database->users().isEmpty());
    }

    void userAddedByAnotherProcessAppears() {
        QTemporaryDir dir;
        const auto server = open(dir);
        {
            const auto cli = open(dir); // as `yardmaster users add` would
            QString error;
            QVERIFY(cli->addUser(QStringLiteral("dave"), QStringLiteral("pw"), &error));
        }
        QTRY_VERIFY_WITH_TIMEOUT(server->userDirectory().contains(QStringLiteral("dave")),
                                 SessionDatabase::UserReloadMs * 3);
    }
    // The last reference held by a pool job when main returns: ~QCoreApplication runs its post
    // routines (Qt Sql's drops every connection, closing SQLite from the main thread) before it
    // waits for the pool. The database must be closed on its own thread first, every change
    // handed over written, and the late job must neither crash nor hang.
    void aPoolJobMayHoldTheLastReferenceAtExit() {
        constexpr int Runs = 10;
        constexpr int Sessions = 2000;
        for (int run = 0; run < Runs; ++run) {
            QTemporaryDir dir;
            QProcess helper;
            helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            helper.start(QStringLiteral(YARD_SESSION_EXIT_HELPER),
                         {dir.path(), QString::number(Sessions)});
            QVERIFY(helper.waitForFinished(30000));
            QCOMPARE(helper.exitStatus(), QProcess::NormalExit);
            QCOMPARE(helper.exitCode(), 0);
            const QStringList rows =
                columnValues(dir.filePath(QStringLiteral("sessions.sqlite")),
                             QStringLiteral("SELECT COUNT(*) FROM sessions WHERE server = 'exit'"));
            QCOMPARE(rows, QStringList{QString::number(Sessions)});
        }
    }
};

QTEST_GUILESS_MAIN(TestSessionDatabase)
#include "tst_sessiondatabase.moc"
