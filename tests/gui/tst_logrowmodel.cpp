#include "log/curlcommand.h"
#include "log/logexportfile.h"
#include "log/logrowmodel.h"
#include "log/statuscolors.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPalette>
#include <QTemporaryDir>
#include <QTest>

using yard::logging::LogRow;
using yard::ui::CurlCommand;
using yard::ui::LogExportFile;
using yard::ui::LogRowModel;
using yard::ui::StatusColors;

namespace {
LogRow row(qint64 id, int status = 200) {
    LogRow r;
    r.id = id;
    r.tsMs = 1'700'000'000'000 + id;
    r.server = QStringLiteral("web");
    r.method = QStringLiteral("GET");
    r.target = u"/items/" + QString::number(id);
    r.status = status;
    r.durationUs = 1500;
    r.route = int(id % 3) - 1;
    r.remote = QStringLiteral("127.0.0.1:50000");
    r.userAgent = QStringLiteral("curl/7.88.1");
    return r;
}

QList<LogRow> rows(qint64 first, qint64 last) { // ascending, inclusive
    QList<LogRow> out;
    for (qint64 id = first; id <= last; ++id)
        out.append(row(id));
    return out;
}

QList<qint64> ids(const LogRowModel &model) {
    QList<qint64> out;
    for (int i = 0; i < model.rowCount(); ++i)
        out.append(model.rowAt(i).id);
    return out;
}

QPalette darkPalette() {
    QPalette palette;
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2a, 0x2a));
    palette.setColor(QPalette::Text, Qt::white);
    return palette;
}
} // namespace

