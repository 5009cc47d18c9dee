// The Log tab's line about the log itself: hidden while all is well, and never silent when the
// log does not write (a corrupt database: the server serves all the same), drops records, or
// is far behind serving.
#include "document/projectdocument.h"
#include "guitestsupport.h"
#include "heldwriter.h"
#include "i18n/languageswitcher.h"
#include "log/loghealthlabel.h"
#include "log/logrowmodel.h"
#include "log/logview.h"
#include "logging/logbatch.h"
#include "logging/logwriter.h"
#include "mainwindow/logpage.h"
#include "preferences/themepalette.h"
#include "servers/serverlistpanel.h"
#include "servers/serverpool.h"

#include <QApplication>
#include <QDateTime>
#include <QFile>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

using namespace yard;
using namespace yard::ui;

namespace {
void submit(logging::LogWriter &writer, int count) {
    logging::LogBatch batch;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < count; ++i) {
        const QByteArray target = "/api/items/" + QByteArray::number(i % 97);
        logging::RequestRecordView record;
        record.startMs = now;
        record.method = "GET";
        record.target = target;
        record.status = 200;
        record.durationUs = 60 + i % 40;
        record.bytesOut = 174;
        record.remote = "127.0.0.1:52114";
        batch.append(record);
    }
    writer.submit(QStringLiteral("web"), batch.take(), count);
}

void screenshot(QWidget &widget, const QString &name) {
    if (const QString dir = qEnvironmentVariable("YARD_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(widget.grab().save(dir + u'/' + name));
}
} // namespace

class TestLogHealth : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        guitest::isolateSettings();
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion"))); // screenshots
        LanguageSwitcher::instance()->choose(QStringLiteral("en")); // "records", not "record(s)"
    }

    void describe_data() {
        QTest::addColumn<QString>("problem");
        QTest::addColumn<qint64>("behind");
        QTest::addColumn<qint64>("dropped");
        QTest::addColumn<QString>("expected");
        QTest::newRow("well") << QString() << qint64(0) << qint64(0) << QString();
        QTest::newRow("a batch in flight")
            << QString() << qint64(LogHealthLabel::BehindShownFrom - 1) << qint64(0) << QString();
        QTest::newRow("behind") << QString() << qint64(250'000) << qint64(0)
                                << QStringLiteral("the log is 250,000 records behind: serving "
                                                  "comes first, it catches up");
        QTest::newRow("dropped") << QString() << qint64(0) << qint64(1)
                                 << QStringLiteral("1 record dropped: the log could not keep up");
        QTest::newRow("not writing")
            << QStringLiteral("log.db: disk I/O error") << qint64(0) << qint64(12)
            << QStringLiteral("Not logging: log.db: disk I/O error · 12 records dropped: the log "
                              "could not keep up");
    }

    void describe() {
        QFETCH(QString, problem);
        QFETCH(qint64, behind);
        QFETCH(qint64, dropped);
        QFETCH(QString, expected);
        LogHealthLabel label;
        label.setSource([&] { return LogHealth{problem, behind, dropped}; });
        QCOMPARE(label.text(), expected);
        QCOMPARE(label.isVisibleTo(nullptr), !expected.isEmpty());
    }

    // A corrupt request log does not stop serving: the server answers, and the Log tab says
    // why nothing is logged, naming the file and SQLite's error.
    void aCorruptLogIsSaidWhileTheServerServes() {
        QTemporaryDir projectDir;
        QTemporaryDir dataDir;
        const QString database = dataDir.filePath(QStringLiteral("requests.sqlite"));
        QFile garbage(database);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(8192, 'g'));
        garbage.close();
        ProjectDocument document;
        QVERIFY(document.load(guitest::copyDemo(projectDir)).isEmpty());
        ServerPool pool(&document);
        pool.setLogDatabasePath(database);
        pool.setDataDirectory(dataDir.path());
        const int id = document.serverId(0);
        QString error;
        QVERIFY2(pool.start(id, &error), qPrintable(error));
        QCOMPARE(guitest::get(pool.url(id) + QStringLiteral("/api/hello")).status, 200);

        ServerListPanel servers(&document, &pool);
        LogPageContext context{database, &document, &pool, &servers};
        std::unique_ptr<LogView> view(createLogPage(context, nullptr));
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        const LogHealthLabel *health = view->healthLabel();
        QVERIFY(health->isVisible());
        QVERIFY2(health->text().startsWith(u"Not logging: "_qs) &&
                     health->text().contains(database) &&
                     health->text().contains(u"not a database"_qs),
                 qPrintable(health->text()));
        view->resize(1100, 420);
        QTest::qWait(50);
        screenshot(*view, QStringLiteral("log-health-not-logging.png"));
        pool.stopAll();
    }

    // Under a saturating load the log writes in the gaps: the tab says how far behind it is,
    // and the line goes once the log has caught up. Here the writer is held, as a core busy
    // serving holds it.
    void behindIsSaidUntilTheLogCatchesUp() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("log.sqlite"));
        const auto writer = logging::LogWriter::open(path, nullptr);
        QVERIFY(writer);
        submit(*writer, 40);
        writer->flush();
        LogView view(path);
        view.setHealthSource([&writer] {
            return LogHealth{writer->disabledReason(), writer->backlogRecords(),
                             writer->droppedTotal()};
        });
        view.resize(1100, 420);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_COMPARE(view.model()->rowCount(), 40);
        QVERIFY(!view.healthLabel()->isVisible());

        auto held = std::make_unique<HeldWriter>(writer.get());
        for (int i = 0; i < 30; ++i)
            submit(*writer, 1'000);
        QTRY_VERIFY_WITH_TIMEOUT(view.healthLabel()->isVisible(), 5'000);
        QCOMPARE(view.healthLabel()->text(),
                 QStringLiteral("the log is 30,000 records behind: serving comes first, it "
                                "catches up"));
        screenshot(view, QStringLiteral("log-health-behind-light.png"));
        if (qEnvironmentVariableIsSet("YARD_SCREENSHOT_DIR")) { // the line stays readable
            QApplication::setPalette(darkPalette());
            QTest::qWait(50);
            screenshot(view, QStringLiteral("log-health-behind-dark.png"));
            QApplication::setPalette(QApplication::style()->standardPalette());
        }
        held.reset();
        QTRY_VERIFY_WITH_TIMEOUT(!view.healthLabel()->isVisible(), 20'000);
        QCOMPARE(writer->backlogRecords(), 0);
    }
};

QTEST_MAIN(TestLogHealth)
#include "tst_loghealth.moc"
