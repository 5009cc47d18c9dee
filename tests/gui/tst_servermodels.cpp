#include "document/projectdocument.h"
#include "guitestsupport.h"
#include "routes/routetablemodel.h"
#include "servers/metricsstrip.h"
#include "servers/serverlistmodel.h"
#include "servers/serverlistpanel.h"
#include "servers/serverpool.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QElapsedTimer>
#include <QMimeData>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>
#include <QUrl>

using namespace yard::ui;

// The server list and the route table: their models under QAbstractItemModelTester through
// every kind of edit, and servers started from the list really serving.
class TestServerModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { guitest::isolateSettings(); }

    void serverListModelPassesTester() {
        QTemporaryDir dir;
        ProjectDocument document;
        ServerPool pool(&document);
        ServerListModel model(&document, &pool);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(document.load(guitest::copyDemo(dir)).isEmpty());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ServerListModel::Name).data().toString(), QStringLiteral("web"));
        QCOMPARE(model.index(0, ServerListModel::State).data().toString(),
                 QStringLiteral("stopped"));

        DocumentState state = document.state();
        yard::project::ServerConfig api = state.project.servers.front();
        api.name = QStringLiteral("api");
        state.project.servers.append(api);
        state.serverIds.append(document.newServerId());
        QVERIFY(document.edit(state, QStringLiteral("add")).isEmpty());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, ServerListModel::Name).data().toString(), QStringLiteral("api"));

        QString error;
        QVERIFY2(pool.start(document.serverId(1), &error), qPrintable(error));
        QCOMPARE(model.index(1, ServerListModel::State).data().toString(),
                 QStringLiteral("running"));
        QVERIFY(!model.index(1, ServerListModel::Name).data(Qt::DecorationRole).isNull());
        QVERIFY(model.index(1, ServerListModel::Address)
                    .data(ServerListModel::UrlRole)
                    .toString()
                    .startsWith(QStringLiteral("http://127.0.0.1:")));
        QTest::qWait(ServerPool::PollIntervalMs * 2); // polls emit dataChanged under the tester

        document.undoStack()->undo(); // removes "api": the pool stops it
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(pool.runningCount(), 0);
        document.undoStack()->redo();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, ServerListModel::State).data().toString(),
                 QStringLiteral("stopped"));
    }

    void serverNameAndAddressAreEditedInPlace() {
        QTemporaryDir dir;
        ProjectDocument document;
        ServerPool pool(&document);
        ServerListModel model(&document, &pool);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(document.load(guitest::copyDemo(dir)).isEmpty());
        QSignalSpy refused(&model, &ServerListModel::editRefused);
        const QModelIndex name = model.index(0, ServerListModel::Name);
        const QModelIndex address = model.index(0, ServerListModel::Address);
        QVERIFY(model.flags(name) & Qt::ItemIsEditable);
        QVERIFY(model.setData(name, QStringLiteral("api")));
        QCOMPARE(document.project().servers[0].name, QStringLiteral("api"));
        QVERIFY(!model.setData(name, QStringLiteral("  ")));
        QCOMPARE(refused.size(), 1);
        QVERIFY(refused.front().front().toString().startsWith(QStringLiteral("/servers/0/name: ")));
        QCOMPARE(document.project().servers[0].name, QStringLiteral("api"));

        QCOMPARE(address.data(Qt::EditRole).toString(), QStringLiteral("127.0.0.1:0"));
        QVERIFY(!model.setData(address, QStringLiteral("70000"))); // check: 0 to 65535
        QCOMPARE(document.project().servers[0].port, 0);
        QCOMPARE(refused.size(), 2);
        QVERIFY(refused.back().front().toString().startsWith(QStringLiteral("/servers/0/port: ")));
        QVERIFY(!model.setData(address, QStringLiteral("no port")));
        QCOMPARE(refused.size(), 3);
        QVERIFY(model.setData(address, QStringLiteral("localhost:0")));
        QCOMPARE(document.project().servers[0].host,
                 std::optional<QString>(QStringLiteral("localhost")));
        QCOMPARE(document.undoStack()->count(), 2);

        QString error;
        QVERIFY(pool.start(document.serverId(0), &error));
        QVERIFY(!(model.flags(address) & Qt::ItemIsEditable)); // a link while running
    }

    void routeTableModelPassesTester() {
        QTemporaryDir dir;
        ProjectDocument document;
        QVERIFY(document.load(guitest::copyDemo(dir)).isEmpty());
        RouteTableModel model(&document);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setServerId(document.serverId(0));
        const int routes = int(document.project().servers[0].routes.size());
        QCOMPARE(model.rowCount(), routes);
        QCOMPARE(model.index(0, RouteTableModel::Path).data().toString(),
                 QStringLiteral("/health"));
        QCOMPARE(model.index(1, RouteTableModel::Method).data().toString(), QStringLiteral("GET"));
        QCOMPARE(model.index(3, RouteTableModel::Method).data().toString(), QStringLiteral("*"));

        // The checkbox disables a route, as an undoable edit.
        QVERIFY(model.setData(model.index(0, RouteTableModel::Enabled), Qt::Unchecked,
                              Qt::CheckStateRole));
        QCOMPARE(document.project().servers[0].routes[0].enabled, std::optional<bool>(false));
        QCOMPARE(model.index(0, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);

        // A drag of route 0 below route 2 (the gap before row 3).
        std::unique_ptr<QMimeData> drag(model.mimeData({model.index(0, RouteTableModel::Path)}));
        model.dropMimeData(drag.get(), Qt::MoveAction, 3, 0, {});
        QCOMPARE(model.index(2, RouteTableModel::Path).data().toString(),
                 QStringLiteral("/health"));
        QCOMPARE(model.index(0, RouteTableModel::Path).data().toString(),
                 QStringLiteral("/api/hello"));

        // Removing and adding rows, then undoing all of it.
        yard::project::ServerConfig server = document.project().servers[0];
        server.routes.removeLast();
        server.routes.removeLast();
        QVERIFY(
            document.editServer(document.serverId(0), server, QStringLiteral("remove")).isEmpty());
        QCOMPARE(model.rowCount(), routes - 2);
        while (document.undoStack()->canUndo())
            document.undoStack()->undo();
        QCOMPARE(model.rowCount(), routes);
        QCOMPARE(model.index(0, RouteTableModel::Path).data().toString(),
                 QStringLiteral("/health"));
        QCOMPARE(model.index(0, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QVERIFY(!document.isModified());

        model.setServerId(-1);
        QCOMPARE(model.rowCount(), 0);
    }

    void startAndStopFromTheListServe() {
        QTemporaryDir dir;
        ProjectDocument document;
        ServerPool pool(&document);
        ServerListPanel panel(&document, &pool);
        QVERIFY(document.load(guitest::copyDemo(dir)).isEmpty());
        auto *list = panel.findChild<QTreeView *>(QStringLiteral("serverList"));
        list->setCurrentIndex(list->model()->index(0, 0));
        const int id = panel.currentServerId();
        QCOMPARE(id, document.serverId(0));
        QVERIFY(panel.startAction()->isEnabled());
        QVERIFY(!panel.stopAction()->isEnabled());

        QElapsedTimer startTime;
        startTime.start();
        panel.startAction()->trigger();
        qInfo("start() on the GUI thread (opens the request log the first time): %lld ms",
              startTime.elapsed());
        QVERIFY(pool.isRunning(id));
        const QString url = pool.url(id);
        guitest::Reply reply = guitest::get(url + QStringLiteral("/api/hello"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, QByteArray("{\"message\":\"hello\"}"));

        // Traffic shows in the counters and the rate.
        for (int i = 0; i < 20; ++i)
            QCOMPARE(guitest::get(url + QStringLiteral("/health")).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(pool.activity(id)->stats.requests >= 21, 3000);
        QTRY_VERIFY_WITH_TIMEOUT(pool.activity(id)->requestsPerSecond > 0, 3000);

        QVERIFY(panel.stopAction()->isEnabled());
        QElapsedTimer stopTime;
        stopTime.start();
        panel.stopAction()->trigger();
        const qint64 stopMs = stopTime.elapsed();
        qInfo("stop() of an idle server on the GUI thread: %lld ms", stopMs);
        QVERIFY(!pool.isRunning(id));
        QCOMPARE(guitest::get(url + QStringLiteral("/health"), 1000).status, 0);

        panel.restartAction()->setEnabled(true);
        panel.startAction()->trigger();
        QVERIFY(pool.isRunning(id));
        QString error;
        QVERIFY(pool.restart(id, &error));
        QCOMPARE(guitest::get(pool.url(id) + QStringLiteral("/health")).status, 200);
    }

    // The GUI thread waits in ServerInstance::stop(); measured here with a kept-alive client.
    void stopWithAnIdleKeepAliveClientIsQuick() {
        QTemporaryDir dir;
        ProjectDocument document;
        ServerPool pool(&document);
        QVERIFY(document.load(guitest::copyDemo(dir)).isEmpty());
        const int id = document.serverId(0);
        QString error;
        QVERIFY(pool.start(id, &error));
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, QUrl(pool.url(id)).port());
        QVERIFY(client.waitForConnected(3000));
        client.write("GET /health HTTP/1.1\r\nHost: x\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(client.bytesAvailable() > 0, 3000);
        QTRY_COMPARE_WITH_TIMEOUT(pool.activity(id)->stats.openConnections, qint64(1), 3000);
        QElapsedTimer timer;
        timer.start();
        pool.stop(id);
        const qint64 ms = timer.elapsed();
        qInfo("stop() with one idle keep-alive client on the GUI thread: %lld ms", ms);
        QVERIFY2(ms < ServerPool::StopGraceMs, "an idle client must not hold stop() for the grace");
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::UnconnectedState, 3000);
    }

    void latencyPercentilesFromBuckets() {
        std::array<quint64, yard::http::WorkerCounters::LatencyBuckets> buckets{};
        QCOMPARE(latencyPercentileMicros(buckets, 0.5), 0);
        buckets[3] = 50;  // < 8 µs
        buckets[10] = 49; // < 1024 µs
        buckets[20] = 1;  // < ~1 s
        QCOMPARE(latencyPercentileMicros(buckets, 0.5), 8);
        QCOMPARE(latencyPercentileMicros(buckets, 0.99), 1024);
        QCOMPARE(latencyPercentileMicros(buckets, 1.0), qint64(1) << 20);
    }

    void metricsStripShowsLiveFigures() {
        QTemporaryDir dir;
        ProjectDocument document;
        ServerPool pool(&document);
        MetricsStrip strip(&pool);
        QVERIFY(document.load(guitest::copyDemo(dir)).isEmpty());
        const int id = document.serverId(0);
        strip.setServerId(id);
        QVERIFY(strip.summary().startsWith(QStringLiteral("Stopped")));
        QString error;
        QVERIFY(pool.start(id, &error));
        for (int i = 0; i < 10; ++i)
            QCOMPARE(guitest::get(pool.url(id) + QStringLiteral("/health")).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(strip.summary().contains(QStringLiteral("p50 <")), 3000);
        QVERIFY(strip.summary().contains(QStringLiteral("engine errors 0.0 %")));
        QVERIFY(!strip.grab().isNull()); // paints without a display
    }

    void duplicateAndRemoveServersAreUndoable() {
        QTemporaryDir dir;
        ProjectDocument document;
        ServerPool pool(&document);
        ServerListPanel panel(&document, &pool);
        QVERIFY(document.load(guitest::copyDemo(dir)).isEmpty());
        panel.selectServer(document.serverId(0));
        QVERIFY(!panel.removeAction()->isEnabled()); // a project needs one server
        panel.duplicateAction()->trigger();
        QCOMPARE(document.serverCount(), 2);
        QCOMPARE(document.project().servers[1].name, QStringLiteral("web-copy"));
        QCOMPARE(panel.currentServerId(), document.serverId(1));
        panel.addAction()->trigger();
        QCOMPARE(document.serverCount(), 3);
        QVERIFY(panel.removeAction()->isEnabled());
        panel.removeAction()->trigger();
        QCOMPARE(document.serverCount(), 2);
        document.undoStack()->undo();
        document.undoStack()->undo();
        document.undoStack()->undo();
        QCOMPARE(document.serverCount(), 1);
        QVERIFY(!document.isModified());
    }
};

QTEST_MAIN(TestServerModels)
#include "tst_servermodels.moc"
