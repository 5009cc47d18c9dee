#include "sessions/sessionstore.h"

#include <QTest>

using namespace yard::sessions;

namespace {
// Keeps what the store hands to its journal, in order.
class RecordingJournal final : public SessionJournal {
public:
    void record(SessionChange change) override { changes.append(std::move(change)); }
    QList<SessionChange> changes;
};
} // namespace

class TestSessionStore : public QObject {
    Q_OBJECT

private:
    qint64 m_now = 1'000'000;
    RecordingJournal m_journal;
    std::unique_ptr<SessionStore> m_store;

private Q_SLOTS:
    void init() {
        m_now = 1'000'000;
        m_journal.changes.clear();
        m_store = std::make_unique<SessionStore>(QStringLiteral("web"), &m_journal,
                                                 [this] { return m_now; });
    }

    void createdSessionIsFound() {
        const QByteArray id =
            m_store->create(QStringLiteral("alice"), QStringLiteral("1.2.3.4"), 5000);
        const auto found = m_store->find(id);
        QVERIFY(found);
        QCOMPARE(found->user, QByteArray("alice"));
        QCOMPARE(found->handle.size(), 16);
        QVERIFY(!id.contains(found->handle)); // the handle is not a piece of the id
        QVERIFY(!m_store->find(QByteArray(id + 'x')));
        QCOMPARE(m_journal.changes.size(), 1);
        QCOMPARE(m_journal.changes[0].kind, SessionChange::Kind::Save);
        QCOMPARE(m_journal.changes[0].key, SessionStore::keyOf(id)); // never the id itself
        QCOMPARE(m_journal.changes[0].info.client, QStringLiteral("1.2.3.4"));
    }

    void expiredSessionIsRejectedAndRemoved() {
        const QByteArray id = m_store->create(QStringLiteral("alice"), QString(), 5000);
        m_now += 4999;
        QVERIFY(m_store->find(id));
        m_now += 1;
        QVERIFY(!m_store->find(id));
        QCOMPARE(m_store->size(), 0);
        QCOMPARE(m_journal.changes.last().kind, SessionChange::Kind::Remove);
    }

    void rollingSessionMovesItsExpiry() {
        const QByteArray id = m_store->create(QStringLiteral("alice"), QString(), 5000);
        for (int i = 0; i < 5; ++i) {
            m_now += 4000;
            QVERIFY(m_store->find(id, 5000));
        }
        m_now += 4000;
        QVERIFY(m_store->find(id)); // a plain lookup does not roll: still the last expiry
        m_now += 1000;
        QVERIFY(!m_store->find(id));
    }

    void sweepRemovesOnlyExpired() {
        m_store->create(QStringLiteral("a"), QString(), 1000);
        m_store->create(QStringLiteral("b"), QString(), 1000);
        const QByteArray keep = m_store->create(QStringLiteral("c"), QString(), 10000);
        m_now += 2000;
        QCOMPARE(m_store->sweep(), 2);
        QCOMPARE(m_store->size(), 1);
        QVERIFY(m_store->find(keep));
        QCOMPARE(m_store->sweep(), 0);
    }

    void revokeByHandleAndAll() {
        const QByteArray a = m_store->create(QStringLiteral("a"), QString(), 10000);
        const QByteArray b = m_store->create(QStringLiteral("b"), QString(), 10000);
        const QList<SessionInfo> listed = m_store->list();
        QCOMPARE(listed.size(), 2);
        const QByteArray handleA = m_store->find(a)->handle;
        QVERIFY(m_store->revoke(handleA));
        QVERIFY(!m_store->revoke(handleA));
        QVERIFY(!m_store->find(a));
        QVERIFY(m_store->find(b));
        m_store->create(QStringLiteral("c"), QString(), 10000);
        QCOMPARE(m_store->revokeAll(), 2);
        QVERIFY(!m_store->find(b));
        QCOMPARE(m_journal.changes.last().kind, SessionChange::Kind::RemoveAll);
    }

    void revokeUserEndsOnlyTheirs() {
        const QByteArray a1 = m_store->create(QStringLiteral("a"), QString(), 10000);
        const QByteArray a2 = m_store->create(QStringLiteral("a"), QString(), 10000);
        const QByteArray b = m_store->create(QStringLiteral("b"), QString(), 10000);
        QCOMPARE(m_store->revokeUser(QStringLiteral("a")), 2);
        QVERIFY(!m_store->find(a1) && !m_store->find(a2));
        QVERIFY(m_store->find(b));
    }

    void touchIsWrittenBehindAtMostOncePerInterval() {
        const QByteArray id = m_store->create(QStringLiteral("a"), QString(), 1'000'000);
        for (int i = 0; i < 100; ++i) {
            m_now += 1000;
            QVERIFY(m_store->find(id));
        }
        qsizetype touches = 0;
        for (const SessionChange &change : m_journal.changes)
            touches += change.kind == SessionChange::Kind::Touch ? 1 : 0;
        QCOMPARE(touches, 100'000 / SessionStore::TouchPersistIntervalMs);
    }

    void restoredSessionIsFound() {
        const QByteArray id = m_store->create(QStringLiteral("a"), QString(), 10000);
        SessionStore other(QStringLiteral("web"), nullptr, [this] { return m_now; });
        const SessionChange saved = m_journal.changes.first();
        other.restore(saved.key, saved.info);
        QCOMPARE(other.find(id)->user, QByteArray("a"));
    }
};

QTEST_GUILESS_MAIN(TestSessionStore)
#include "tst_sessionstore.moc"
