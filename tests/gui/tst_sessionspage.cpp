// The Sessions tab on a real server: users added and removed through the page, a browser's
// sign-in showing up as a row, and "End session" signing that browser out.
#include "document/projectdocument.h"
#include "guitestsupport.h"
#include "mainwindow/serverpages.h"
#include "servers/serverpool.h"
#include "sessions/adduserdialog.h"
#include "sessions/sessionspanel.h"
#include "sessions/sessiontablemodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkCookie>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUrlQuery>

using namespace yard;
using namespace yard::ui;

namespace {

struct HttpReply {
    int status = 0;
    QByteArray location;
    QByteArray cookie; // "name=value" from Set-Cookie
};

// One request with redirects left alone, waited for at most 5 s.
HttpReply send(const QString &url, const QByteArray &cookie, const QByteArray &form = {}) {
    QNetworkAccessManager network;
    QNetworkRequest request{QUrl(url)};
    request.setTransferTimeout(5000);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (!cookie.isEmpty())
        request.setRawHeader("Cookie", cookie);
    QNetworkReply *reply = nullptr;
    if (form.isNull()) {
        reply = network.get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QStringLiteral("application/x-www-form-urlencoded"));
        reply = network.post(request, form);
    }
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(6000, &loop, &QEventLoop::quit);
    loop.exec();
    HttpReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.location = reply->rawHeader("Location");
    for (const QNetworkCookie &c : QNetworkCookie::parseCookies(reply->rawHeader("Set-Cookie")))
        result.cookie = c.name() + '=' + c.value();
    delete reply;
    return result;
}

template <typename T> T *findTopLevel() {
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *found = qobject_cast<T *>(widget); found && found->isVisible())
            return found;
    }
    return nullptr;
}

QStringList userNames(const QListWidget *list) {
    QStringList names;
    for (int row = 0; row < list->count(); ++row)
        names.append(list->item(row)->text());
    return names;
}

} // namespace

