#include "sessions/redirecttarget.h"

#include <QTest>

using namespace yard::sessions;

class TestRedirectTarget : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void onlySameOriginPathsAreSafe_data() {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<bool>("safe");
        QTest::addRow("root") << QByteArray("/") << true;
        QTest::addRow("page") << QByteArray("/dashboard") << true;
        QTest::addRow("page with query") << QByteArray("/dashboard?tab=1&x=/y") << true;
        QTest::addRow("encoded space") << QByteArray("/a%20b") << true;
        QTest::addRow("empty") << QByteArray() << false;
        QTest::addRow("relative") << QByteArray("dashboard") << false;
        QTest::addRow("scheme-relative") << QByteArray("//evil") << false;
        QTest::addRow("scheme-relative with path") << QByteArray("//evil.com/x") << false;
        QTest::addRow("absolute https") << QByteArray("https://evil") << false;
        QTest::addRow("absolute http") << QByteArray("http://evil/") << false;
        QTest::addRow("backslash") << QByteArray("/\\evil") << false;
        QTest::addRow("backslash later") << QByteArray("/a\\b") << false;
        QTest::addRow("double backslash") << QByteArray("\\\\evil") << false;
        QTest::addRow("encoded slashes") << QByteArray("%2F%2Fevil") << false;
        QTest::addRow("slash then encoded slash") << QByteArray("/%2Fevil") << false;
        QTest::addRow("encoded backslash") << QByteArray("/%5Cevil") << false;
        QTest::addRow("encoded backslash lower") << QByteArray("/%5cevil") << false;
        QTest::addRow("javascript") << QByteArray("javascript:alert(1)") << false;
        QTest::addRow("data") << QByteArray("data:text/html,x") << false;
        QTest::addRow("tab inside") << QByteArray("/\t/evil") << false;
        QTest::addRow("newline") << QByteArray("/a\r\nSet-Cookie: x=1") << false;
        QTest::addRow("encoded newline") << QByteArray("/a%0d%0aX: 1") << false;
    }

    void onlySameOriginPathsAreSafe() {
        QFETCH(QByteArray, target);
        QFETCH(bool, safe);
        QCOMPARE(redirecttarget::isSafe(target), safe);
        QCOMPARE(redirecttarget::orFallback(target, "/home"), safe ? target : QByteArray("/home"));
    }
};

QTEST_GUILESS_MAIN(TestRedirectTarget)
#include "tst_redirecttarget.moc"
