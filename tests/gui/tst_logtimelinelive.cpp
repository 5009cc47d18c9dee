// The Log tab's timeline on a real server: a chat beside plain requests and an SSE publish,
// the conversation of a picked message, and "Send to This Connection…" from it.
#include "chatclient.h"
#include "document/projectdocument.h"
#include "guitestsupport.h"
#include "i18n/languageswitcher.h"
#include "log/conversationpane.h"
#include "log/logexportfile.h"
#include "log/logfeed.h"
#include "log/logrowmodel.h"
#include "log/logview.h"
#include "logging/logquery.h"
#include "mainwindow/logpage.h"
#include "preferences/themepalette.h"
#include "servers/serverlistpanel.h"
#include "servers/serverpool.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleFactory>
#include <QTableView>
#include <QTcpSocket>
#include <QTest>
#include <QTreeWidget>

using namespace yard;
using namespace yard::ui;
using guitest::Client;

namespace {
constexpr int Timeout = 10'000;

// The first row whose cell `column` contains `text`, or -1.
int rowWith(const LogRowModel &model, int column, const QString &text) {
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, column).data().toString().contains(text))
            return row;
    }
    return -1;
}

QString dump(const LogRowModel &model) {
    QStringList lines;
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < LogRowModel::ColumnCount; ++column)
            cells.append(model.index(row, column).data().toString());
        lines.append(cells.join(u" | "));
    }
    return lines.join(u'\n');
}

// POST /events/CHANNEL?event=NAME: one SSE publish, answered 2xx.
bool publish(quint16 port, const QByteArray &channel, const QByteArray &data) {
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return false;
    socket.write("POST /events/" + channel +
                 "?event=update HTTP/1.1\r\nHost: localhost\r\n"
                 "Content-Type: text/plain\r\nConnection: close\r\nContent-Length: " +
                 QByteArray::number(data.size()) + "\r\n\r\n" + data);
    QByteArray answer;
    while (socket.waitForReadyRead(5000))
        answer += socket.readAll();
    return answer.startsWith("HTTP/1.1 2");
}
} // namespace

class TestLogTimelineLive : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_projectDir;
    QTemporaryDir m_dataDir;
    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<ServerPool> m_pool;
    int m_id = -1;

