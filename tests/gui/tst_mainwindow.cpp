#include "mainwindow/mainwindow.h"

#include <QLabel>
#include <QListWidget>
#include <QTest>
#include <QTreeWidget>

using yard::ui::MainWindow;

// The window shell, driven through objectNames as a user would see it. With
// YARD_SCREENSHOT_DIR set, also saves what it shows (docs/screenshots).
class TestMainWindow : public QObject {
    Q_OBJECT

private:
    static void screenshot(QWidget &window, const char *name) {
        const QByteArray dir = qgetenv("YARD_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(window.grab().save(QString::fromLocal8Bit(dir) + u'/' + QLatin1String(name)));
    }

private Q_SLOTS:
    void emptyStateTeaches() {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *servers = window.findChild<QListWidget *>(QStringLiteral("serverList"));
        QVERIFY(servers);
        QCOMPARE(servers->count(), 0);
        screenshot(window, "main-window-empty.png");
    }

    void demoProjectListsServersAndRoutes() {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(
            window.openProject(QStringLiteral(YARD_SOURCE_DIR "/resources/demo/demo.yard.json")));
        auto *servers = window.findChild<QListWidget *>(QStringLiteral("serverList"));
        QCOMPARE(servers->count(), 1);
        auto *routes = window.findChild<QTreeWidget *>(QStringLiteral("routeList"));
        QVERIFY(routes);
        QCOMPARE(routes->topLevelItemCount(), int(window.project().servers[0].routes.size()));
        QCOMPARE(routes->topLevelItem(0)->text(1), QStringLiteral("/health"));
        auto *header = window.findChild<QLabel *>(QStringLiteral("serverHeader"));
        QVERIFY(header->text().contains(QStringLiteral("http://127.0.0.1:8080")));
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("demo.yard.json")));
        screenshot(window, "main-window-demo.png");
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
