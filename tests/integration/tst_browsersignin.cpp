#include "sessionserver.h"
#include "webdriverclient.h"

#include <QTest>

using namespace yard;
using test::SessionServer;
using test::WebDriverClient;

// The whole sign-in as a user lives it, in a real browser (headless Chromium through
// chromedriver's W3C WebDriver API): /dashboard -> /login -> sign in -> /dashboard -> sign out.
class TestBrowserSignIn : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void signInAndOutInChromium() {
        if (WebDriverClient::chromedriverPath().isEmpty() ||
            WebDriverClient::chromiumPath().isEmpty())
            QSKIP("chromium and chromium-driver are not installed (scripts/deps.sh test installs "
                  "them)");
        QTemporaryDir dir;
        SessionServer web(dir.path());
        QVERIFY(web.isRunning());
        QString error;
        QVERIFY(
            web.database->addUser(QStringLiteral("alice"), QStringLiteral("wonder land"), &error));
        const QString origin = web.server->url();

        WebDriverClient browser;
        QVERIFY2(browser.start(&error), qPrintable(error));

        QVERIFY(browser.navigate(origin + QStringLiteral("/dashboard")));
        QCOMPARE(browser.currentUrl(), origin + QStringLiteral("/login?next=%2Fdashboard"));

        const QString user = browser.find(QStringLiteral("#username"));
        const QString password = browser.find(QStringLiteral("#password"));
        const QString submit = browser.find(QStringLiteral("button[type=submit]"));
        QVERIFY(!user.isEmpty() && !password.isEmpty() && !submit.isEmpty());
        QVERIFY(browser.type(user, QStringLiteral("alice")));
        QVERIFY(browser.type(password, QStringLiteral("wonder land")));
        QVERIFY(browser.click(submit));

        QVERIFY2(browser.waitForUrl([&](const QString &url) {
            return url == origin + QStringLiteral("/dashboard");
        }),
                 qPrintable(browser.currentUrl()));
        QCOMPARE(browser.text(browser.find(QStringLiteral("#hello"))),
                 QStringLiteral("Hello alice"));
        QCOMPARE(web.database->sessions(QStringLiteral("web")).size(), 1);

        QVERIFY(browser.click(browser.find(QStringLiteral("#logout"))));
        QVERIFY2(browser.waitForUrl(
                     [&](const QString &url) { return url == origin + QStringLiteral("/login"); }),
                 qPrintable(browser.currentUrl()));
        QVERIFY(web.database->sessions(QStringLiteral("web")).isEmpty());
        // Signed out for real: the dashboard sends the browser back to the sign-in page.
        QVERIFY(browser.navigate(origin + QStringLiteral("/dashboard")));
        QCOMPARE(browser.currentUrl(), origin + QStringLiteral("/login?next=%2Fdashboard"));
    }
};

QTEST_GUILESS_MAIN(TestBrowserSignIn)
#include "tst_browsersignin.moc"
