#include "logging/eventbatch.h"

#include <QTest>

using namespace yard::logging;

// Event records survive the worker-to-writer encoding field by field; previews are bounded, cut
// on a character boundary, and binary payloads shown as hex.
class TestEventBatch : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTripsEveryField() {
        EventBatch batch;
        EventRecordView in;
        in.tsMs = 1700000000123;
        in.connection = 513;
        in.type = EventRecordView::Type::Sse;
        in.direction = EventRecordView::Direction::Out;
        in.channel = "news";
        in.size = 5;
        in.payload = "hello";
        in.recipients = 42;
        batch.append(in);
        EventRecordView second;
        second.payload = "{\"type\":\"join\"}";
        second.size = second.payload.size();
        batch.append(second);
        QCOMPARE(batch.count(), 2);
        const QByteArray bytes = batch.take();
        QVERIFY(batch.isEmpty());

        EventBatch::Reader reader(bytes);
        EventRecordView out;
        QVERIFY(reader.next(out));
        QCOMPARE(out.tsMs, in.tsMs);
        QCOMPARE(out.connection, in.connection);
        QCOMPARE(out.type, EventRecordView::Type::Sse);
        QCOMPARE(out.direction, EventRecordView::Direction::Out);
        QCOMPARE(out.channel, QByteArrayView("news"));
        QCOMPARE(out.size, 5);
        QCOMPARE(out.payload, QByteArrayView("hello"));
        QCOMPARE(out.recipients, 42);
        QVERIFY(reader.next(out));
        QCOMPARE(out.type, EventRecordView::Type::WebSocket);
        QCOMPARE(out.direction, EventRecordView::Direction::In);
        QVERIFY(out.channel.isEmpty());
        QCOMPARE(out.recipients, -1);
        QVERIFY(!reader.next(out));
    }

    void previewsAreBounded() {
        // 1023 ASCII bytes, then a two-byte character across the 1 KiB cap: cut before it.
        const QByteArray text = QByteArray(1023, 'a') + "\xc3\xa9" + QByteArray(100, 'b');
        const QByteArray binary("\x00\xff\x10", 3);
        EventBatch batch;
        EventRecordView record;
        record.payload = text;
        record.size = text.size();
        batch.append(record);
        record.payload = binary;
        record.size = binary.size();
        batch.append(record);
        const QByteArray bytes = batch.take();
        EventBatch::Reader reader(bytes);
        EventRecordView out;
        QVERIFY(reader.next(out));
        QCOMPARE(out.payload.size(), 1023);
        QCOMPARE(out.size, text.size()); // the size is the payload's, not the preview's
        QVERIFY(reader.next(out));
        QCOMPARE(out.payload, QByteArrayView("00ff10"));
    }
};

QTEST_GUILESS_MAIN(TestEventBatch)
#include "tst_eventbatch.moc"
