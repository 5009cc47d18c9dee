#include "realtime/sseformat.h"

#include <QTest>

using namespace yard::realtime;

// The text/event-stream encoding: what an EventSource reads back must be what was published.
class TestSseFormat : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void encodesEvents_data() {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QByteArray>("wire");
        QTest::newRow("named") << QByteArray("tick") << QByteArray("{\"n\":1}")
                               << QByteArray("id: 7\nevent: tick\ndata: {\"n\":1}\n\n");
        QTest::newRow("default type")
            << QByteArray() << QByteArray("hi") << QByteArray("id: 7\ndata: hi\n\n");
        QTest::newRow("LF lines") << QByteArray() << QByteArray("a\nb")
                                  << QByteArray("id: 7\ndata: a\ndata: b\n\n");
        QTest::newRow("CR LF and CR lines") << QByteArray() << QByteArray("a\r\nb\rc")
                                            << QByteArray("id: 7\ndata: a\ndata: b\ndata: c\n\n");
        QTest::newRow("trailing newline keeps an empty last line")
            << QByteArray() << QByteArray("a\n") << QByteArray("id: 7\ndata: a\ndata: \n\n");
        QTest::newRow("empty data")
            << QByteArray() << QByteArray() << QByteArray("id: 7\ndata: \n\n");
        QTest::newRow("leading space survives the reader's strip")
            << QByteArray() << QByteArray(" x") << QByteArray("id: 7\ndata:  x\n\n");
    }
    void encodesEvents() {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, data);
        QFETCH(QByteArray, wire);
        QCOMPARE(SseFormat::event(7, name, data), wire);
    }

    void eventNames_data() {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("word") << QByteArray("user-joined") << true;
        QTest::newRow("empty: the default type") << QByteArray() << true;
        QTest::newRow("UTF-8") << QByteArray("caf\xc3\xa9") << true;
        QTest::newRow("LF") << QByteArray("a\nb") << false;
        QTest::newRow("CR") << QByteArray("a\rb") << false;
        QTest::newRow("NUL") << QByteArray("a\0b", 3) << false;
        QTest::newRow("bad UTF-8") << QByteArray("\xff") << false;
        QTest::newRow("65 bytes") << QByteArray(65, 'e') << false;
    }
    void eventNames() {
        QFETCH(QByteArray, name);
        QFETCH(bool, valid);
        QCOMPARE(SseFormat::isEventName(name), valid);
    }

    void eventIds_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("id"); // -1: not one of ours
        QTest::newRow("number") << QByteArray("42") << qint64(42);
        QTest::newRow("spaces") << QByteArray(" 42 ") << qint64(42);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("empty") << QByteArray() << qint64(-1);
        QTest::newRow("negative") << QByteArray("-1") << qint64(-1);
        QTest::newRow("word") << QByteArray("abc") << qint64(-1);
        QTest::newRow("too big") << QByteArray("99999999999999999999999") << qint64(-1);
    }
    void eventIds() {
        QFETCH(QByteArray, text);
        QFETCH(qint64, id);
        const auto parsed = SseFormat::parseEventId(text);
        QCOMPARE(parsed.has_value(), id >= 0);
        if (parsed)
            QCOMPARE(qint64(*parsed), id);
    }

    void aMessageToOneReaderHasNoId() {
        QCOMPARE(SseFormat::event(0, "note", "hi"), QByteArray("event: note\ndata: hi\n\n"));
    }

    void framing() {
        QCOMPARE(SseFormat::retry(2500), QByteArray("retry: 2500\n\n"));
        QVERIFY(SseFormat::heartbeat().startsWith(':'));
        QVERIFY(SseFormat::heartbeat().endsWith("\n\n"));
    }
};

QTEST_GUILESS_MAIN(TestSseFormat)
#include "tst_sseformat.moc"