// The Log view's model (a bounded window of rows) and the pure helpers beside it.
class TestLogRowModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void boundedWindowUnderTheModelTester() {
        LogRowModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMaxRows(100);
        model.appendRows(rows(101, 160));
        model.appendRows(rows(161, 220)); // 120 rows: the oldest 20 go
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.firstId(), 121);
        QCOMPARE(model.lastId(), 220);

        QList<LogRow> older = rows(91, 120);
        std::reverse(older.begin(), older.end()); // as LogQuery::page returns them
        QCOMPARE(model.prependRows(older), 30);
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.firstId(), 91);
        QCOMPARE(model.lastId(), 190); // the newest 30 made room
        const QList<qint64> shown = ids(model);
        QVERIFY(std::is_sorted(shown.cbegin(), shown.cend()));

        model.appendRows(rows(1000, 1300)); // more than a window at once: the newest 100
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.firstId(), 1201);
        model.setMaxRows(10);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.firstId(), 1291);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.prependRows(QList<LogRow>()), 0);
    }

    void rowOfIdSearchesTheWindow() {
        LogRowModel model;
        model.appendRows(rows(5, 50));
        QCOMPARE(model.rowOfId(5), 0);
        QCOMPARE(model.rowOfId(27), 22);
        QCOMPARE(model.rowOfId(50), 45);
        QCOMPARE(model.rowOfId(4), -1);
        QCOMPARE(model.rowOfId(51), -1);
    }

    void displaysWhatTheRowSays() {
        LogRowModel model;
        LogRow r = row(7, 404);
        r.durationUs = 12'345;
        r.bytesOut = 2048;
        r.route = -1;
        model.appendRows(QList<LogRow>{r, row(8, 200)});
        const auto text = [&model](int rowIndex, int column) {
            return model.index(rowIndex, column).data().toString();
        };
        QCOMPARE(text(0, LogRowModel::Method), QStringLiteral("GET"));
        QCOMPARE(text(0, LogRowModel::Status), QStringLiteral("404"));
        QCOMPARE(text(0, LogRowModel::Path), QStringLiteral("/items/7"));
        QCOMPARE(text(0, LogRowModel::Duration), QStringLiteral("12.3 ms"));
        QCOMPARE(text(0, LogRowModel::Route), QStringLiteral("none"));
        QCOMPARE(text(0, LogRowModel::Client), QStringLiteral("127.0.0.1:50000"));
        QCOMPARE(text(0, LogRowModel::Time).size(), 12); // HH:mm:ss.zzz
        model.setRouteLabels({QStringLiteral("GET /health"), QStringLiteral("GET /items/:id")});
        QCOMPARE(text(1, LogRowModel::Route), QStringLiteral("GET /items/:id")); // id 8: route 1
        QCOMPARE(model.index(0, 0).data(LogRowModel::IdRole).toLongLong(), 7);
        QCOMPARE(LogRowModel::formatDuration(850), QStringLiteral("850 µs"));
        QCOMPARE(LogRowModel::formatDuration(2'500'000), QStringLiteral("2.50 s"));
    }

    void statusColoursAreReadableInLightAndDark() {
        for (const QPalette &palette : {QPalette(QColor(0xef, 0xef, 0xef)), darkPalette()}) {
            LogRowModel model;
            model.setPalette(palette);
            const QColor base = palette.color(QPalette::Base);
            for (int status : {101, 200, 304, 404, 503}) {
                model.resetRows(QList<LogRow>{row(1, status)});
                const QModelIndex cell = model.index(0, LogRowModel::Status);
                const QColor text = cell.data(Qt::ForegroundRole).value<QColor>();
                QVERIFY(text.isValid());
                const QVariant tint = cell.data(Qt::BackgroundRole);
                const QColor background = tint.isValid() ? tint.value<QColor>() : base;
                QVERIFY2(StatusColors::contrast(text, background) >= StatusColors::MinimumContrast,
                         qPrintable(QStringLiteral("%1 on %2: %3")
                                        .arg(text.name(), background.name())
                                        .arg(StatusColors::contrast(text, background))));
                QCOMPARE(tint.isValid(), status >= 400); // errors stand out, the rest do not
            }
        }
        // Classes keep distinct hues, so colour tells them apart, not only the digits.
        const QColor white(Qt::white);
        QVERIFY(StatusColors::text(200, white).hslHue() != StatusColors::text(500, white).hslHue());
        QVERIFY(!StatusColors::text(99, white).isValid());
        QCOMPARE(qRound(StatusColors::contrast(Qt::black, Qt::white)), 21);
    }

    void curlRepeatsTheRecordedRequest() {
        LogRow r = row(1);
        QCOMPARE(CurlCommand::build(r, QStringLiteral("http://127.0.0.1:8080")),
                 QStringLiteral("curl -A 'curl/7.88.1' 'http://127.0.0.1:8080/items/1'"));
        r.method = QStringLiteral("POST");
        r.target = QStringLiteral("/search?q=it's");
        r.userAgent.clear();
        QCOMPARE(CurlCommand::build(r, {}),
                 QStringLiteral("curl -X 'POST' 'http://localhost/search?q=it'\\''s'"));
        r.method = QStringLiteral("HEAD");
        r.target = QStringLiteral("/a/../b");
        QCOMPARE(CurlCommand::build(r, QStringLiteral("http://h:1/")),
                 QStringLiteral("curl --head --path-as-is 'http://h:1/a/../b'"));
        r.method = QStringLiteral("OPTIONS");
        r.target = QStringLiteral("*");
        QCOMPARE(CurlCommand::build(r, QStringLiteral("http://h:1")),
                 QStringLiteral("curl --request-target '*' -X 'OPTIONS' 'http://h:1'"));
    }

    void exportsRowsOldestFirst() {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("rows.csv"));
        QList<LogRow> some = {row(3), row(1), row(2)};
        QVERIFY(LogExportFile::write(csv, some, LogExportFile::Format::Csv, {}).isEmpty());
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csvFile.readAll().split('\n');
        QCOMPARE(lines.size(), 5); // header, three rows, the empty rest after the last CRLF
        QVERIFY(lines[0].startsWith("id,ts_ms,server"));
        QVERIFY(lines[1].startsWith("1,") && lines[3].startsWith("3,"));

        const QString har = dir.filePath(QStringLiteral("rows.har"));
        QCOMPARE(LogExportFile::formatForPath(har), LogExportFile::Format::Har);
        QVERIFY(LogExportFile::write(har, some, LogExportFile::Format::Har,
                                     {{QStringLiteral("web"), QStringLiteral("http://h:9")}})
                    .isEmpty());
        QFile harFile(har);
        QVERIFY(harFile.open(QIODevice::ReadOnly));
        const QJsonObject log =
            QJsonDocument::fromJson(harFile.readAll()).object()[u"log"].toObject();
        QCOMPARE(log[u"version"].toString(), QStringLiteral("1.2"));
        const QJsonArray entries = log[u"entries"].toArray();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries[0][u"request"][u"url"].toString(), QStringLiteral("http://h:9/items/1"));

        const QString error = LogExportFile::write(dir.filePath(QStringLiteral("no/such/dir.csv")),
                                                   some, LogExportFile::Format::Csv, {});
        QVERIFY(error.contains(QStringLiteral("cannot export")));
    }
};

QTEST_MAIN(TestLogRowModel)
#include "tst_logrowmodel.moc"