class TestSessionsPage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { guitest::isolateSettings(); }

    void modelPassesTheTester() {
        SessionTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        sessions::SessionInfo a{"aaaa", QStringLiteral("ada"),      1000, 2000,
                                3000,   QStringLiteral("127.0.0.1")};
        sessions::SessionInfo b{"bbbb", QStringLiteral("bob"),      500, 600,
                                700,    QStringLiteral("127.0.0.2")};
        model.setSessions({a, b});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.handle(0), QByteArray("bbbb")); // oldest first
        QCOMPARE(model.data(model.index(1, SessionTableModel::User)).toString(),
                 QStringLiteral("ada"));
        a.lastSeenMs = 2500;
        model.setSessions({a, b}); // same rows: updated in place
        QCOMPARE(model.rowOf("aaaa"), 1);
        model.setSessions({a});
        QCOMPARE(model.rowCount(), 1);
        model.setSessions({});
        QCOMPARE(model.rowCount(), 0);
    }

    void signInShowsUpAndEndSessionSignsOut() {
        QTemporaryDir projectDir;
        QTemporaryDir dataDir;
        QVERIFY(projectDir.isValid() && dataDir.isValid());
        ProjectDocument document;
        QVERIFY(document.load(guitest::copyDemo(projectDir)).isEmpty());
        ServerPool pool(&document);
        pool.setLogDatabasePath(dataDir.filePath(QStringLiteral("requests.sqlite")));
        pool.setDataDirectory(dataDir.path());
        const int id = document.serverId(0);
        QVERIFY(document.server(id)->sessions);
        QString error;
        QVERIFY2(pool.start(id, &error), qPrintable(error));
        const QString url = pool.url(id);

        SessionsPage page(&document, &pool);
        page.setServerId(id);
        page.resize(900, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        SessionsPanel *panel = page.panel();
        auto *table = panel->findChild<QTableView *>(QStringLiteral("sessionTable"));
        auto *users = panel->findChild<QListWidget *>(QStringLiteral("userList"));
        QVERIFY(table && users);
        QVERIFY(panel->findChild<QLabel *>(QStringLiteral("sessionsOffNotice"))->isHidden());

        // Add a user through the dialog, the way a person would.
        panel->findChild<QPushButton *>(QStringLiteral("addUser"))->click();
        auto *dialog = findTopLevel<AddUserDialog>();
        QVERIFY(dialog);
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        dialog->findChild<QLineEdit *>(QStringLiteral("userName"))->setText(QStringLiteral("ada"));
        dialog->findChild<QLineEdit *>(QStringLiteral("password"))
            ->setText(QStringLiteral("s3cret"));
        dialog->findChild<QLineEdit *>(QStringLiteral("passwordAgain"))
            ->setText(QStringLiteral("s3cre"));
        QVERIFY(!ok->isEnabled()); // the passwords differ
        dialog->findChild<QLineEdit *>(QStringLiteral("passwordAgain"))
            ->setText(QStringLiteral("s3cret"));
        QVERIFY(ok->isEnabled());
        // The database refuses a name with a space: the dialog stays open and says why.
        dialog->findChild<QLineEdit *>(QStringLiteral("userName"))
            ->setText(QStringLiteral("ada lovelace"));
        ok->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 10000);
        QVERIFY2(dialog->errorText().contains(QStringLiteral("ada lovelace")),
                 qPrintable(dialog->errorText()));
        QVERIFY(dialog->isVisible());
        dialog->findChild<QLineEdit *>(QStringLiteral("userName"))->setText(QStringLiteral("ada"));
        ok->click();
        QVERIFY(dialog->isBusy()); // PBKDF2 runs on a pool thread; the GUI goes on
        QTRY_VERIFY_WITH_TIMEOUT(userNames(users).contains(QStringLiteral("ada")), 10000);

        // A real sign-in over HTTP becomes a row within the refresh period.
        const HttpReply signIn = send(url + QStringLiteral("/login"), {},
                                      "username=ada&password=s3cret&next=%2Fdashboard");
        QCOMPARE(signIn.status, 303);
        QVERIFY(!signIn.cookie.isEmpty());
        QCOMPARE(send(url + QStringLiteral("/dashboard"), signIn.cookie).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1,
                                  SessionsPanel::RefreshIntervalMs * 3);
        QCOMPARE(table->model()->index(0, SessionTableModel::User).data().toString(),
                 QStringLiteral("ada"));
        QCOMPARE(table->model()->index(0, SessionTableModel::Client).data().toString(),
                 QStringLiteral("127.0.0.1"));

        // The selection survives a refresh; End session signs that browser out.
        table->selectRow(0);
        panel->refreshSessions();
        QVERIFY(table->selectionModel()->isRowSelected(0, {}));
        auto *end = panel->findChild<QPushButton *>(QStringLiteral("endSession"));
        QVERIFY(end->isEnabled());
        end->click();
        QCOMPARE(table->model()->rowCount(), 0);
        const HttpReply after = send(url + QStringLiteral("/dashboard"), signIn.cookie);
        QCOMPARE(after.status, 303);
        QVERIFY2(after.location.startsWith("/login"), after.location.constData());

        // End all: two browsers signed in, both signed out at once.
        const HttpReply first =
            send(url + QStringLiteral("/login"), {}, "username=ada&password=s3cret");
        const HttpReply second =
            send(url + QStringLiteral("/login"), {}, "username=ada&password=s3cret");
        QVERIFY(!first.cookie.isEmpty() && !second.cookie.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 2,
                                  SessionsPanel::RefreshIntervalMs * 3);
        panel->findChild<QPushButton *>(QStringLiteral("endAllSessions"))->click();
        QCOMPARE(table->model()->rowCount(), 0);
        QCOMPARE(send(url + QStringLiteral("/dashboard"), first.cookie).status, 303);
        QCOMPARE(send(url + QStringLiteral("/dashboard"), second.cookie).status, 303);

        // Remove the user, after the confirmation.
        users->setCurrentRow(userNames(users).indexOf(QStringLiteral("ada")));
        auto *remove = panel->findChild<QPushButton *>(QStringLiteral("removeUser"));
        QVERIFY(remove->isEnabled());
        remove->click();
        auto *box = findTopLevel<QMessageBox>();
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!userNames(users).contains(QStringLiteral("ada")), 5000);
        QCOMPARE(send(url + QStringLiteral("/login"), {}, "username=ada&password=s3cret")
                     .location.contains("invalid"),
                 true);
        pool.stopAll();
    }

    void serverWithoutSessionsSaysHowToTurnThemOn() {
        QTemporaryDir projectDir;
        QVERIFY(projectDir.isValid());
        const QString path = guitest::copyDemo(projectDir);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArrayList lines = file.readAll().split('\n');
        file.close();
        lines.removeIf([](const QByteArray &line) { return line.contains("\"sessions\""); });
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(lines.join('\n'));
        file.close();
        ProjectDocument document;
        QVERIFY(document.load(path).isEmpty());
        ServerPool pool(&document);
        SessionsPage page(&document, &pool);
        page.setServerId(document.serverId(0));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *notice = page.panel()->findChild<QLabel *>(QStringLiteral("sessionsOffNotice"));
        QVERIFY(notice->isVisible());
        QVERIFY(notice->text().contains(QStringLiteral("\"sessions\"")));
        QVERIFY(!page.panel()->findChild<QTableView *>()->isVisible());
    }
};

QTEST_MAIN(TestSessionsPage)
#include "tst_sessionspage.moc"
