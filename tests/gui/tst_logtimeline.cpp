#include "guitestsupport.h"
#include "log/logfilterbar.h"
#include "log/logrowmodel.h"
#include "log/messagesummary.h"
#include "log/savedfilters.h"
#include "log/timelinerow.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using yard::logging::EventRow;
using yard::logging::LogRow;
using yard::ui::LogFilterBar;
using yard::ui::LogRowModel;
using yard::ui::SavedFilters;
using yard::ui::TimelineFilter;
using yard::ui::TimelineRow;

namespace {
constexpr qint64 T0 = 1'700'000'000'000;

LogRow request(qint64 id, qint64 atMs, int status = 200) {
    LogRow r;
    r.id = id;
    r.tsMs = T0 + atMs;
    r.server = QStringLiteral("web");
    r.method = QStringLiteral("GET");
    r.target = u"/r/" + QString::number(id);
    r.status = status;
    return r;
}

EventRow message(qint64 id, qint64 atMs, const char *direction = "in", qint64 connection = 7) {
    EventRow e;
    e.id = id;
    e.tsMs = T0 + atMs;
    e.server = QStringLiteral("web");
    e.connection = connection;
    e.type = QStringLiteral("ws");
    e.direction = QLatin1String(direction);
    e.channel = QStringLiteral("lobby");
    e.preview = u"message " + QString::number(id);
    e.size = e.preview.size();
    e.recipients = e.direction == u"out" ? 3 : -1;
    return e;
}

// "r1 e1 …": what kind and id each row of the window holds, top to bottom.
QString layout(const LogRowModel &model) {
    QStringList out;
    for (int i = 0; i < model.rowCount(); ++i)
        out.append(model.isEventAt(i) ? u"e" + QString::number(model.eventAt(i).id)
                                      : u"r" + QString::number(model.rowAt(i).id));
    return out.join(u' ');
}

template <typename T> T *child(QWidget &parent, const char *name) {
    return parent.findChild<T *>(QLatin1String(name));
}
} // namespace

