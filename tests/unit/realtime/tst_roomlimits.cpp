#include "realtime/roomlimits.h"

#include <QTest>

using yard::realtime::RoomLimits;

// The `rooms` key: which room names a join may use.
class TestRoomLimits : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void patternDecidesWhichRoomsMayBeJoined_data() {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("room");
        QTest::addColumn<bool>("allowed");
        QTest::addRow("no pattern: any room") << ""
                                              << "lobby" << true;
        QTest::addRow("prefix") << "team-*"
                                << "team-red" << true;
        QTest::addRow("prefix, empty rest") << "team-*"
                                            << "team-" << true;
        QTest::addRow("prefix mismatch") << "team-*"
                                         << "lobby" << false;
        QTest::addRow("case-sensitive") << "team-*"
                                        << "Team-red" << false;
        QTest::addRow("literal") << "lobby"
                                 << "lobby" << true;
        QTest::addRow("literal is whole") << "lobby"
                                          << "lobby2" << false;
        QTest::addRow("question mark") << "room-?"
                                       << "room-7" << true;
        QTest::addRow("question mark is one") << "room-?"
                                              << "room-77" << false;
        QTest::addRow("inner star") << "a*z"
                                    << "abcz" << true;
        QTest::addRow("inner star needs the end") << "a*z"
                                                  << "abczy" << false;
        QTest::addRow("star retried") << "*-log-*"
                                      << "x-lo-y-log-z" << true;
        QTest::addRow("stars only") << "**"
                                    << "anything" << true;
        QTest::addRow("non-ASCII") << "café-*"
                                   << "café-1" << true;
    }
    void patternDecidesWhichRoomsMayBeJoined() {
        QFETCH(QString, pattern);
        QFETCH(QString, room);
        QFETCH(bool, allowed);
        RoomLimits limits;
        limits.roomPattern = pattern;
        QCOMPARE(limits.allowsRoom(room), allowed);
    }
};

QTEST_GUILESS_MAIN(TestRoomLimits)
#include "tst_roomlimits.moc"
