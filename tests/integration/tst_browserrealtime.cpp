#include "project/projectreader.h"
#include "realtime/ssehub.h"
#include "server/serverinstance.h"
#include "sessions/sessiondatabase.h"
#include "webdriverclient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace yard;
using test::WebDriverClient;

// The demo's chat page in a real browser (headless Chromium through chromedriver): its
// WebSocket joins a room and chats, its EventSource receives events published from the page and
// from the server's own API.
class TestBrowserRealtime : public QObject {
    Q_OBJECT

private:
    // Polls the element's text until it contains `expected`.
    static bool waitForText(WebDriverClient &browser, const QString &selector,
                            const QString &expected, QString *seen) {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 15000) {
            *seen = browser.text(browser.find(selector));
            if (seen->contains(expected))
                return true;
            QTest::qWait(50);
        }
        return false;
    }

private Q_SLOTS:
    void chatAndEventsInChromium() {
        if (WebDriverClient::chromedriverPath().isEmpty() ||
            WebDriverClient::chromiumPath().isEmpty())
            QSKIP("chromium and chromium-driver are not installed (scripts/deps.sh test installs "
                  "them)");
        const QString demoDir = QStringLiteral(YARD_SOURCE_DIR "/resources/demo");
        QFile file(demoDir + QStringLiteral("/demo.yard.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto read = project::ProjectReader::read(file.readAll(), demoDir);
        QVERIFY(read.project);
        project::ServerConfig config = read.project->servers.first();
        config.port = 0;
        QTemporaryDir data;
        QString error;
        const auto database = sessions::SessionDatabase::open(data.path(), &error);
        QVERIFY2(database, qPrintable(error));
        server::ServerInstance web(config, demoDir);
        web.setSessionDatabase(database);
        QVERIFY2(web.start(&error), qPrintable(error));
        const auto events = web.sseHub(QStringLiteral("/events/*"));
        QVERIFY(events);

        WebDriverClient browser;
        QVERIFY2(browser.start(&error), qPrintable(error));
        QVERIFY(browser.navigate(web.url() + QStringLiteral("/chat.html")));

        // The page's EventSource is open once the hub counts its reader.
        QElapsedTimer timer;
        timer.start();
        auto readers = [&] {
            for (const auto &channel : events->channels()) {
                if (channel.name == u"demo")
                    return channel.readers;
            }
            return 0;
        };
        while (readers() != 1 && timer.elapsed() < 15000)
            QTest::qWait(20);
        QCOMPARE(readers(), 1);

        QString seen;
        QVERIFY(events->publish(QStringLiteral("demo"), {}, "from the server").accepted);
        QVERIFY2(waitForText(browser, QStringLiteral("#events"),
                             QStringLiteral("1: from the server"), &seen),
                 qPrintable(seen));
        QVERIFY(browser.type(browser.find(QStringLiteral("#event-text")),
                             QStringLiteral("from the page")));
        QVERIFY(browser.click(browser.find(QStringLiteral("#publish button"))));
        QVERIFY2(waitForText(browser, QStringLiteral("#events"), QStringLiteral("2: from the page"),
                             &seen),
                 qPrintable(seen));

        QVERIFY(browser.click(browser.find(QStringLiteral("#join button"))));
        QVERIFY2(waitForText(browser, QStringLiteral("#log"), QStringLiteral("\"joined\""), &seen),
                 qPrintable(seen));
        QVERIFY(browser.type(browser.find(QStringLiteral("#text")), QStringLiteral("hi all")));
        QVERIFY(browser.click(browser.find(QStringLiteral("#send button"))));
        QVERIFY2(waitForText(browser, QStringLiteral("#log"), QStringLiteral("\"text\":\"hi all\""),
                             &seen),
                 qPrintable(seen));
        QVERIFY(seen.contains(QStringLiteral("\"user\":\"guest\"")));
    }
};

QTEST_GUILESS_MAIN(TestBrowserRealtime)
#include "tst_browserrealtime.moc"
