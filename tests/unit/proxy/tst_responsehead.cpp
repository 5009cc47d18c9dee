#include "proxy/responsehead.h"

#include <QTest>

using yard::proxy::BodyFraming;
using yard::proxy::ResponseHead;

Q_DECLARE_METATYPE(BodyFraming)

// The proxy's parser for upstream response heads: what it accepts, how it frames the body, and
// what it refuses (a proxy passes on only what it understood, RFC 9112 §5-6).
class TestResponseHead : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void framing_data() {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<int>("status");
        QTest::addColumn<BodyFraming>("framing");
        QTest::addColumn<qint64>("length");
        QTest::addColumn<bool>("closes");
        const QByteArray get = "GET";
        QTest::newRow("content-length")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n") << get << 200
            << BodyFraming::Length << 5LL << false;
        QTest::newRow("equal content-length list")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5, 5\r\n\r\n") << get << 200
            << BodyFraming::Length << 5LL << false;
        QTest::newRow("chunked") << QByteArray(
                                        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
                                 << get << 200 << BodyFraming::Chunked << -1LL << false;
        QTest::newRow("chunked wins over content-length")
            << QByteArray(
                   "HTTP/1.1 200 OK\r\nContent-Length: 9\r\nTransfer-Encoding: chunked\r\n\r\n")
            << get << 200 << BodyFraming::Chunked << 9LL << false;
        QTest::newRow("gzip, chunked")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n") << get
            << 200 << BodyFraming::Chunked << -1LL << false;
        QTest::newRow("chunked not last: until close")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked, gzip\r\n\r\n") << get
            << 200 << BodyFraming::UntilClose << -2LL << false;
        QTest::newRow("no length: until close") << QByteArray("HTTP/1.1 200 OK\r\n\r\n") << get
                                                << 200 << BodyFraming::UntilClose << -1LL << false;
        QTest::newRow("HEAD has no body")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n") << QByteArray("HEAD")
            << 200 << BodyFraming::None << 5LL << false;
        QTest::newRow("204 has no body") << QByteArray("HTTP/1.1 204 No Content\r\n\r\n") << get
                                         << 204 << BodyFraming::None << -1LL << false;
        QTest::newRow("304 has no body")
            << QByteArray("HTTP/1.1 304 Not Modified\r\nContent-Length: 7\r\n\r\n") << get << 304
            << BodyFraming::None << 7LL << false;
        QTest::newRow("empty reason, LF only") << QByteArray("HTTP/1.1 404\nContent-Length: 0\n\n")
                                               << get << 404 << BodyFraming::None << 0LL << false;
        QTest::newRow("Connection: close")
            << QByteArray("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 1\r\n\r\n")
            << get << 200 << BodyFraming::Length << 1LL << true;
        QTest::newRow("HTTP/1.0 closes")
            << QByteArray("HTTP/1.0 200 OK\r\nContent-Length: 1\r\n\r\n") << get << 200
            << BodyFraming::Length << 1LL << true;
        QTest::newRow("HTTP/1.0 keep-alive")
            << QByteArray("HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 1\r\n\r\n")
            << get << 200 << BodyFraming::Length << 1LL << false;
    }
    void framing() {
        QFETCH(QByteArray, head);
        QFETCH(QByteArray, method);
        // Fed one byte at a time: the blank line may straddle reads.
        ResponseHead parsed;
        ResponseHead::Result result = ResponseHead::Result::NeedMore;
        qsizetype consumed = 0;
        for (qsizetype i = 0; i < head.size() && result == ResponseHead::Result::NeedMore; ++i) {
            result = parsed.feed(head.constData() + i, 1, consumed);
            QCOMPARE(consumed, 1);
        }
        QCOMPARE(result, ResponseHead::Result::Done);
        QTEST(parsed.status(), "status");
        QTEST(parsed.framing(method), "framing");
        QTEST(parsed.contentLength(), "length");
        QTEST(parsed.closes(), "closes");
    }

    void bodyBytesAfterTheHeadAreLeft() {
        const QByteArray bytes = "HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nbody";
        ResponseHead head;
        qsizetype consumed = 0;
        QCOMPARE(head.feed(bytes.constData(), bytes.size(), consumed), ResponseHead::Result::Done);
        QCOMPARE(bytes.sliced(consumed), QByteArray("body"));
    }

    void refuses_data() {
        QTest::addColumn<QByteArray>("head");
        QTest::newRow("not HTTP") << QByteArray("SSH-2.0-OpenSSH\r\n\r\n");
        QTest::newRow("HTTP/2 status line") << QByteArray("HTTP/2 200 OK\r\n\r\n");
        QTest::newRow("two-digit status") << QByteArray("HTTP/1.1 20 OK\r\n\r\n");
        QTest::newRow("conflicting lengths")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n");
        QTest::newRow("negative length")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n");
        QTest::newRow("obsolete folding") << QByteArray("HTTP/1.1 200 OK\r\nX-A: 1\r\n 2\r\n\r\n");
        QTest::newRow("space before colon") << QByteArray("HTTP/1.1 200 OK\r\nX-A : 1\r\n\r\n");
        QTest::newRow("no colon") << QByteArray("HTTP/1.1 200 OK\r\nX-A\r\n\r\n");
        QTest::newRow("NUL in a value") << QByteArray("HTTP/1.1 200 OK\r\nX-A: a\0b\r\n\r\n", 33);
    }
    void refuses() {
        QFETCH(QByteArray, head);
        ResponseHead parsed;
        qsizetype consumed = 0;
        QCOMPARE(parsed.feed(head.constData(), head.size(), consumed), ResponseHead::Result::Error);
        QVERIFY(parsed.error() != nullptr);
    }

    void refusesHugeHeads() {
        ResponseHead head;
        const QByteArray start = "HTTP/1.1 200 OK\r\nX-Big: " + QByteArray(70'000, 'a');
        qsizetype consumed = 0;
        QCOMPARE(head.feed(start.constData(), start.size(), consumed), ResponseHead::Result::Error);
    }

    // RFC 9110 §7.6.1: the fixed list and whatever Connection names.
    void marksHopByHopFields() {
        const QByteArray bytes = "HTTP/1.1 200 OK\r\nConnection: X-Trace, close\r\nX-Trace: 1\r\n"
                                 "Keep-Alive: timeout=5\r\nX-Kept: 2\r\nContent-Length: 0\r\n\r\n";
        ResponseHead head;
        qsizetype consumed = 0;
        QCOMPARE(head.feed(bytes.constData(), bytes.size(), consumed), ResponseHead::Result::Done);
        QStringList passed;
        for (qsizetype i = 0; i < head.fieldCount(); ++i) {
            if (!head.isHopByHop(i))
                passed << QString::fromLatin1(head.field(i).name);
        }
        QCOMPARE(passed, QStringList{QStringLiteral("X-Kept")});
    }
};

QTEST_GUILESS_MAIN(TestResponseHead)
#include "tst_responsehead.moc"
