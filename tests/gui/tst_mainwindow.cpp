#include "document/projectdocument.h"
#include "guitestsupport.h"
#include "i18n/languageswitcher.h"
#include "log/logrowmodel.h"
#include "log/logview.h"
#include "mainwindow/mainwindow.h"
#include "preferences/themepalette.h"
#include "realtime/ssehub.h"
#include "servers/serverpool.h"
#include "sessions/sessiondatabase.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTcpSocket>
#include <QTest>
#include <QTreeView>
#include <QWebSocket>

using yard::ui::LogRowModel;
using yard::ui::LogView;
using yard::ui::MainWindow;

// The window as a user sees it, driven through objectNames. With YARD_SCREENSHOT_DIR set, also
// saves what each tab shows, in light and dark palettes (docs/screenshots).
class TestMainWindow : public QObject {
    Q_OBJECT

private:
    static void screenshot(QWidget &window, const QString &name) {
        const QByteArray dir = qgetenv("YARD_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(window.grab().save(QString::fromLocal8Bit(dir) + u'/' + name));
    }

    // Real traffic for a second and a half, so rates and counters show.
    // A browser's form sign-in, so the Sessions tab has a row to show. The status code.
    static int signIn(const QString &url, const QByteArray &form) {
        QNetworkAccessManager network;
        QNetworkRequest request{QUrl(url + QStringLiteral("/login"))};
        request.setTransferTimeout(5000);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QStringLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *reply = network.post(request, form);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(6000, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        delete reply;
        return status;
    }

    // Live connections for the Connections and Rooms tabs: chat members in two rooms who talk,
    // an event stream with an event received, and a keep-alive HTTP client.
    struct LiveClients {
        std::vector<std::unique_ptr<QWebSocket>> members;
        QTcpSocket stream;
        QTcpSocket keepAlive;
    };
    static void connectClients(const QString &url, LiveClients &clients) {
        const QUrl base(url);
        const struct {
            const char *room;
            const char *user;
            const char *text;
        } people[] = {{"lobby", "ada", "Deploy went fine."},
                      {"lobby", "grace", "Ship it!"},
                      {"lobby", "linus", nullptr},
                      {"team-blue", "ada", nullptr},
                      {"team-blue", "ken", "Standup in 5"}};
        for (const auto &person : people) {
            auto socket = std::make_unique<QWebSocket>();
            QUrl chat(base);
            chat.setScheme(QStringLiteral("ws"));
            chat.setPath(QStringLiteral("/chat"));
            socket->open(chat);
            QTRY_VERIFY(socket->state() == QAbstractSocket::ConnectedState);
            socket->sendTextMessage(
                QStringLiteral(R"({"type":"join","room":"%1","user":"%2"})")
                    .arg(QLatin1String(person.room), QLatin1String(person.user)));
            if (person.text) {
                socket->sendTextMessage(
                    QStringLiteral(R"({"type":"message","room":"%1","text":"%2"})")
                        .arg(QLatin1String(person.room), QLatin1String(person.text)));
            }
            clients.members.push_back(std::move(socket));
        }
        clients.stream.connectToHost(base.host(), quint16(base.port()));
        QVERIFY(clients.stream.waitForConnected(5000));
        clients.stream.write(
            "GET /events/news HTTP/1.1\r\nHost: x\r\nAccept: text/event-stream\r\n\r\n");
        clients.keepAlive.connectToHost(base.host(), quint16(base.port()));
        QVERIFY(clients.keepAlive.waitForConnected(5000));
        clients.keepAlive.write("GET /api/hello HTTP/1.1\r\nHost: x\r\n\r\n");
        QTRY_VERIFY(clients.keepAlive.bytesAvailable() > 0);
    }

    static void makeTraffic(const QString &url) {
        QElapsedTimer timer;
        timer.start();
        int i = 0;
        while (timer.elapsed() < 1500 && i < 2000) {
            const char *paths[] = {"/health", "/api/hello", "/users/7", "/old-page", "/missing"};
            guitest::get(url + QLatin1String(paths[i++ % 5]));
        }
    }

private Q_SLOTS:
    void initTestCase() {
        guitest::isolateSettings();
        QSettings().clear();
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        // English plurals ("rows", not "row(s)") come from their own catalogue, as in the app.
        yard::ui::LanguageSwitcher::instance()->choose(QStringLiteral("en"));
        QSettings().clear(); // choosing saved the language
    }

    void emptyStateTeaches() {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *servers = window.findChild<QTreeView *>(QStringLiteral("serverList"));
        QVERIFY(servers);
        QCOMPARE(servers->model()->rowCount(), 0);
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("noProject"))->isVisible());
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionSave"))->isEnabled());
        screenshot(window, QStringLiteral("main-window-empty.png"));
        // The empty state's button opens the demo (found from the build folder here).
        auto *openDemo = window.findChild<QPushButton *>(QStringLiteral("openDemo"));
        QVERIFY(openDemo->isVisible());
        openDemo->click();
        QCOMPARE(servers->model()->rowCount(), 1);
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionSave"))->isEnabled());
    }

