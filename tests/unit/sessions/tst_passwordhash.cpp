#include "sessions/passwordhash.h"

#include <QTest>

using namespace yard::sessions;

class TestPasswordHash : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rightPasswordVerifies() {
        const QByteArray stored = passwordhash::make(QStringLiteral("correct horse"));
        QVERIFY(passwordhash::verify(QStringLiteral("correct horse"), stored));
        QVERIFY(!passwordhash::verify(QStringLiteral("correct hors"), stored));
        QVERIFY(!passwordhash::verify(QStringLiteral("Correct horse"), stored));
        QVERIFY(!passwordhash::verify(QString(), stored));
    }

    void formatCarriesAlgorithmIterationsAndSalt() {
        const QList<QByteArray> parts = passwordhash::make(QStringLiteral("pw")).split('$');
        QCOMPARE(parts.size(), 4);
        QCOMPARE(parts[0], QByteArray("pbkdf2-sha256"));
        QVERIFY(parts[1].toInt() >= 100000);
        QCOMPARE(QByteArray::fromBase64(parts[2]).size(), 16);
        QCOMPARE(QByteArray::fromBase64(parts[3]).size(), 32);
    }

    void samePasswordGetsAnotherSalt() {
        const QByteArray a = passwordhash::make(QStringLiteral("pw"), 1000);
        const QByteArray b = passwordhash::make(QStringLiteral("pw"), 1000);
        QVERIFY(a != b);
        QVERIFY(passwordhash::verify(QStringLiteral("pw"), a));
        QVERIFY(passwordhash::verify(QStringLiteral("pw"), b));
    }

    // RFC 7914 §11 gives PBKDF2-HMAC-SHA256 test vectors: P="passwd", S="salt", c=1, dkLen=64;
    // its first 32 bytes are what a stored key of that salt and count must hold.
    void knownVectorVerifies() {
        const QByteArray key =
            QByteArray::fromHex("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc");
        const QByteArray stored =
            "pbkdf2-sha256$1$" + QByteArray("salt").toBase64() + '$' + key.toBase64();
        QVERIFY(passwordhash::verify(QStringLiteral("passwd"), stored));
        QVERIFY(!passwordhash::verify(QStringLiteral("passwe"), stored));
    }

    void malformedStoredValueNeverVerifies_data() {
        QTest::addColumn<QByteArray>("stored");
        QTest::addRow("empty") << QByteArray();
        QTest::addRow("other algorithm") << QByteArray("md5$1$c2FsdA==$AAAA");
        QTest::addRow("zero iterations") << QByteArray("pbkdf2-sha256$0$c2FsdA==$AAAA");
        QTest::addRow("short key") << QByteArray("pbkdf2-sha256$1$c2FsdA==$AAAA");
        QTest::addRow("bad base64") << QByteArray("pbkdf2-sha256$1$***$***");
    }

    void malformedStoredValueNeverVerifies() {
        QFETCH(QByteArray, stored);
        QVERIFY(!passwordhash::verify(QStringLiteral("passwd"), stored));
    }
};

QTEST_GUILESS_MAIN(TestPasswordHash)
#include "tst_passwordhash.moc"
