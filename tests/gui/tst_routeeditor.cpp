#include "document/projectdocument.h"
#include "guitestsupport.h"
#include "logging/logquery.h"
#include "mainwindow/mainwindow.h"
#include "project/projectfile.h"
#include "project/projectwriter.h"
#include "servers/serverpool.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace yard::ui;

// The route editor as a user drives it: edits, reorders, undoes and saves a project that
// `yardmaster check` accepts; refuses an invalid edit with check's own message; applies valid
// edits to the running server at once; tries a route against it.
class TestRouteEditor : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir; // a fresh copy of the demo per test
    std::unique_ptr<MainWindow> m_window;
    ProjectDocument *document() const { return m_window->document(); }
    const yard::project::RouteConfig &route(int row) const {
        return document()->project().servers[0].routes[row];
    }
    template <typename T> T *find(const char *name) const {
        T *widget = m_window->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }
    // A field of one action's page: several pages have a "status".
    template <typename T> T *field(const char *page, const char *name) const {
        T *widget = find<QWidget>(page)->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no field %s on %s", name, page);
        return widget;
    }
    void selectRoute(int row) {
        auto *table = find<QTableView>("routeTable");
        table->setCurrentIndex(table->model()->index(row, 1));
    }
    static QPair<int, QString> check(const QString &path) {
        QProcess process;
        process.start(QStringLiteral(YARD_CLI), {QStringLiteral("check"), path});
        if (!process.waitForFinished(30000))
            return {-1, QStringLiteral("timed out")};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput() +
                                                      process.readAllStandardError())};
    }
    void startServer() {
        find<QAction>("actionStartServer")->trigger();
        QVERIFY(m_window->servers()->isRunning(document()->serverId(0)));
    }
    QString url() const { return m_window->servers()->url(document()->serverId(0)); }

