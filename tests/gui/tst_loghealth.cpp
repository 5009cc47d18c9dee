// The Log tab's line about the log itself: hidden while all is well, and never silent when the
// log does not write (a corrupt database: the server serves all the same), drops records, or
// is far behind serving.
#include "document/projectdocument.h"
#include "guitestsupport.h"
#include "i18n/languageswitcher.h"
#include "log/loghealthlabel.h"
#include "log/logview.h"
#include "mainwindow/logpage.h"
#include "servers/serverlistpanel.h"
#include "servers/serverpool.h"

#include <QFile>
#include <QTest>

using namespace yard;
using namespace yard::ui;

class TestLogHealth : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        guitest::isolateSettings();
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
                                << QStringLiteral("the log is 250000 records behind: serving "
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
        pool.stopAll();
    }
};

QTEST_MAIN(TestLogHealth)
#include "tst_loghealth.moc"