private Q_SLOTS:
    void initTestCase() {
        guitest::isolateSettings();
        // The screenshots' look (docs/screenshots/log-timeline-*.png), the same on every machine.
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        LanguageSwitcher::instance()->choose(QStringLiteral("en")); // "19 rows", not "row(s)"
        m_document = std::make_unique<ProjectDocument>();
        QVERIFY(m_document->load(guitest::copyDemo(m_projectDir)).isEmpty());
        m_pool = std::make_unique<ServerPool>(m_document.get());
        m_pool->setLogDatabasePath(m_dataDir.filePath(QStringLiteral("requests.sqlite")));
        m_pool->setDataDirectory(m_dataDir.path());
        m_id = m_document->serverId(0);
        QString error;
        QVERIFY2(m_pool->start(m_id, &error), qPrintable(error));
    }

    void cleanupTestCase() {
        m_pool.reset();
        m_document.reset();
    }

    void chatBesideRequestsAndActedOn() {
        ServerListPanel servers(m_document.get(), m_pool.get());
        LogPageContext context;
        context.databasePath = m_dataDir.filePath(QStringLiteral("requests.sqlite"));
        context.document = m_document.get();
        context.pool = m_pool.get();
        context.servers = &servers;
        std::unique_ptr<LogView> view(createLogPage(context, nullptr));
        view->resize(1440, 760);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        LogRowModel *model = view->model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString url = m_pool->url(m_id);

        QCOMPARE(guitest::get(url + QStringLiteral("/api/hello")).status, 200);
        Client ada(url);
        QVERIFY(ada.join(QStringLiteral("lobby"), QStringLiteral("ada")));
        for (int i = 1; i <= 3; ++i)
            ada.socket.sendTextMessage(
                QStringLiteral(R"({"type":"message","room":"lobby","text":"hello %1"})").arg(i));
        QTRY_COMPARE(ada.ofType(QStringLiteral("message")).size(), 3);
        Client bob(url);
        QVERIFY(bob.join(QStringLiteral("lobby"), QStringLiteral("bob")));
        bob.socket.sendTextMessage(
            QStringLiteral(R"({"type":"message","room":"lobby","text":"hi ada"})"));
        QTRY_COMPARE(ada.ofType(QStringLiteral("message")).size(), 4);
        // The log's times are milliseconds: rows of the same millisecond have no order to check.
        QTest::qWait(5);
        QVERIFY(publish(QUrl(url).port(), "news", "breaking"));
        QTest::qWait(5);
        QCOMPARE(guitest::get(url + QStringLiteral("/health")).status, 200);

        // One timeline: the request, the chat both ways, the publish, the next request.
        // Each worker hands its rows over on its own tick (and a low-priority writer may wait on
        // a busy machine): wait for the rows of both clients' workers and of the hub.
        QTRY_VERIFY_WITH_TIMEOUT(
            rowWith(*model, LogRowModel::Path, QStringLiteral("/health")) >= 0 &&
                rowWith(*model, LogRowModel::Path, QStringLiteral("hello 2")) >= 0 &&
                rowWith(*model, LogRowModel::Path, QStringLiteral("breaking")) >= 0 &&
                rowWith(*model, LogRowModel::Path, QStringLiteral("hi ada")) >= 0,
            Timeout);
        const int hello = rowWith(*model, LogRowModel::Path, QStringLiteral("/api/hello"));
        const int second = rowWith(*model, LogRowModel::Path, QStringLiteral("hello 2"));
        const int published = rowWith(*model, LogRowModel::Path, QStringLiteral("breaking"));
        const int health = rowWith(*model, LogRowModel::Path, QStringLiteral("/health"));
        QVERIFY2(hello >= 0 && second > hello && published > second && health > published,
                 qPrintable(dump(*model).right(3000)));
        QCOMPARE(model->index(second, LogRowModel::Type).data().toString(), QStringLiteral("WS"));
        QCOMPARE(model->index(published, LogRowModel::Type).data().toString(),
                 QStringLiteral("SSE"));
        for (int row = 1; row < model->rowCount(); ++row)
            QVERIFY(yard::ui::timeOf(model->entryAt(row - 1)) <=
                    yard::ui::timeOf(model->entryAt(row)));

        // A message picked: its connection's whole conversation, the message selected in it.
        auto *table = view->findChild<QTableView *>();
        table->setCurrentIndex(model->index(hello, LogRowModel::Path));
        QVERIFY(view->copyCurl()); // a request has its curl…
        table->setCurrentIndex(model->index(second, LogRowModel::Path));
        QVERIFY(!view->copyCurl()); // …a message has none, not the request picked before
        auto *pane = view->findChild<ConversationPane *>(QStringLiteral("logConversation"));
        QVERIFY(pane);
        QTRY_VERIFY_WITH_TIMEOUT(pane->isVisible(), Timeout);
        // Her own: join in, joined out, 3 messages in; the room's: her 3 messages, bob joining
        // and his message
        QTRY_VERIFY_WITH_TIMEOUT(pane->messageCount() >= 10, Timeout);
        auto *messages = pane->findChild<QTreeWidget *>(QStringLiteral("conversationMessages"));
        QVERIFY(messages->currentItem());
        QVERIFY(messages->currentItem()->text(3).contains(QStringLiteral("hello 2")));
        QCOMPARE(pane->connection(), model->eventAt(second).connection);

        // "Send to This Connection…" reaches the client, and the send is in the timeline.
        auto *send = pane->findChild<QPushButton *>(QStringLiteral("conversationSend"));
        QVERIFY(send->isEnabled());
        send->click();
        auto *dialog = view->findChild<QDialog *>(QStringLiteral("sendToConnectionDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("sendText"))
            ->setPlainText(QStringLiteral(R"({"type":"notice","text":"from the log"})"));
        dialog->findChild<QPushButton *>(QStringLiteral("sendButton"))->click();
        QTRY_COMPARE(ada.ofType(QStringLiteral("notice")).size(), 1);
        auto *status = view->findChild<QLabel *>(QStringLiteral("logStatus"));
        QTRY_VERIFY(status->text().startsWith(QStringLiteral("Sent to connection ")));
        view->resume();
        QTRY_VERIFY_WITH_TIMEOUT(
            rowWith(*model, LogRowModel::Path, QStringLiteral("from the log")) >= 0, Timeout);

        // Ended: its upgrade row arrives, and picking it shows the same conversation.
        ada.socket.close();
        int upgrade = -1;
        (void)QTest::qWaitFor(
            [&] {
                return (upgrade = rowWith(*model, LogRowModel::Status, QStringLiteral("101"))) >= 0;
            },
            Timeout);
        if (upgrade < 0) {
            logging::LogFilter f;
            f.statusCodes = {101};
            qWarning().noquote() << dump(*model) << view->isFollowing()
                                 << logging::LogQuery(context.databasePath).count(f)
                                 << ada.socket.state();
        }
        QVERIFY(upgrade >= 0);
        table->setCurrentIndex(model->index(upgrade, LogRowModel::Path));
        QTRY_VERIFY_WITH_TIMEOUT(pane->isVisible() && pane->messageCount() >= 11, Timeout);
        QVERIFY(pane->findChild<QLabel *>(QStringLiteral("conversationAbout"))
                    ->text()
                    .contains(QStringLiteral("101")));
        QVERIFY(!send->isEnabled()); // ended: nothing to send to

        // Exported as HAR, the upgrade carries its messages the way Chromium writes them.
        const QString har = m_dataDir.filePath(QStringLiteral("chat.har"));
        QCOMPARE(view->exportSelection(har, LogExportFile::Format::Har), QString());
        QFile file(har);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray entries = QJsonDocument::fromJson(file.readAll())
                                       .object()[QStringLiteral("log")]
                                       .toObject()[QStringLiteral("entries")]
                                       .toArray();
        QCOMPARE(entries.size(), 1);
        const QJsonArray frames =
            entries.at(0).toObject()[QStringLiteral("_webSocketMessages")].toArray();
        QStringList sent;
        for (const QJsonValue &frame : frames) {
            if (frame[QStringLiteral("type")].toString() == u"send")
                sent.append(frame[QStringLiteral("data")].toString());
        }
        QCOMPARE(sent.size(), 4); // the join and three messages
        QVERIFY(sent.at(2).contains(QStringLiteral("hello 2")));
        // The Export menu's way, in the feed's worker: the same messages.
        const QString workerHar = m_dataDir.filePath(QStringLiteral("chat-worker.har"));
        QSignalSpy exported(view.get(), &LogView::exportFinished);
        view->feed()->exportRows(view->selectedRows(), workerHar, LogExportFile::Format::Har, {});
        QTRY_COMPARE(exported.size(), 1);
        QCOMPARE(exported.at(0).at(2).toString(), QString());
        QFile workerFile(workerHar);
        QVERIFY(workerFile.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(workerFile.readAll())
                     .object()[QStringLiteral("log")]
                     .toObject()[QStringLiteral("entries")]
                     .toArray()
                     .at(0)
                     .toObject()[QStringLiteral("_webSocketMessages")]
                     .toArray(),
                 frames);
        // bob's message reached ada as the room's broadcast: part of her conversation too.
        bool bobsMessage = false;
        for (int i = 0; i < messages->topLevelItemCount(); ++i)
            bobsMessage = bobsMessage ||
                          messages->topLevelItem(i)->text(3).contains(QStringLiteral("hi ada"));
        if (!bobsMessage) {
            for (int i = 0; i < messages->topLevelItemCount(); ++i)
                qWarning().noquote()
                    << messages->topLevelItem(i)->text(1) << messages->topLevelItem(i)->text(3);
            qWarning().noquote() << dump(*model);
        }
        QVERIFY(bobsMessage);
        if (const QString dir = qEnvironmentVariable("YARD_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QTest::qWait(50); // the layout follows the pane's new text on the event loop
            QVERIFY(view->grab().save(dir + QStringLiteral("/log-timeline-light.png")));
            QApplication::setPalette(yard::ui::darkPalette());
            QTest::qWait(50);
            QVERIFY(view->grab().save(dir + QStringLiteral("/log-timeline-dark.png")));
            QApplication::setPalette(QApplication::style()->standardPalette());
        }

        // A plain request picked: no conversation beside it.
        table->setCurrentIndex(model->index(hello, LogRowModel::Path));
        QTest::qWait(300);
        QVERIFY(!pane->isVisible());
    }
};

QTEST_MAIN(TestLogTimelineLive)
#include "tst_logtimelinelive.moc"