private Q_SLOTS:
    void initTestCase() { guitest::isolateSettings(); }

    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openProject(guitest::copyDemo(*m_dir)));
    }
    void cleanup() { m_window.reset(); }

    void editsReordersUndoesAndSaves() {
        selectRoute(1);
        auto *path = find<QLineEdit>("field_path");
        QCOMPARE(path->text(), QStringLiteral("/api/hello"));
        path->selectAll();
        QTest::keyClicks(path, QStringLiteral("/api/greeting"));
        QCOMPARE(route(1).path, QStringLiteral("/api/greeting"));
        QCOMPARE(document()->undoStack()->count(), 1); // typing is one undo step

        field<QSpinBox>("page_respond", "field_status")->setValue(201);
        QCOMPARE(route(1).status, std::optional<int>(201));
        find<QPlainTextEdit>("field_body")->setPlainText(QStringLiteral("{\"greeting\":\"hi\"}"));
        QCOMPARE(route(1).body, std::optional<QString>(QStringLiteral("{\"greeting\":\"hi\"}")));
        QCOMPARE(find<QLabel>("jsonState")->text(), QStringLiteral("JSON ✓"));

        find<QAction>("actionMoveRouteDown")->trigger();
        QCOMPARE(route(2).path, QStringLiteral("/api/greeting"));
        QCOMPARE(route(1).path, QStringLiteral("/users/:id"));
        find<QAction>("actionUndo")->trigger();
        QCOMPARE(route(1).path, QStringLiteral("/api/greeting"));
        find<QAction>("actionRedo")->trigger();
        QCOMPARE(route(2).path, QStringLiteral("/api/greeting"));

        // Delete in the table removes the selected route, undoably.
        auto *table = find<QTableView>("routeTable");
        selectRoute(0);
        const int before = int(document()->project().servers[0].routes.size());
        find<QAction>("actionRemoveRoute")->trigger();
        QCOMPARE(document()->project().servers[0].routes.size(), before - 1);
        QCOMPARE(route(0).path, QStringLiteral("/users/:id"));
        find<QAction>("actionUndo")->trigger();
        QCOMPARE(route(0).path, QStringLiteral("/health"));
        QVERIFY(table->actions().contains(find<QAction>("actionRemoveRoute")));
        QCOMPARE(find<QAction>("actionRemoveRoute")->shortcut(),
                 QKeySequence(QKeySequence::Delete));

        // The action changes the form; the new action starts from valid defaults.
        selectRoute(2);
        auto *action = find<QComboBox>("field_action");
        action->setCurrentIndex(action->findText(QStringLiteral("redirect")));
        Q_EMIT action->activated(action->currentIndex());
        QCOMPARE(route(2).action, yard::project::RouteAction::Redirect);
        QCOMPARE(route(2).to, std::optional<QString>(QStringLiteral("/")));
        QVERIFY(!route(2).body.has_value());
        find<QAction>("actionUndo")->trigger();
        QCOMPARE(route(2).action, yard::project::RouteAction::Respond);

        QVERIFY(document()->isModified());
        QVERIFY(m_window->isWindowModified());
        find<QAction>("actionSave")->trigger();
        QVERIFY(!document()->isModified());
        QVERIFY(!m_window->isWindowModified());

        const auto saved = yard::project::ProjectFile::load(document()->path());
        QVERIFY(saved.project);
        QCOMPARE(*saved.project, document()->project());
        QCOMPARE(saved.project->servers[0].routes[2].path, QStringLiteral("/api/greeting"));
        const auto [exitCode, output] = check(document()->path());
        QVERIFY2(exitCode == 0, qPrintable(output));
    }

    // The websocket page writes only the keys the user changed; an emptied pattern is no key.
    void webSocketSettingsAreEditedKeyByKey() {
        int row = -1;
        const auto &routes = document()->project().servers[0].routes;
        for (int i = 0; i < routes.size() && row < 0; ++i) {
            if (routes[i].action == yard::project::RouteAction::WebSocket)
                row = i;
        }
        QVERIFY(row >= 0);
        selectRoute(row);
        auto *history = field<QSpinBox>("page_websocket", "field_historySize");
        QCOMPARE(history->value(), 50); // the default, shown, not written
        history->setValue(200);
        QCOMPARE(route(row).historySize, std::optional<int>(200));
        QVERIFY(!route(row).maxRooms.has_value());
        auto *rooms = field<QLineEdit>("page_websocket", "field_rooms");
        QTest::keyClicks(rooms, QStringLiteral("team-*"));
        QCOMPARE(route(row).rooms, std::optional<QString>(QStringLiteral("team-*")));
        rooms->selectAll();
        QTest::keyClick(rooms, Qt::Key_Backspace);
        QVERIFY(!route(row).rooms.has_value());
        field<QSpinBox>("page_websocket", "field_maxMessageBytes")->setValue(1000);
        QCOMPARE(route(row).maxMessageBytes, std::optional<int>(1000));
        find<QAction>("actionSave")->trigger();
        const auto [exitCode, output] = check(document()->path());
        QVERIFY2(exitCode == 0, qPrintable(output));
    }

    void invalidEditShowsCheckMessageAndIsNotApplied() {
        startServer();
        selectRoute(3); // /old-page: redirect 301
        QCOMPARE(route(3).path, QStringLiteral("/old-page"));
        const yard::project::Project before = document()->project();
        field<QSpinBox>("page_redirect", "field_status")->setValue(299);

        auto *message = field<QLabel>("page_redirect", "error_status");
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(), QStringLiteral("299 is not a redirect status (use 301, 302, "
                                                 "303, 307 or 308)"));
        QVERIFY(find<QLabel>("appliedState")->text().startsWith(QStringLiteral("✗")));
        QCOMPARE(document()->project(), before);
        QCOMPARE(document()->undoStack()->count(), 0);
        QCOMPARE(guitest::get(url() + QStringLiteral("/old-page")).status, 301);

        // The same words as `yardmaster check` on the same project.
        yard::project::Project invalid = before;
        invalid.servers[0].routes[3].status = 299;
        const QString file = m_dir->filePath(QStringLiteral("invalid.yard.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(yard::project::ProjectWriter::write(invalid));
        out.close();
        const auto [exitCode, output] = check(file);
        QCOMPARE(exitCode, 1);
        QVERIFY2(output.contains(QStringLiteral("/servers/0/routes/3/status: ") + message->text()),
                 qPrintable(output));

        // A broken path is refused under the path field; fixing it applies.
        auto *path = find<QLineEdit>("field_path");
        path->selectAll();
        QTest::keyClicks(path, QStringLiteral("old-page"));
        QVERIFY(find<QLabel>("error_path")->isVisible());
        QCOMPARE(route(3).path, QStringLiteral("/old-page"));
        path->selectAll();
        QTest::keyClicks(path, QStringLiteral("/older-page"));
        QVERIFY(!find<QLabel>("error_path")->isVisible());
        QVERIFY(!message->isVisible());
        QCOMPARE(route(3).path, QStringLiteral("/older-page"));
        QCOMPARE(guitest::get(url() + QStringLiteral("/older-page")).status, 301);
    }

    void validEditReachesTheRunningServer() {
        startServer();
        selectRoute(1);
        find<QPlainTextEdit>("field_body")->setPlainText(QStringLiteral("{\"message\":\"live\"}"));
        QCOMPARE(find<QLabel>("appliedState")->text(),
                 QStringLiteral("✓ Applied to the running server"));
        guitest::Reply reply = guitest::get(url() + QStringLiteral("/api/hello"));
        QCOMPARE(reply.body, QByteArray("{\"message\":\"live\"}"));
        find<QAction>("actionUndo")->trigger();
        reply = guitest::get(url() + QStringLiteral("/api/hello"));
        QCOMPARE(reply.body, QByteArray("{\"message\":\"hello\"}"));
    }

    // The sse page edits the stream's keys; "browser default" (0) leaves retryMs out of the
    // file, and the edits undo.
    void ssePageEditsTheStreamSettings() {
        selectRoute(7); // /events/*
        QCOMPARE(route(7).action, yard::project::RouteAction::Sse);
        auto *heartbeat = field<QSpinBox>("page_sse", "field_heartbeatMs");
        QVERIFY(heartbeat->isVisible());
        QCOMPARE(heartbeat->value(), 15000);
        heartbeat->setValue(5000);
        QCOMPARE(route(7).heartbeatMs, 5000);
        auto *retry = field<QSpinBox>("page_sse", "field_retryMs");
        retry->setValue(2000);
        QCOMPARE(route(7).retryMs, 2000);
        retry->setValue(0);
        QVERIFY(!route(7).retryMs);
        QVERIFY(field<QCheckBox>("page_sse", "field_publish")->isChecked());
        // Edits of one field in a row merge into one undo step.
        QCOMPARE(document()->undoStack()->count(), 2);
        find<QAction>("actionUndo")->trigger();
        QCOMPARE(route(7).heartbeatMs, 5000);
        find<QAction>("actionUndo")->trigger();
        QVERIFY(!route(7).heartbeatMs);
        QCOMPARE(heartbeat->value(), 15000);
    }

    void tryItAndCopyAsCurl() {
        selectRoute(2); // /users/:id
        auto *tryIt = find<QPushButton>("tryIt");
        QVERIFY(!tryIt->isEnabled()); // the server is stopped
        startServer();
        QVERIFY(tryIt->isEnabled());
        tryIt->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            find<QLabel>("tryItStatus")->text().startsWith(QStringLiteral("200")), 5000);
        QVERIFY(find<QPlainTextEdit>("tryItResult")
                    ->toPlainText()
                    .contains(QStringLiteral("{\"id\":\"1\"}")));
        find<QPushButton>("copyAsCurl")->click();
        QCOMPARE(QApplication::clipboard()->text(),
                 QStringLiteral("curl -i '%1/users/1'").arg(url()));
    }

    // A logged 404 becomes a route from the Log tab: inserted before the catch-all static route
    // that answered it, accepted by `yardmaster check`, and answering the same request.
    void createRouteFromALogged404() {
        startServer();
        QCOMPARE(guitest::get(url() + QStringLiteral("/api/orders/42?expand=1")).status, 404);
        auto *tabs = find<QTabWidget>("serverTabs");
        auto *log = find<QTableView>("logTable");
        tabs->setCurrentIndex(tabs->count() - 1); // Log
        int row = -1;
        // The log's writer runs at idle priority: on a machine busy with builds its rows may
        // take seconds to arrive (docs/LOGGING-NOTES.md, Priority and saturation).
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int i = 0; i < log->model()->rowCount(); ++i) {
                    for (int column = 0; column < log->model()->columnCount(); ++column) {
                        if (log->model()->index(i, column).data().toString() ==
                            u"/api/orders/42?expand=1")
                            row = i;
                    }
                }
                return row >= 0;
            }(),
            20'000);
        log->selectRow(row);
        auto *create = find<QPushButton>("logCreateRoute");
        QTRY_VERIFY(create->isEnabled());
        const int routesBefore = int(document()->project().servers[0].routes.size());
        create->click();

        QCOMPARE(int(document()->project().servers[0].routes.size()), routesBefore + 1);
        QCOMPARE(tabs->currentWidget(), find<QWidget>("routesPage"));
        const int created = routesBefore - 1; // before the static "/" that answered the 404
        QCOMPARE(route(created).path, QStringLiteral("/api/orders/:id"));
        QCOMPARE(route(created).method, QStringLiteral("GET"));
        QCOMPARE(find<QLineEdit>("field_path")->text(), QStringLiteral("/api/orders/:id"));
        const guitest::Reply reply = guitest::get(url() + QStringLiteral("/api/orders/42"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, QByteArray(R"({"id":"42"})"));
        find<QAction>("actionSave")->trigger();
        const auto [exitCode, output] = check(document()->path());
        QVERIFY2(exitCode == 0, qPrintable(output));
        find<QAction>("actionUndo")->trigger();
        QCOMPARE(int(document()->project().servers[0].routes.size()), routesBefore);
    }

    // Replay from the detail pane: the same request reaches the running server again, the pane
    // shows the answer, and the log gains the new request.
    void replayFromTheLog() {
        startServer();
        // The window's log outlives a test run: a target of this run's own.
        const QString target =
            QStringLiteral("/users/7?run=%1").arg(QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(guitest::get(url() + target).status, 200);
        auto *tabs = find<QTabWidget>("serverTabs");
        tabs->setCurrentIndex(tabs->count() - 1); // Log
        auto *log = find<QTableView>("logTable");
        auto matching = [&] {
            QList<int> rows;
            for (int i = 0; i < log->model()->rowCount(); ++i) {
                for (int column = 0; column < log->model()->columnCount(); ++column) {
                    if (log->model()->index(i, column).data().toString() == target)
                        rows.append(i);
                }
            }
            return rows;
        };
        QTRY_COMPARE(matching().size(), 1);
        log->selectRow(matching().front());
        auto *replay = find<QPushButton>("logReplay");
        QTRY_VERIFY(replay->isEnabled());
        replay->click();
        QTRY_VERIFY(
            find<QLabel>("logReplayResult")->text().startsWith(QStringLiteral("Replayed: 200")));
        // The view holds still while a row is selected; the log itself has both.
        const auto logged = [&] {
            yard::logging::LogFilter filter;
            filter.path = target;
            return yard::logging::LogQuery(m_window->servers()->logDatabasePath())
                .tail(0, filter, 10)
                .size();
        };
        QTRY_COMPARE(logged(), 2);
    }

    void deleteKeyRemovesTheSelectedRoute() {
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        auto *table = find<QTableView>("routeTable");
        selectRoute(0);
        table->setFocus();
        QTRY_VERIFY(table->hasFocus());
        const qsizetype before = document()->project().servers[0].routes.size();
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(document()->project().servers[0].routes.size(), before - 1);
        QTest::keySequence(m_window.get(), QKeySequence::Undo);
        QCOMPARE(document()->project().servers[0].routes.size(), before);
        QCOMPARE(route(0).path, QStringLiteral("/health"));
    }

    void emptyRouteListTeaches() {
        auto *table = find<QTableView>("routeTable");
        while (table->model()->rowCount() > 0) {
            selectRoute(0);
            find<QAction>("actionRemoveRoute")->trigger();
        }
        QVERIFY(find<QLabel>("routesEmpty")->isVisible());
        QVERIFY(find<QLabel>("routeFormEmpty")->isVisible());
        find<QAction>("actionAddRoute")->trigger();
        QCOMPARE(document()->project().servers[0].routes.size(), 1);
        QVERIFY(!find<QLabel>("routesEmpty")->isVisible());
        QCOMPARE(find<QLineEdit>("field_path")->text(), QStringLiteral("/new-route"));
    }

    void findFocusesTheRouteFilter() {
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keySequence(m_window.get(), QKeySequence::Find);
        auto *filter = find<QLineEdit>("routeFilter");
        QTRY_VERIFY(filter->hasFocus());
        QTest::keyClicks(filter, QStringLiteral("users"));
        QCOMPARE(find<QTableView>("routeTable")->model()->rowCount(), 1);
        QVERIFY(!find<QAction>("actionMoveRouteUp")->isEnabled());
    }
};

QTEST_MAIN(TestRouteEditor)
#include "tst_routeeditor.moc"
