#include "realtime/frameparser.h"
#include "realtime/framewriter.h"

#include <QTest>

using namespace yard::realtime;

namespace {
QByteArray masked(Opcode opcode, const QByteArray &payload, bool fin = true) {
    return FrameWriter::clientFrame(opcode, payload, fin);
}

QByteArray text(const QByteArray &payload, bool fin = true) {
    return masked(Opcode::Text, payload, fin);
}

QByteArray continuation(const QByteArray &payload, bool fin = true) {
    return masked(Opcode::Continuation, payload, fin);
}

QByteArray closeFrame(quint16 code, const QByteArray &reason = {}) {
    QByteArray payload;
    payload += char(code >> 8);
    payload += char(code & 0xFF);
    return masked(Opcode::Close, payload + reason);
}

// Short payloads are shown as they are, long ones by their size.
QByteArray describe(const FrameParser &parser, FrameStatus status) {
    const auto shown = [](QByteArrayView payload) {
        return payload.size() <= 32 ? payload.toByteArray()
                                    : QByteArray('#' + QByteArray::number(payload.size()));
    };
    switch (status) {
    case FrameStatus::Message:
        return (parser.isText() ? "text:" : "binary:") + shown(parser.message());
    case FrameStatus::Ping:
        return "ping:" + shown(parser.controlPayload());
    case FrameStatus::Pong:
        return "pong:" + shown(parser.controlPayload());
    case FrameStatus::Close:
        return "close:" + QByteArray::number(parser.closeCode()) + ':' +
               parser.closeReason().toByteArray();
    case FrameStatus::Error:
        return "error:" + QByteArray::number(parser.errorCode());
    case FrameStatus::NeedMore:
        break;
    }
    return "?";
}

// Feeds `bytes` in pieces of `step` bytes (0: all at once) and lists the events, '|'-separated.
QByteArray parseAll(const QByteArray &bytes, qint64 maxMessage, qsizetype step) {
    FrameParser parser(maxMessage);
    QByteArrayList events;
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        const qsizetype piece = step > 0 ? qMin(step, bytes.size() - pos) : bytes.size() - pos;
        const FrameResult result = parser.feed(bytes.constData() + pos, piece);
        pos += result.consumed;
        if (result.status == FrameStatus::NeedMore) {
            if (result.consumed != piece)
                return "NeedMore left bytes unused";
            continue;
        }
        events.append(describe(parser, result.status));
        if (result.status == FrameStatus::Error)
            break;
    }
    return events.join('|');
}
} // namespace

class TestFrameParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void events_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<qint64>("maxMessage");
        QTest::addColumn<QByteArray>("expected");
        const qint64 big = 1024 * 1024;
        const QByteArray a125(125, 'a');

        // RFC 6455 §5.7: "A single-frame masked text message".
        QTest::addRow("rfc masked Hello")
            << QByteArray::fromHex("818537fa213d7f9f4d5158") << big << QByteArray("text:Hello");
        QTest::addRow("rfc unmasked Hello is refused")
            << QByteArray::fromHex("810548656c6c6f") << big << QByteArray("error:1002");
        QTest::addRow("empty text") << text("") << big << QByteArray("text:");
        QTest::addRow("length 125") << text(a125) << big << QByteArray("text:#125");
        QTest::addRow("length 126") << text(QByteArray(126, 'b')) << big << QByteArray("text:#126");
        QTest::addRow("length 65535")
            << text(QByteArray(65535, 'c')) << big << QByteArray("text:#65535");
        QTest::addRow("length 65536")
            << text(QByteArray(65536, 'd')) << big << QByteArray("text:#65536");
        const QByteArray binary("\x00\xff"
                                "bin",
                                5);
        QTest::addRow("binary") << masked(Opcode::Binary, binary) << big << "binary:" + binary;
        QTest::addRow("two messages in one read")
            << text("a") + text("b") << big << QByteArray("text:a|text:b");
        QTest::addRow("fragmented")
            << text("Hel", false) + continuation("lo") << big << QByteArray("text:Hello");
        QTest::addRow("fragments with an empty middle")
            << text("a", false) + continuation("", false) + continuation("b") << big
            << QByteArray("text:ab");
        QTest::addRow("ping between fragments")
            << text("Hel", false) + masked(Opcode::Ping, "x") + continuation("lo") << big
            << QByteArray("ping:x|text:Hello");
        QTest::addRow("ping") << masked(Opcode::Ping, "abc") << big << QByteArray("ping:abc");
        QTest::addRow("ping 125 bytes")
            << masked(Opcode::Ping, a125) << big << QByteArray("ping:#125");
        QTest::addRow("pong") << masked(Opcode::Pong, "") << big << QByteArray("pong:");
        QTest::addRow("close 1000 with reason")
            << closeFrame(1000, "bye") << big << QByteArray("close:1000:bye");
        QTest::addRow("close without code")
            << masked(Opcode::Close, "") << big << QByteArray("close:1005:");
        QTest::addRow("close 3000") << closeFrame(3000) << big << QByteArray("close:3000:");
        QTest::addRow("close 4999") << closeFrame(4999) << big << QByteArray("close:4999:");
        QTest::addRow("close one-byte payload")
            << masked(Opcode::Close, "\x03") << big << QByteArray("error:1002");
        QTest::addRow("close 999") << closeFrame(999) << big << QByteArray("error:1002");
        QTest::addRow("close 1005 is never sent")
            << closeFrame(1005) << big << QByteArray("error:1002");
        QTest::addRow("close 2999") << closeFrame(2999) << big << QByteArray("error:1002");
        QTest::addRow("close 5000") << closeFrame(5000) << big << QByteArray("error:1002");
        QTest::addRow("close reason not UTF-8")
            << closeFrame(1000, "\xff") << big << QByteArray("error:1007");
        QTest::addRow("opcode 3") << masked(Opcode(3), "x") << big << QByteArray("error:1002");
        QTest::addRow("opcode 0xB") << masked(Opcode(0xB), "") << big << QByteArray("error:1002");
        QTest::addRow("RSV1") << FrameWriter::clientFrame(Opcode::Text, "x", true, 1, 0x40) << big
                              << QByteArray("error:1002");
        QTest::addRow("RSV2") << FrameWriter::clientFrame(Opcode::Text, "x", true, 1, 0x20) << big
                              << QByteArray("error:1002");
        QTest::addRow("RSV3") << FrameWriter::clientFrame(Opcode::Text, "x", true, 1, 0x10) << big
                              << QByteArray("error:1002");
        QTest::addRow("continuation first") << continuation("x") << big << QByteArray("error:1002");
        QTest::addRow("new message inside a fragmented one")
            << text("a", false) + text("b") << big << QByteArray("error:1002");
        QTest::addRow("fragmented ping")
            << masked(Opcode::Ping, "x", false) << big << QByteArray("error:1002");
        QTest::addRow("control frame of 126 bytes")
            << masked(Opcode::Ping, QByteArray(126, 'p')) << big << QByteArray("error:1002");
        QTest::addRow("64-bit length with its top bit set")
            << QByteArray::fromHex("81ff8000000000000000") + QByteArray(4, '\0') << big
            << QByteArray("error:1002");
        QTest::addRow("exactly the limit")
            << text(QByteArray(100, 'e')) << qint64(100) << QByteArray("text:#100");
        QTest::addRow("one frame over the limit")
            << text(QByteArray(101, 'e')) << qint64(100) << QByteArray("error:1009");
        QTest::addRow("fragments over the limit")
            << text(QByteArray(60, 'e'), false) + continuation(QByteArray(60, 'e')) << qint64(100)
            << QByteArray("error:1009");
        QTest::addRow("invalid byte 0xFF") << text("ab\xff") << big << QByteArray("error:1007");
        QTest::addRow("overlong slash") << text("\xc0\xaf") << big << QByteArray("error:1007");
        QTest::addRow("surrogate") << text("\xed\xa0\x80") << big << QByteArray("error:1007");
        QTest::addRow("above U+10FFFF")
            << text("\xf4\x90\x80\x80") << big << QByteArray("error:1007");
        QTest::addRow("four-byte emoji")
            << text("\xf0\x9f\x98\x80") << big << QByteArray("text:\xf0\x9f\x98\x80");
        QTest::addRow("code point split across fragments")
            << text("caf\xc3", false) + continuation("\xa9") << big
            << QByteArray("text:caf\xc3\xa9");
        QTest::addRow("bad sequence split across fragments")
            << text("\xe2\x82", false) + continuation("A") << big << QByteArray("error:1007");
        QTest::addRow("message ends inside a code point")
            << text("\xc3") << big << QByteArray("error:1007");
        QTest::addRow("binary need not be UTF-8")
            << masked(Opcode::Binary, "\xff") << big << QByteArray("binary:\xff");
        QTest::addRow("nothing after an error")
            << text("\xff") + text("ok") << big << QByteArray("error:1007");
    }

    void events() {
        QFETCH(QByteArray, bytes);
        QFETCH(qint64, maxMessage);
        QFETCH(QByteArray, expected);
        QCOMPARE(parseAll(bytes, maxMessage, 0), expected);
        QCOMPARE(parseAll(bytes, maxMessage, 1), expected); // every split point
        QCOMPARE(parseAll(bytes, maxMessage, 7), expected);
    }

    void payloadIsUnmaskedExactly() {
        QByteArray payload(70000, '\0');
        for (qsizetype i = 0; i < payload.size(); ++i)
            payload[i] = char('a' + i % 26);
        FrameParser parser(1024 * 1024);
        const QByteArray frame = FrameWriter::clientFrame(Opcode::Text, payload, true, 0xdeadbeef);
        const FrameResult result = parser.feed(frame);
        QCOMPARE(result.status, FrameStatus::Message);
        QCOMPARE(result.consumed, frame.size());
        QCOMPARE(parser.message().toByteArray(), payload);
    }

    void serverFramesAreReadByAClient() {
        FrameParser client(1024 * 1024, FrameParser::Role::Client);
        const QByteArray frame = FrameWriter::frame(Opcode::Text, QByteArray(300, 'z'));
        QCOMPARE(frame.size(), 304); // 2 + 16-bit length
        QCOMPARE(client.feed(frame).status, FrameStatus::Message);
        QCOMPARE(client.message().size(), 300);
        QCOMPARE(client.feed(FrameWriter::closeFrame(1009, "big")).status, FrameStatus::Close);
        QCOMPARE(client.closeCode(), quint16(1009));
        QCOMPARE(client.closeReason(), QByteArrayView("big"));
    }

    void writerUsesTheShortestLength() {
        QCOMPARE(FrameWriter::frame(Opcode::Text, QByteArray(125, 'a')).size(), 127);
        QCOMPARE(FrameWriter::frame(Opcode::Text, QByteArray(65535, 'a')).size(), 65539);
        QCOMPARE(FrameWriter::frame(Opcode::Text, QByteArray(65536, 'a')).size(), 65546);
        QCOMPARE(FrameWriter::closeFrame(0), QByteArray("\x88\x00", 2));
    }
};

QTEST_APPLESS_MAIN(TestFrameParser)
#include "tst_frameparser.moc"