// The Log view's timeline: requests and events in one bounded window, the filter bar's type
// chips, and saved filters.
class TestLogTimeline : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        guitest::isolateSettings();
        QSettings().clear();
    }

    void mergeInterleavesByTimeKeepingEachOrder() {
        const QList<LogRow> requests = {request(1, 10), request(2, 30), request(3, 30)};
        const QList<EventRow> events = {message(1, 5), message(2, 30), message(3, 40)};
        LogRowModel model;
        model.appendRows(yard::ui::mergeByTime(requests, events, false));
        // A tie goes to the request: the upgrade comes before the messages it carried.
        QCOMPARE(layout(model), QStringLiteral("e1 r1 r2 r3 e2 e3"));

        QList<LogRow> newestRequests(requests.crbegin(), requests.crend());
        QList<EventRow> newestEvents(events.crbegin(), events.crend());
        const QList<TimelineRow> newestFirst =
            yard::ui::mergeByTime(newestRequests, newestEvents, true);
        QList<TimelineRow> reversed(newestFirst.crbegin(), newestFirst.crend());
        LogRowModel again;
        again.appendRows(reversed);
        QCOMPARE(layout(again), layout(model)); // newest-first pages read back the same way

        // Ids follow commits: a hub's publish may take an id before a worker's earlier message.
        LogRowModel late;
        late.appendRows(
            yard::ui::mergeByTime({request(1, 45)}, {message(5, 50), message(6, 40)}, false));
        QCOMPARE(layout(late), QStringLiteral("e6 r1 e5"));
        // A row committed after newer ones were shown goes where its time puts it.
        late.appendRows(QList<TimelineRow>{request(2, 42), message(7, 60)});
        QCOMPARE(layout(late), QStringLiteral("e6 r2 r1 e5 e7"));
    }

    void windowOfBothKindsUnderTheModelTester() {
        LogRowModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMaxRows(4);
        model.appendRows(QList<TimelineRow>{request(10, 1), message(20, 2), message(21, 3)});
        QCOMPARE(model.firstId(), 10);
        QCOMPARE(model.lastId(), 10);
        QCOMPARE(model.firstEventId(), 20);
        QCOMPARE(model.lastEventId(), 21);
        QCOMPARE(model.olderRequestsBefore(), 10);
        QCOMPARE(model.olderEventsBefore(), 20);

        // Two more: the request at the top goes, and older requests now start after it.
        model.appendRows(QList<TimelineRow>{message(22, 4), message(23, 5)});
        QCOMPARE(layout(model), QStringLiteral("e20 e21 e22 e23"));
        QCOMPARE(model.firstId(), 0);
        QCOMPARE(model.olderRequestsBefore(), 11);
        QCOMPARE(model.rowOfId(10), -1);

        // An older page, newest first, trims the newest.
        QCOMPARE(model.prependRows(QList<TimelineRow>{request(9, 0), message(19, -1)}), 2);
        QCOMPARE(layout(model), QStringLiteral("e19 r9 e20 e21"));
        QCOMPARE(model.rowOfId(9), 1);
        QCOMPARE(model.olderRequestsBefore(), 9);

        model.resetRows(QList<TimelineRow>{message(30, 9)});
        model.setOlderBounds(101, 30);
        QCOMPARE(model.olderRequestsBefore(), 101); // none shown: what the feed said
        QCOMPARE(model.olderEventsBefore(), 30);
    }

    void eventRowsSayWhatHappened() {
        LogRowModel model;
        EventRow out = message(5, 0, "out", 0);
        out.recipients = 12;
        EventRow sse = message(6, 1);
        sse.type = QStringLiteral("sse");
        sse.channel.clear();
        sse.preview = QStringLiteral("line one\nline two");
        model.appendRows(QList<TimelineRow>{request(1, -1, 101), message(4, 0), out, sse});
        const auto text = [&model](int row, int column) {
            return model.index(row, column).data().toString();
        };
        QCOMPARE(text(0, LogRowModel::Type), QStringLiteral("HTTP"));
        QCOMPARE(text(1, LogRowModel::Type), QStringLiteral("WS"));
        QCOMPARE(text(1, LogRowModel::Method), QStringLiteral("→ in"));
        QCOMPARE(text(1, LogRowModel::Path), QStringLiteral("[lobby] message 4"));
        QCOMPARE(text(1, LogRowModel::Client), QStringLiteral("connection 7"));
        QCOMPARE(text(1, LogRowModel::Status), QString());
        QCOMPARE(text(2, LogRowModel::Method), QStringLiteral("← out"));
        QCOMPARE(text(2, LogRowModel::Client), QStringLiteral("12 recipients"));
        QCOMPARE(text(3, LogRowModel::Type), QStringLiteral("SSE"));
        QCOMPARE(text(3, LogRowModel::Path), QStringLiteral("line one line two"));
        QCOMPARE(model.index(1, 0).data(LogRowModel::KindRole).toInt(), LogRowModel::WebSocketKind);
        QCOMPARE(model.index(3, 0).data(LogRowModel::KindRole).toInt(), LogRowModel::SseKind);
        QCOMPARE(model.index(0, 0).data(LogRowModel::KindRole).toInt(), LogRowModel::RequestKind);
        QCOMPARE(model.index(2, 0).data(LogRowModel::IdRole).toLongLong(), 5);
        // Colour by direction, the same in every column that names it.
        const QColor in =
            model.index(1, LogRowModel::Type).data(Qt::ForegroundRole).value<QColor>();
        const QColor outColour =
            model.index(2, LogRowModel::Method).data(Qt::ForegroundRole).value<QColor>();
        QVERIFY(in.isValid() && outColour.isValid());
        QVERIFY(in != outColour);
        QCOMPARE(model.index(1, LogRowModel::Method).data(Qt::ForegroundRole).value<QColor>(), in);
    }

    void chatFramesReadAsSentences_data() {
        QTest::addColumn<QString>("preview");
        QTest::addColumn<QString>("summary");
        QTest::newRow("client message")
            << "{\"type\":\"message\",\"room\":\"lobby\",\"text\":\"hello\"}"
            << "hello";
        QTest::newRow("broadcast")
            << "{\"type\":\"message\",\"room\":\"r\",\"user\":\"ada\",\"text\":\"hi\"}"
            << "ada: hi";
        QTest::newRow("join") << "{\"type\":\"join\",\"room\":\"r\",\"user\":\"bob\"}"
                              << "join as bob";
        QTest::newRow("joined")
            << "{\"type\":\"joined\",\"room\":\"r\",\"members\":[\"ada\",\"bob\"]}"
            << "joined; members: ada, bob";
        QTest::newRow("user-left") << "{\"type\":\"user-left\",\"room\":\"r\",\"user\":\"bob\"}"
                                   << "bob left";
        QTest::newRow("error") << "{\"type\":\"error\",\"code\":\"rate\",\"message\":\"slow down\"}"
                               << "error rate: slow down";
        QTest::newRow("other type") << "{\"type\":\"notice\",\"text\":\"a\\nb\"}"
                                    << "notice: a b";
        QTest::newRow("no type") << "{\"a\":1}"
                                 << "{\"a\":1}";
        QTest::newRow("cut at the preview bound") << "{\"type\":\"message\",\"text\":\"lo"
                                                  << "{\"type\":\"message\",\"text\":\"lo";
        QTest::newRow("plain text") << "two\nlines"
                                    << "two lines";
    }

    void chatFramesReadAsSentences() {
        QFETCH(QString, preview);
        QFETCH(QString, summary);
        QCOMPARE(yard::ui::summarizeMessage(preview), summary);
    }

    void typeChipsAndRequestOnlyFilters() {
        LogFilterBar bar;
        bar.setServer(QStringLiteral("web"));
        TimelineFilter filter = bar.timelineFilter();
        QVERIFY(filter.showRequests);
        QVERIFY(filter.showEvents);
        QCOMPARE(filter.events.types, (QStringList{QStringLiteral("ws"), QStringLiteral("sse")}));
        QCOMPARE(filter.events.server, QStringLiteral("web"));
        QVERIFY(!bar.isFiltering());

        child<QToolButton>(bar, "logTypeHttp")->setChecked(false);
        child<QToolButton>(bar, "logTypeSse")->setChecked(false);
        filter = bar.timelineFilter();
        QVERIFY(!filter.showRequests);
        QCOMPARE(filter.events.types, QStringList{QStringLiteral("ws")});
        QVERIFY(bar.isFiltering());

        child<QLineEdit>(bar, "logPathFilter")->setText(QStringLiteral("hello"));
        filter = bar.timelineFilter();
        QVERIFY(filter.showEvents);
        QCOMPARE(filter.events.text, QStringLiteral("hello")); // messages are found by text
        QCOMPARE(filter.requests.path, QStringLiteral("hello"));

        // Event terms in the expression, as in `yardmaster logs --filter`: events only.
        child<QLineEdit>(bar, "logPathFilter")->clear();
        child<QLineEdit>(bar, "logFilterExpression")
            ->setText(QStringLiteral("channel:lobby direction:out connection:7"));
        filter = bar.timelineFilter();
        QVERIFY(!filter.showRequests);
        QVERIFY(filter.showEvents);
        QCOMPARE(filter.events.channel, QStringLiteral("lobby"));
        QCOMPARE(filter.events.direction, QStringLiteral("out"));
        QCOMPARE(filter.events.connection, qint64(7));
        QString error;
        child<QLineEdit>(bar, "logFilterExpression")->setText(QStringLiteral("channel:"));
        bar.timelineFilter(T0, &error);
        QVERIFY(!error.isEmpty());

        // status:404 is a question about requests: no message answers it.
        child<QLineEdit>(bar, "logFilterExpression")->setText(QStringLiteral("status:404"));
        QVERIFY(!bar.timelineFilter().showEvents);
        child<QLineEdit>(bar, "logFilterExpression")->clear();
        child<QToolButton>(bar, "logStatus5xx")->setChecked(true);
        QVERIFY(!bar.timelineFilter().showEvents);
    }

    void savedFiltersRoundTripThroughSettings() {
        LogFilterBar bar;
        bar.setRouteLabels({QStringLiteral("GET /a"), QStringLiteral("GET /b")});
        child<QToolButton>(bar, "logTypeWs")->setChecked(false);
        child<QToolButton>(bar, "logStatus4xx")->setChecked(true);
        child<QLineEdit>(bar, "logPathFilter")->setText(QStringLiteral("/api/*"));
        child<QLineEdit>(bar, "logClientFilter")->setText(QStringLiteral("10.0.0.7"));
        child<QComboBox>(bar, "logRouteFilter")->setCurrentIndex(3);  // #1 GET /b
        child<QComboBox>(bar, "logMethodFilter")->setCurrentIndex(2); // POST
        child<QComboBox>(bar, "logTimeFilter")->setCurrentIndex(2);   // 15 minutes
        child<QLineEdit>(bar, "logFilterExpression")->setText(QStringLiteral("min:5ms"));
        const QVariantMap state = bar.state();
        const qint64 now = T0;
        const TimelineFilter before = bar.timelineFilter(now);

        SavedFilters *saved = bar.savedFilters();
        QVERIFY(saved);
        QVERIFY(!saved->saveCurrent(QStringLiteral("  ")));
        QVERIFY(saved->saveCurrent(QStringLiteral("API errors / slow")));
        QVERIFY(saved->saveCurrent(QStringLiteral("another")));
        QCOMPARE(SavedFilters::names(),
                 (QStringList{QStringLiteral("another"), QStringLiteral("API errors / slow")}));

        // A new bar (another window, a restart) sets the same filter from the settings.
        LogFilterBar other;
        other.setRouteLabels({QStringLiteral("GET /a"), QStringLiteral("GET /b")});
        QSignalSpy changed(&other, &LogFilterBar::filterChanged);
        QVERIFY(other.savedFilters()->apply(QStringLiteral("API errors / slow")));
        QCOMPARE(changed.size(), 1); // one change for the whole filter
        QCOMPARE(other.state(), state);
        const TimelineFilter after = other.timelineFilter(now);
        QCOMPARE(after.showRequests, before.showRequests);
        QCOMPARE(after.events.types, before.events.types);
        QCOMPARE(after.requests.statusClasses, QList<int>{4});
        QCOMPARE(after.requests.methods, QStringList{QStringLiteral("POST")});
        QCOMPARE(after.requests.route, std::optional<int>(1));
        QCOMPARE(after.requests.client, QStringLiteral("10.0.0.7"));
        QCOMPARE(after.requests.minDurationUs, qint64(5000));
        QCOMPARE(after.requests.sinceMs, now - 15 * 60'000);

        QVERIFY(!other.savedFilters()->apply(QStringLiteral("missing")));
        SavedFilters::remove(QStringLiteral("another"));
        QCOMPARE(SavedFilters::names(), QStringList{QStringLiteral("API errors / slow")});
    }
};

QTEST_MAIN(TestLogTimeline)
#include "tst_logtimeline.moc"