    void demoProjectListsServersAndRoutes() {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(
            window.openProject(QStringLiteral(YARD_SOURCE_DIR "/resources/demo/demo.yard.json")));
        auto *servers = window.findChild<QTreeView *>(QStringLiteral("serverList"));
        QCOMPARE(servers->model()->rowCount(), 1);
        auto *routes = window.findChild<QTableView *>(QStringLiteral("routeTable"));
        QVERIFY(routes);
        QCOMPARE(routes->model()->rowCount(), int(window.project().servers[0].routes.size()));
        QCOMPARE(routes->model()->index(0, 2).data().toString(), QStringLiteral("/health"));
        auto *header = window.findChild<QLabel *>(QStringLiteral("serverHeader"));
        QVERIFY(header->text().contains(QStringLiteral("http://127.0.0.1:8080")));
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("demo.yard.json")));
        QCOMPARE(MainWindow::lastProject(),
                 QFileInfo(QStringLiteral(YARD_SOURCE_DIR "/resources/demo/demo.yard.json"))
                     .absoluteFilePath());
    }

    void languageChangeKeepsTexts() {
        MainWindow window;
        QEvent change(QEvent::LanguageChange);
        QApplication::sendEvent(&window, &change);
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("serverTabs"));
        QCOMPARE(tabs->tabText(0), QStringLiteral("Routes"));
        QCOMPARE(tabs->count(), 5);
    }

    // The Log tab is the real log view on the window's request log, following the selection.
    void logTabShowsTheSelectedServersRequests() {
        QTemporaryDir dir;
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(guitest::copyDemo(dir)));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("serverTabs"));
        auto *log = qobject_cast<LogView *>(tabs->widget(tabs->count() - 1));
        QVERIFY(log);
        tabs->setCurrentWidget(log);
        window.findChild<QAction *>(QStringLiteral("actionStartServer"))->trigger();
        const int id = window.document()->serverId(0);
        QVERIFY(window.servers()->isRunning(id));
        const QString url = window.servers()->url(id);
        const QString health =
            QStringLiteral("/health?probe=%1").arg(QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(guitest::get(url + health).status, 200);

        // The probe arrives, named by the first route's label. (Not necessarily the last row:
        // a message of an earlier test's chat may be logged after it.)
        LogRowModel *rows = log->model();
        int last = -1;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int row = rows->rowCount() - 1; row >= 0 && last < 0; --row) {
                    if (!rows->isEventAt(row) && rows->rowAt(row).target == health)
                        last = row;
                }
                return last >= 0;
            }(),
            30000); // the idle-priority log writer may wait on a machine busy with builds
        for (int row = 0; row < rows->rowCount(); ++row) {
            if (!rows->isEventAt(row)) // the shared log may hold earlier runs' chat messages
                QCOMPARE(rows->rowAt(row).server, window.project().servers[0].name);
        }
        QCOMPARE(rows->index(last, LogRowModel::Route).data().toString(),
                 QStringLiteral("GET /health"));
        // Copy as curl knows where the running server listens.
        // The detail pane opens with the first picked row, so the columns have the width until
        // then.
        auto *detail = log->findChild<QWidget *>(QStringLiteral("logDetailPane"));
        QVERIFY(detail && !detail->isVisible());
        auto *table = log->findChild<QTableView *>(QStringLiteral("logTable"));
        table->setCurrentIndex(rows->index(last, LogRowModel::Path));
        QVERIFY(detail->isVisible());
        QVERIFY(log->copyCurl());
        QVERIFY2(QApplication::clipboard()->text().contains(url + health),
                 qPrintable(QApplication::clipboard()->text()));
    }

    // One Ctrl+F for the window: it finds in the tab in view.
    void findFocusesTheActiveTabsFilter() {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(
            window.openProject(QStringLiteral(YARD_SOURCE_DIR "/resources/demo/demo.yard.json")));
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("serverTabs"));
        auto *log = qobject_cast<LogView *>(tabs->widget(tabs->count() - 1));
        QVERIFY(log);
        auto *logFilter = log->findChild<QLineEdit *>(QStringLiteral("logPathFilter"));
        auto *routeFilter = window.findChild<QLineEdit *>(QStringLiteral("routeFilter"));

        tabs->setCurrentWidget(log);
        log->findChild<QTableView *>(QStringLiteral("logTable"))->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(logFilter->hasFocus());
        QCOMPARE(tabs->currentWidget(), log);

        tabs->setCurrentIndex(0);
        window.findChild<QTableView *>(QStringLiteral("routeTable"))->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(routeFilter->hasFocus());
        QCOMPARE(tabs->currentIndex(), 0);
    }

    void screenshotsOfEachTab_data() {
        QTest::addColumn<bool>("dark");
        QTest::addRow("light") << false;
        QTest::addRow("dark") << true;
    }

    void screenshotsOfEachTab() {
        QFETCH(bool, dark);
        const QPalette original = QApplication::palette();
        if (dark)
            QApplication::setPalette(yard::ui::darkPalette());
        QTemporaryDir dir;
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(guitest::copyDemo(dir)));
        window.servers()->setDataDirectory(dir.filePath(QStringLiteral("data")));
        window.findChild<QAction *>(QStringLiteral("actionStartServer"))->trigger();
        const int id = window.document()->serverId(0);
        QVERIFY(window.servers()->isRunning(id));
        QString error;
        QVERIFY2(window.servers()->sessionDatabase()->addUser(QStringLiteral("ada"),
                                                              QStringLiteral("s3cret"), &error),
                 qPrintable(error));
        QCOMPARE(signIn(window.servers()->url(id), "username=ada&password=s3cret"), 303);
        makeTraffic(window.servers()->url(id));
        QTRY_VERIFY(window.servers()->activity(id)->stats.requests > 0);

        auto *routes = window.findChild<QTableView *>(QStringLiteral("routeTable"));
        routes->setCurrentIndex(routes->model()->index(1, 2));
        window.findChild<QPushButton *>(QStringLiteral("tryIt"))->click();
        QTRY_VERIFY(window.findChild<QLabel *>(QStringLiteral("tryItStatus"))
                        ->text()
                        .startsWith(QStringLiteral("200")));
        makeTraffic(window.servers()->url(id));
        LiveClients clients;
        connectClients(window.servers()->url(id), clients);
        QTRY_VERIFY(clients.stream.bytesAvailable() > 0); // the stream's head: it is open
        const auto events = window.servers()->sseHub(id, QStringLiteral("/events/*"));
        QVERIFY(events);
        QVERIFY(events->publish(QStringLiteral("news"), "release", "v1.4 is out").accepted);

        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("serverTabs"));
        const char *names[] = {"routes", "sessions", "connections", "rooms", "log"};
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            if (QLatin1String(names[tab]) == QLatin1String("rooms")) {
                // The lobby picked, so its members show.
                auto *rooms = window.findChild<QTableView *>(QStringLiteral("roomTable"));
                QTRY_VERIFY(rooms->model()->rowCount() >= 2);
                rooms->selectRow(0);
            }
            if (QLatin1String(names[tab]) == QLatin1String("connections")) {
                auto *table = window.findChild<QTableView *>(QStringLiteral("connectionTable"));
                QVERIFY(table);
                QTRY_VERIFY(table->model()->rowCount() >= 7);
            }
            QTest::qWait(50);
            screenshot(window, QStringLiteral("main-window-%1-%2.png")
                                   .arg(QLatin1String(names[tab]),
                                        dark ? QStringLiteral("dark") : QStringLiteral("light")));
        }
        // The Log tab with a request picked: the detail pane beside the rows.
        tabs->setCurrentIndex(tabs->count() - 1);
        auto *logTable = window.findChild<QTableView *>(QStringLiteral("logTable"));
        QTRY_VERIFY(logTable->model()->rowCount() > 8);
        logTable->selectRow(logTable->model()->rowCount() - 8);
        QTest::qWait(50);
        screenshot(window, QStringLiteral("main-window-log-detail-%1.png")
                               .arg(dark ? QStringLiteral("dark") : QStringLiteral("light")));
        // An invalid edit, as the form shows it: check's message under the field.
        tabs->setCurrentIndex(0);
        routes->setCurrentIndex(routes->model()->index(3, 2)); // /old-page, a redirect
        auto *page = window.findChild<QWidget *>(QStringLiteral("page_redirect"));
        page->findChild<QSpinBox *>(QStringLiteral("field_status"))->setValue(299);
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("error_status"))->isVisible());
        QTest::qWait(50);
        screenshot(window, QStringLiteral("main-window-routes-invalid-%1.png")
                               .arg(dark ? QStringLiteral("dark") : QStringLiteral("light")));
        QApplication::setPalette(original);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
