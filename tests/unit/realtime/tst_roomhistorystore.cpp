#include "realtime/roomhistorystore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using yard::realtime::RoomHistoryStore;

// The chat history's file: what a restarted server reads back.
class TestRoomHistoryStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(QStringLiteral("rooms.sqlite")); }

    std::shared_ptr<RoomHistoryStore> open() {
        QString error;
        auto store = RoomHistoryStore::open(path(), &error);
        if (!store)
            qWarning("%s", qPrintable(error));
        return store;
    }

    static QByteArray payload(quint64 id) { return "{\"id\":" + QByteArray::number(id) + '}'; }

    static void append(RoomHistoryStore &store, const QString &route, const QString &room,
                       quint64 from, quint64 to, int keep) {
        for (quint64 id = from; id <= to; ++id)
            store.append(QStringLiteral("web"), route, room, id, 1000 + qint64(id), payload(id),
                         keep);
    }

private Q_SLOTS:
    void init() { QFile::remove(path()); }

    void keepsTheNewestPerRoomAndTheLastIdAfterReopening() {
        {
            auto store = open();
            QVERIFY(store);
            append(*store, QStringLiteral("/chat"), QStringLiteral("a"), 1, 10, 3);
            append(*store, QStringLiteral("/chat"), QStringLiteral("b"), 1, 2, 3);
            append(*store, QStringLiteral("/other"), QStringLiteral("a"), 1, 1, 3);
        } // the destructor commits what is queued
        auto store = open();
        QVERIFY(store);
        const auto rooms = store->load(QStringLiteral("web"), QStringLiteral("/chat"), 3);
        QCOMPARE(rooms.size(), 2);
        QCOMPARE(rooms[QStringLiteral("a")].lastId, 10u);
        QCOMPARE(rooms[QStringLiteral("a")].history.size(), 3);
        QCOMPARE(rooms[QStringLiteral("a")].history.first().id, 8u); // oldest first
        QCOMPARE(rooms[QStringLiteral("a")].history.last().payload, payload(10));
        QCOMPARE(rooms[QStringLiteral("b")].history.size(), 2);
        QVERIFY(store->load(QStringLiteral("other-server"), QStringLiteral("/chat"), 3).isEmpty());
    }

    void loadSeesWhatWasJustAppended() {
        auto store = open();
        QVERIFY(store);
        append(*store, QStringLiteral("/chat"), QStringLiteral("a"), 1, 4, 10);
        const auto rooms = store->load(QStringLiteral("web"), QStringLiteral("/chat"), 2);
        QCOMPARE(rooms[QStringLiteral("a")].history.size(), 2); // load asks for two
        QCOMPARE(rooms[QStringLiteral("a")].lastId, 4u);
    }

    void historySizeZeroKeepsOnlyTheId() {
        auto store = open();
        QVERIFY(store);
        append(*store, QStringLiteral("/chat"), QStringLiteral("a"), 1, 5, 0);
        const auto rooms = store->load(QStringLiteral("web"), QStringLiteral("/chat"), 10);
        QCOMPARE(rooms[QStringLiteral("a")].lastId, 5u);
        QVERIFY(rooms[QStringLiteral("a")].history.isEmpty());
    }

    void trimLowersEveryRoomOfTheRoute() {
        auto store = open();
        QVERIFY(store);
        append(*store, QStringLiteral("/chat"), QStringLiteral("a"), 1, 6, 10);
        append(*store, QStringLiteral("/chat"), QStringLiteral("b"), 1, 4, 10);
        store->trim(QStringLiteral("web"), QStringLiteral("/chat"), 2);
        const auto rooms = store->load(QStringLiteral("web"), QStringLiteral("/chat"), 10);
        QCOMPARE(rooms[QStringLiteral("a")].history.size(), 2);
        QCOMPARE(rooms[QStringLiteral("a")].history.first().id, 5u);
        QCOMPARE(rooms[QStringLiteral("b")].history.size(), 2);
        QCOMPARE(rooms[QStringLiteral("b")].lastId, 4u);
    }

    void aFileThatCannotBeOpenedIsReportedNotFatal() {
        QString error;
        const QString folder = m_dir.filePath(QStringLiteral("a-folder"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(!RoomHistoryStore::open(folder, &error)); // a folder is not a database
        QVERIFY2(error.contains(folder), qPrintable(error));
        const QString missing = m_dir.filePath(QStringLiteral("missing/rooms.sqlite"));
        QVERIFY(!RoomHistoryStore::open(missing, &error));
        QVERIFY2(error.contains(missing), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestRoomHistoryStore)
#include "tst_roomhistorystore.moc"
