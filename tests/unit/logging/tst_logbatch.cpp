#include "logging/logbatch.h"

#include <QTest>

using yard::logging::LogBatch;
using yard::logging::RequestRecordView;

// The worker-side encoding: what append() writes, Reader gives back, field by field.
class TestLogBatch : public QObject {
    Q_OBJECT

private:
    struct Decoded {
        RequestRecordView record;
        quint8 truncated = 0;
    };

    static QList<Decoded> decodeAll(const QByteArray &bytes, bool *failed = nullptr) {
        QList<Decoded> out;
        LogBatch::Reader reader(bytes);
        Decoded decoded;
        while (reader.next(decoded.record, decoded.truncated))
            out.append(decoded);
        if (failed)
            *failed = reader.failed();
        return out;
    }

    static RequestRecordView sample() {
        RequestRecordView record;
        record.startMs = 1'700'000'000'123;
        record.method = "POST";
        record.target = "/api/items?id=7&q=a%20b";
        record.route = 3;
        record.status = 201;
        record.durationUs = 1234;
        record.bytesIn = 456;
        record.bytesOut = 789;
        record.remote = "127.0.0.1:50123";
        record.userAgent = "curl/7.88.1";
        record.session = "s3ss10n";
        record.connection = (quint64(1) << 40) + 7; // all 64 bits travel
        record.ownsEvents = true;
        return record;
    }

private Q_SLOTS:
    void roundTripFieldByField() {
        LogBatch batch;
        batch.append(sample());
        QCOMPARE(batch.count(), 1);
        const QByteArray bytes = batch.take();
        const QList<Decoded> records = decodeAll(bytes);
        QCOMPARE(records.size(), 1);
        const RequestRecordView &got = records.front().record;
        const RequestRecordView want = sample();
        QCOMPARE(got.startMs, want.startMs);
        QCOMPARE(got.method, want.method);
        QCOMPARE(got.target, want.target);
        QCOMPARE(got.route, want.route);
        QCOMPARE(got.status, want.status);
        QCOMPARE(got.durationUs, want.durationUs);
        QCOMPARE(got.bytesIn, want.bytesIn);
        QCOMPARE(got.bytesOut, want.bytesOut);
        QCOMPARE(got.remote, want.remote);
        QCOMPARE(got.userAgent, want.userAgent);
        QCOMPARE(got.session, want.session);
        QCOMPARE(got.connection, want.connection);
        QCOMPARE(got.ownsEvents, true);
        QCOMPARE(records.front().truncated, quint8(0));
    }

    void ordinaryRecordOwnsNoEvents() {
        LogBatch batch;
        RequestRecordView record = sample();
        record.ownsEvents = false;
        batch.append(record);
        batch.append(sample());
        const QList<Decoded> records = decodeAll(batch.take());
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0).record.ownsEvents, false);
        QCOMPARE(records.at(1).record.ownsEvents, true);
    }

    void emptyFields() {
        LogBatch batch;
        batch.append(RequestRecordView{});
        const QList<Decoded> records = decodeAll(batch.take());
        QCOMPARE(records.size(), 1);
        QVERIFY(records.front().record.method.isEmpty());
        QVERIFY(records.front().record.target.isEmpty());
        QVERIFY(records.front().record.session.isEmpty());
        QCOMPARE(records.front().record.route, -1);
        QCOMPARE(records.front().truncated, quint8(0));
    }

    void truncation_data() {
        QTest::addColumn<int>("field"); // 0 method, 1 target, 2 remote, 3 user agent, 4 session
        QTest::addColumn<int>("length");
        QTest::addColumn<int>("expectedLength");
        QTest::addColumn<int>("expectedMask");
        const int caps[] = {LogBatch::MethodCap, LogBatch::TargetCap, LogBatch::RemoteCap,
                            LogBatch::UserAgentCap, LogBatch::SessionCap};
        const char *names[] = {"method", "target", "remote", "user-agent", "session"};
        for (int field = 0; field < 5; ++field) {
            const int cap = caps[field];
            QTest::addRow("%s-at-cap", names[field]) << field << cap << cap << 0;
            QTest::addRow("%s-over-cap", names[field]) << field << cap + 1 << cap << (1 << field);
            QTest::addRow("%s-far-over", names[field]) << field << 70'000 << cap << (1 << field);
        }
    }

    void truncation() {
        QFETCH(int, field);
        QFETCH(int, length);
        QFETCH(int, expectedLength);
        QFETCH(int, expectedMask);
        const QByteArray text(length, 'x');
        RequestRecordView record = sample();
        QByteArrayView *fields[] = {&record.method, &record.target, &record.remote,
                                    &record.userAgent, &record.session};
        *fields[field] = text;
        LogBatch batch;
        batch.append(record);
        QList<Decoded> records = decodeAll(batch.take());
        QCOMPARE(records.size(), 1);
        QByteArrayView *decodedFields[] = {&records[0].record.method, &records[0].record.target,
                                           &records[0].record.remote, &records[0].record.userAgent,
                                           &records[0].record.session};
        QCOMPARE(decodedFields[field]->size(), expectedLength);
        QCOMPARE(int(records.front().truncated), expectedMask);
        QCOMPARE(records.front().record.status, 201); // the fields after it are intact
    }

    void manyRecords() {
        LogBatch batch;
        QList<QByteArray> targets;
        for (int i = 0; i < 10'000; ++i)
            targets.append("/item/" + QByteArray::number(i) + QByteArray(i % 50, 'p'));
        for (int i = 0; i < targets.size(); ++i) {
            RequestRecordView record = sample();
            record.target = targets.at(i);
            record.status = 100 + i % 500;
            record.startMs = i;
            batch.append(record);
        }
        QCOMPARE(batch.count(), 10'000);
        bool failed = true;
        const QByteArray bytes = batch.take();
        const QList<Decoded> records = decodeAll(bytes, &failed);
        QVERIFY(!failed);
        QCOMPARE(records.size(), 10'000);
        for (int i = 0; i < records.size(); ++i) {
            QCOMPARE(records.at(i).record.target, targets.at(i));
            QCOMPARE(records.at(i).record.status, 100 + i % 500);
            QCOMPARE(records.at(i).record.startMs, qint64(i));
        }
    }

    void takeLeavesAnEmptyBatchThatKeepsWorking() {
        LogBatch batch;
        for (int round = 0; round < 5; ++round) {
            for (int i = 0; i <= round; ++i)
                batch.append(sample());
            QCOMPARE(batch.count(), round + 1);
            QVERIFY(batch.byteSize() > 0);
            const QByteArray bytes = batch.take();
            QCOMPARE(batch.count(), 0);
            QCOMPARE(batch.byteSize(), 0);
            QVERIFY(batch.isEmpty());
            QCOMPARE(decodeAll(bytes).size(), round + 1);
        }
        QVERIFY(batch.take().isEmpty()); // taking an empty batch is harmless
    }

    void malformedBytesFail() {
        LogBatch batch;
        batch.append(sample());
        batch.append(sample());
        QByteArray bytes = batch.take();
        bytes.chop(3);
        bool failed = false;
        QCOMPARE(decodeAll(bytes, &failed).size(), 1);
        QVERIFY(failed);
        QCOMPARE(decodeAll(QByteArray(10, '\0'), &failed).size(), 0);
        QVERIFY(failed);
    }
};

QTEST_APPLESS_MAIN(TestLogBatch)
#include "tst_logbatch.moc"
