#include "log/curlcommand.h"
#include "log/logfeed.h"
#include "log/logrowmodel.h"
#include "log/logview.h"
#include "logging/logquery.h"
#include "logtestrows.h"

#include <algorithm>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

using namespace yard::logging;
using yard::ui::LogExportFile;
using yard::ui::LogRowModel;
using yard::ui::LogView;

namespace {
constexpr int Timeout = 10'000;

template <typename T> T *child(const QWidget &view, const char *name) {
    return view.findChild<T *>(QLatin1String(name));
}

// The rows the model shows, as the database would answer the same filter (newest `limit`).
QList<qint64> expectedIds(const QString &db, const LogFilter &filter, int limit) {
    QList<qint64> ids;
    const QList<LogRow> rows = LogQuery(db).page(0, filter, limit);
    for (auto it = rows.crbegin(); it != rows.crend(); ++it)
        ids.append(it->id);
    return ids;
}

QList<qint64> shownIds(const LogRowModel &model) {
    QList<qint64> ids;
    for (int i = 0; i < model.rowCount(); ++i)
        ids.append(model.rowAt(i).id);
    return ids;
}
} // namespace

// The Log view on a real log written by LogWriter: follow, pause, resume, older pages, filters,
// export, copy as curl, keyboard and accessibility.
class TestLogView : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    std::shared_ptr<LogWriter> m_writer;
    int m_next = 0; // the next row number logtest writes

    void write(int count, const QString &server = QStringLiteral("web"), qint64 ageMs = 0) {
        logtest::writeRows(*m_writer, m_next, count, server, ageMs);
        m_next += count;
    }

    static void showView(LogView &view) {
        view.resize(1280, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
    }

private Q_SLOTS:
    void init() {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(
            QStringLiteral("log-%1.db").arg(QLatin1String(QTest::currentTestFunction())));
        QString error;
        m_writer = LogWriter::open(m_db, &error);
        QVERIFY2(m_writer, qPrintable(error));
        m_next = 0;
    }

    void cleanup() { m_writer.reset(); }

    void showsTheNewestRowsAndFollows() {
        write(50);
        LogView view(m_db);
        showView(view);
        QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 50, Timeout);
        QVERIFY(view.isFollowing());
        write(30);
        QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 80, Timeout);
        QCOMPARE(shownIds(*view.model()), expectedIds(m_db, {}, 100));
        auto *table = child<QTableView>(view, "logTable");
        QTRY_COMPARE(table->verticalScrollBar()->value(), table->verticalScrollBar()->maximum());
        QVERIFY(table->verticalScrollBar()->maximum() > 0);
        QVERIFY(child<QLabel>(view, "logStatus")->text().contains(QStringLiteral("following")));
    }

    void liveModelPassesTheModelTester() {
        write(100);
        LogView view(m_db);
        QAbstractItemModelTester tester(view.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.model()->setMaxRows(300);
        view.feed()->setPollInterval(5);
        showView(view);
        for (int round = 0; round < 20; ++round) { // appends that trim the top as they go
            write(97);
            QTest::qWait(10);
        }
        QTRY_COMPARE_WITH_TIMEOUT(view.model()->lastId(), LogQuery(m_db).lastId(), Timeout);
        QCOMPARE(view.model()->rowCount(), 300);
        QCOMPARE(shownIds(*view.model()), expectedIds(m_db, {}, 300));
    }

    void scrollingUpPausesAndResumeCatchesUp() {
        write(400);
        LogView view(m_db);
        showView(view);
        QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 400, Timeout);
        auto *table = child<QTableView>(view, "logTable");
        auto *pauseBar = child<QWidget>(view, "logPauseBar");
        QVERIFY(!pauseBar->isVisible());
        QTest::qWait(50);
        table->verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepSub);
        QVERIFY(!view.isFollowing());
        QVERIFY(pauseBar->isVisible());
        QVERIFY(!child<QToolButton>(view, "logFollow")->isChecked());

        const qint64 lastShown = view.model()->lastId();
        write(40);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(view, "logPauseText")->text().contains(u"40 new"),
                                 Timeout);
        QCOMPARE(view.model()->lastId(), lastShown); // paused: nothing moves

        QTest::mouseClick(child<QPushButton>(view, "logResume"), Qt::LeftButton);
        QVERIFY(view.isFollowing());
        QTRY_COMPARE_WITH_TIMEOUT(view.model()->lastId(), LogQuery(m_db).lastId(), Timeout);
        QTRY_VERIFY(!pauseBar->isVisible());
        QTRY_COMPARE(table->verticalScrollBar()->value(), table->verticalScrollBar()->maximum());
    }

    void pickingARowPausesAndShowsWhatWasRecorded() {
        write(20);
        LogView view(m_db);
        view.setServerOrigins({{QStringLiteral("web"), QStringLiteral("http://127.0.0.1:8080")}});
        showView(view);
        QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 20, Timeout);
        auto *table = child<QTableView>(view, "logTable");
        const QModelIndex third = view.model()->index(3, LogRowModel::Path);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(third).center());
        QVERIFY(!view.isFollowing());
        const QString detail = child<QTextBrowser>(view, "logDetail")->toPlainText();
        const LogRow &row = view.model()->rowAt(3);
        QVERIFY2(detail.contains(row.target), qPrintable(detail));
        QVERIFY(detail.contains(u"http://127.0.0.1:8080" + row.target));
        QVERIFY(detail.contains(QStringLiteral("curl/7.88.1")));
        QVERIFY(detail.contains(QStringLiteral("Headers and bodies are not recorded")));

        QVERIFY(view.copyCurl());
        QCOMPARE(QApplication::clipboard()->text(),
                 yard::ui::CurlCommand::build(row, QStringLiteral("http://127.0.0.1:8080")));
    }

    void keyboardEntersAtTheNewestRow() {
        write(300);
        LogView view(m_db);
        showView(view);
        QApplication::setActiveWindow(&view);
        QVERIFY(QTest::qWaitForWindowActive(&view));
        QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 300, Timeout);
        auto *table = child<QTableView>(view, "logTable");
        QTRY_COMPARE(table->verticalScrollBar()->value(), table->verticalScrollBar()->maximum());
        table->setFocus(Qt::TabFocusReason);
        QCOMPARE(table->currentIndex().row(), 299);
        QVERIFY(view.isFollowing()); // entering is not picking a row
        QCOMPARE(table->verticalScrollBar()->value(), table->verticalScrollBar()->maximum());
        QTest::keyClick(table, Qt::Key_Up);
        QVERIFY(!view.isFollowing());
        QVERIFY(child<QTextBrowser>(view, "logDetail")
                    ->toPlainText()
                    .contains(view.model()->rowAt(298).target));
    }

    void scrollingToTheTopFetchesOlderRows() {
        write(yard::ui::LogFeed::InitialRows + 700);
        LogView view(m_db);
        showView(view);
        QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), yard::ui::LogFeed::InitialRows,
                                  Timeout);
        auto *table = child<QTableView>(view, "logTable");
        QTest::qWait(50);
        const qint64 firstShown = view.model()->firstId();
        table->verticalScrollBar()->triggerAction(QAbstractSlider::SliderToMinimum);
        QVERIFY(!view.isFollowing());
        QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(),
                                  yard::ui::LogFeed::InitialRows + yard::ui::LogFeed::OlderPageRows,
                                  Timeout);
        // The row that was at the top is still where the user was reading.
        QCOMPARE(table->indexAt(QPoint(5, 2)).data(LogRowModel::IdRole).toLongLong(), firstShown);
        table->verticalScrollBar()->triggerAction(QAbstractSlider::SliderToMinimum);
        QTRY_COMPARE_WITH_TIMEOUT(view.model()->firstId(), 1, Timeout);
        QVERIFY(!view.feed()->hasOlder());
        QCOMPARE(shownIds(*view.model()), expectedIds(m_db, {}, 100'000));
    }

    void filterBarNarrowsTheRows() {
        write(300);
        write(60, QStringLiteral("web"), 2 * 3600 * 1000); // two hours old
        LogView view(m_db);
        view.setRouteLabels({QStringLiteral("GET /health"), QStringLiteral("GET /api/*"),
                             QStringLiteral("GET /static/*")});
        showView(view);
        QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 360, Timeout);
        // The two-hour-old rows were committed last: the timeline shows them by time, first.
        const auto shows = [&view, this](const LogFilter &filter) {
            QList<qint64> shown = shownIds(*view.model());
            std::sort(shown.begin(), shown.end());
            return shown == expectedIds(m_db, filter, 100'000);
        };

        child<QToolButton>(view, "logStatus5xx")->click();
        LogFilter filter;
        filter.statusClasses = {5};
        QTRY_VERIFY_WITH_TIMEOUT(shows(filter), Timeout);
        QVERIFY(view.model()->rowCount() > 0 && view.model()->rowCount() < 360);

        child<QComboBox>(view, "logMethodFilter")->setCurrentText(QStringLiteral("POST"));
        filter.methods = {QStringLiteral("POST")};
        QTRY_VERIFY_WITH_TIMEOUT(shows(filter), Timeout);

        QTest::keyClicks(child<QLineEdit>(view, "logPathFilter"), QStringLiteral("/api/*"));
        filter.path = QStringLiteral("/api/*");
        QTRY_VERIFY_WITH_TIMEOUT(shows(filter), Timeout);

        QTest::keyClicks(child<QLineEdit>(view, "logClientFilter"), QStringLiteral("10.0.0.7"));
        filter.client = QStringLiteral("10.0.0.7");
        QTRY_VERIFY_WITH_TIMEOUT(shows(filter), Timeout);
        QVERIFY(view.model()->rowCount() > 0);

        auto *route = child<QComboBox>(view, "logRouteFilter");
        route->setCurrentIndex(route->findData(0));
        filter.route = 0;
        QTRY_VERIFY_WITH_TIMEOUT(shows(filter), Timeout);

        auto *time = child<QComboBox>(view, "logTimeFilter");
        time->setCurrentIndex(time->findData(60));
        QTRY_VERIFY_WITH_TIMEOUT(view.model()->rowCount() > 0 &&
                                     view.model()->firstId() <= 300, // the old rows are gone
                                 Timeout);
        QVERIFY(view.model()->lastId() <= 300);

        // The expression: what the controls do not cover, and its mistakes said in words.
        time->setCurrentIndex(0);
        route->setCurrentIndex(0);
        child<QLineEdit>(view, "logClientFilter")->clear();
        child<QLineEdit>(view, "logPathFilter")->clear();
        child<QComboBox>(view, "logMethodFilter")->setCurrentIndex(0);
        child<QToolButton>(view, "logStatus5xx")->click();
        QTest::keyClicks(child<QLineEdit>(view, "logFilterExpression"),
                         QStringLiteral("status:404 min:1ms"));
        QVERIFY(parseFilterExpression(QStringLiteral("status:404 min:1ms"), filter).isEmpty());
        filter = {};
        filter.statusCodes = {404};
        filter.minDurationUs = 1000;
        QTRY_VERIFY_WITH_TIMEOUT(shows(filter), Timeout);
        QVERIFY(view.model()->rowCount() > 0);
        auto *error = child<QLabel>(view, "logFilterError");
        QVERIFY(!error->isVisible());
        QTest::keyClicks(child<QLineEdit>(view, "logFilterExpression"), QStringLiteral(" bogus:1"));
        QTRY_VERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("bogus")));
    }

    void serverFilterShowsOneServer() {
        write(30, QStringLiteral("web"));
        write(20, QStringLiteral("api"));
        LogView view(m_db);
        showView(view);
        QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 50, Timeout);
        auto *table = child<QTableView>(view, "logTable");
        QVERIFY(!table->isColumnHidden(LogRowModel::Server));
        view.setServerFilter(QStringLiteral("api"));
        QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 20, Timeout);
        QVERIFY(table->isColumnHidden(LogRowModel::Server));
        write(5, QStringLiteral("web"));
        write(5, QStringLiteral("api"));
        QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 25, Timeout);
        for (int i = 0; i < view.model()->rowCount(); ++i)
            QCOMPARE(view.model()->rowAt(i).server, QStringLiteral("api"));
    }

    // The window's Find action (Ctrl+F) calls focusFilter(); tst_mainwindow presses the keys.
    void focusFilterGoesToTheActiveFilter() {
        LogView view(m_db);
        showView(view);
        QApplication::setActiveWindow(&view);
        QVERIFY(QTest::qWaitForWindowActive(&view));
        auto *table = child<QTableView>(view, "logTable");
        table->setFocus();
        view.focusFilter();
        QTRY_VERIFY(child<QLineEdit>(view, "logPathFilter")->hasFocus());
        auto *client = child<QLineEdit>(view, "logClientFilter");
        QTest::mouseClick(client, Qt::LeftButton);
        QVERIFY(client->hasFocus());
        table->setFocus();
        view.focusFilter();
        QTRY_VERIFY(client->hasFocus());
    }

    void exportsTheSelectionAndTheFilter() {
        write(120);
        LogView view(m_db);
        view.setServerOrigins({{QStringLiteral("web"), QStringLiteral("http://127.0.0.1:8080")}});
        showView(view);
        QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 120, Timeout);
        auto *table = child<QTableView>(view, "logTable");
        for (int row = 10; row < 20; ++row)
            table->selectionModel()->select(view.model()->index(row, 0),
                                            QItemSelectionModel::Select |
                                                QItemSelectionModel::Rows);
        const QString csv = m_dir.filePath(QStringLiteral("selection.csv"));
        QVERIFY(view.exportSelection(csv, LogExportFile::Format::Csv).isEmpty());
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csvFile.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 11);
        QVERIFY(
            lines[1].startsWith(QByteArray(QByteArray::number(view.model()->rowAt(10).id) + ',')));

        const QString har = m_dir.filePath(QStringLiteral("selection.har"));
        QVERIFY(view.exportSelection(har, LogExportFile::Format::Har).isEmpty());
        QFile harFile(har);
        QVERIFY(harFile.open(QIODevice::ReadOnly));
        const QJsonArray entries =
            QJsonDocument::fromJson(harFile.readAll())[u"log"][u"entries"].toArray();
        QCOMPARE(entries.size(), 10);
        QVERIFY(entries[0][u"request"][u"url"].toString().startsWith(
            QStringLiteral("http://127.0.0.1:8080/")));

        child<QToolButton>(view, "logStatus4xx")->click();
        QTRY_VERIFY_WITH_TIMEOUT(view.model()->rowCount() < 120, Timeout);
        QSignalSpy finished(&view, &LogView::exportFinished);
        const QString all = m_dir.filePath(QStringLiteral("filter.csv"));
        view.exportFilter(all, LogExportFile::Format::Csv);
        QVERIFY(finished.wait(Timeout));
        QCOMPARE(finished.at(0).at(2).toString(), QString());
        LogFilter fourxx;
        fourxx.statusClasses = {4};
        const qint64 expected = LogQuery(m_db).count(fourxx);
        QCOMPARE(finished.at(0).at(1).toLongLong(), expected);
        QFile filterFile(all);
        QVERIFY(filterFile.open(QIODevice::ReadOnly));
        QCOMPARE(filterFile.readAll().trimmed().split('\n').size(), expected + 1);
        QVERIFY(child<QLabel>(view, "logStatus")->text().contains(QStringLiteral("Exported")));

        // A closing view cancels a running export: no file, not a half one.
        const std::atomic<bool> cancel{true};
        qint64 written = -1;
        const QString cancelled = m_dir.filePath(QStringLiteral("cancelled.csv"));
        const QString error = LogExportFile::writeFiltered(
            LogQuery(m_db), {}, cancelled, LogExportFile::Format::Csv, {}, &written, &cancel);
        QVERIFY(error.contains(QStringLiteral("cancelled")));
        QCOMPARE(written, 0);
        QVERIFY(!QFile::exists(cancelled));
    }

    void aViewAfterAnotherStillReads() {
        // Each view's worker thread has its own read connection; a later thread must not
        // inherit (and be refused) the connection of an earlier one that ended.
        write(10);
        for (int round = 0; round < 3; ++round) {
            LogView view(m_db);
            QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 10 + round, Timeout);
            QVERIFY2(view.feed()->error().isEmpty(), qPrintable(view.feed()->error()));
            write(1);
        }
    }

    // The window's Log tab is built before any server has started, so before the log exists:
    // that is an empty log, not an error, and the rows come once a server writes them.
    void waitsForALogThatDoesNotExistYet() {
        const QString later = m_dir.filePath(QStringLiteral("later.db"));
        LogView view(later);
        showView(view);
        QTest::qWait(400); // a few polls of the tail
        QVERIFY(view.feed()->error().isEmpty());
        QVERIFY(!child<QLabel>(view, "logStatus")->text().contains(QStringLiteral("Cannot")));
        QVERIFY(child<QLabel>(view, "logEmptyState")->isVisible());
        QString error;
        const auto writer = LogWriter::open(later, &error);
        QVERIFY2(writer, qPrintable(error));
        logtest::writeRows(*writer, 0, 5);
        QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 5, Timeout);
        QVERIFY(view.feed()->error().isEmpty());
        QVERIFY(!child<QLabel>(view, "logStatus")->text().contains(QStringLiteral("Cannot")));
    }

    void controlsHaveAccessibleNames() {
        LogView view(m_db);
        showView(view);
        QVERIFY(child<QLabel>(view, "logEmptyState")->isVisible());
        const QList<QWidget *> widgets = view.findChildren<QWidget *>();
        int named = 0;
        for (const QWidget *widget : widgets) {
            if (!widget->objectName().startsWith(QStringLiteral("log")) || !widget->focusPolicy())
                continue;
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
            ++named;
        }
        QVERIFY(named >= 15);
    }
};

QTEST_MAIN(TestLogView)
#include "tst_logview.moc"
