#include "sessions/cookiecodec.h"
#include "sessions/sessioncrypto.h"
#include "sessions/sessionstore.h"

#include <QSet>
#include <QTest>

using namespace yard::sessions;

class TestCookieCodec : public QObject {
    Q_OBJECT

private:
    const QByteArray m_key = QByteArray(32, 'k');

    QByteArray freshId() {
        SessionStore store(QStringLiteral("s"), nullptr);
        return store.create(QStringLiteral("u"), QString(), 1000);
    }

private Q_SLOTS:
    void idsAreLongAndDistinct() {
        QSet<QByteArray> seen;
        for (int i = 0; i < 1000; ++i) {
            const QByteArray id = freshId();
            QCOMPARE(crypto::fromBase64Url(id).size(), CookieCodec::IdBytes); // 256 bits
            QVERIFY(!seen.contains(id));
            seen.insert(id);
        }
    }

    void signedValueDecodesToItsId() {
        const CookieCodec codec(m_key);
        const QByteArray id = freshId();
        const QByteArray value = codec.encode(id);
        QVERIFY(value.startsWith(QByteArray(id + '.')));
        QCOMPARE(codec.decode(value).value_or(QByteArray()), id);
    }

    void tamperedValueIsRejected_data() {
        QTest::addColumn<int>("position");
        QTest::addRow("first id character") << 0;
        QTest::addRow("last id character") << 42;
        QTest::addRow("first signature character") << 44;
        QTest::addRow("last signature character") << 86;
    }

    void tamperedValueIsRejected() {
        QFETCH(int, position);
        const CookieCodec codec(m_key);
        QByteArray value = codec.encode(freshId());
        value[position] = value[position] == 'A' ? 'B' : 'A';
        QVERIFY(!codec.decode(value));
    }

    // 32 bytes take 43 base64 characters; the last one carries 2 spare bits. A cookie whose
    // last character differs only there decodes to the same signature bytes, and must still be
    // refused: the signature is compared as text.
    void signatureSpareBitsAreNotIgnored() {
        static const QByteArray alphabet =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        const CookieCodec codec(m_key);
        QByteArray value = codec.encode(freshId());
        const qsizetype last = value.size() - 1;
        value[last] = alphabet[alphabet.indexOf(value[last]) ^ 1];
        QVERIFY(!codec.decode(value));
    }

    void otherKeyOrShapeIsRejected() {
        const QByteArray id = freshId();
        const QByteArray value = CookieCodec(QByteArray(32, 'x')).encode(id);
        const CookieCodec codec(m_key);
        QVERIFY(!codec.decode(value));
        QVERIFY(!codec.decode(id));
        QVERIFY(!codec.decode(""));
        QVERIFY(!codec.decode(QByteArray(codec.encode(id) + 'A')));
        QVERIFY(!codec.decode(codec.encode(id).chopped(1)));
        QVERIFY(!codec.decode(codec.encode("short")));
        QByteArray padded = codec.encode(id);
        padded[43] = '=';
        QVERIFY(!codec.decode(padded));
    }

    void setCookieAttributesAreExact() {
        CookieAttributes attributes{"yard.sid", 86400, false};
        QCOMPARE(cookies::setCookie(attributes, "V"),
                 QByteArray("yard.sid=V; Path=/; Max-Age=86400; HttpOnly; SameSite=Lax"));
        attributes.secure = true;
        QCOMPARE(cookies::setCookie(attributes, "V"),
                 QByteArray("yard.sid=V; Path=/; Max-Age=86400; HttpOnly; SameSite=Lax; Secure"));
        attributes = {"sid", 0, false};
        QCOMPARE(cookies::setCookie(attributes, "V"),
                 QByteArray("sid=V; Path=/; HttpOnly; SameSite=Lax"));
        QCOMPARE(cookies::clearCookie(attributes),
                 QByteArray("sid=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax"));
    }

    void cookieFieldIsSearchedByName() {
        QCOMPARE(cookies::find("a=1; yard.sid=xyz; b=2", "yard.sid"), QByteArrayView("xyz"));
        QCOMPARE(cookies::find("yard.sid=\"q\"", "yard.sid"), QByteArrayView("q"));
        QVERIFY(cookies::find("a=1; xyard.sid=2", "yard.sid").isNull());
        QVERIFY(cookies::find("", "yard.sid").isNull());
        QVERIFY(!cookies::find("yard.sid=", "yard.sid").isNull());
    }

    void constantTimeEqualsComparesEveryByte() {
        QVERIFY(crypto::constantTimeEquals("abc", "abc"));
        QVERIFY(!crypto::constantTimeEquals("abc", "abd"));
        QVERIFY(!crypto::constantTimeEquals("abc", "xbc"));
        QVERIFY(!crypto::constantTimeEquals("abc", "ab"));
        QVERIFY(crypto::constantTimeEquals("", ""));
    }
};

QTEST_GUILESS_MAIN(TestCookieCodec)
#include "tst_cookiecodec.moc"
