#include "i18n/languageswitcher.h"
#include "log/logrowmodel.h"
#include "log/logview.h"
#include "logging/logquery.h"
#include "preferences/themepalette.h"
#include "project/projectfile.h"

#include <QApplication>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using yard::logging::LogQuery;
using yard::ui::LogRowModel;
using yard::ui::LogView;

namespace {
constexpr int Timeout = 10'000;
const QByteArray Firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
} // namespace

// The Log view on the log of a real `yardmaster serve` that answered real requests: every row the
// server logged is shown, with the server's address in the detail pane. With YARD_SCREENSHOT_DIR
// set, saves docs/screenshots/log-view-{light,dark}.png (Fusion, 1280x800).
class TestLogViewScreenshot : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_serve;
    QString m_url;
    QNetworkAccessManager m_network;

    int request(const QByteArray &method, const QString &path, const QByteArray &agent,
                const QByteArray &body = {}) {
        QNetworkRequest request(QUrl(m_url + path));
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        request.setHeader(QNetworkRequest::UserAgentHeader, agent);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        // head(): as a custom verb QNetworkAccessManager would wait for a body HEAD never has.
        QNetworkReply *reply = method == "HEAD"
                                   ? m_network.head(request)
                                   : m_network.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(Timeout);
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    void browse(int round) {
        const QByteArray curl = "curl/7.88.1";
        request("GET", QStringLiteral("/"), Firefox);
        request("GET", QStringLiteral("/api/hello"), Firefox);
        request("GET", QStringLiteral("/users/%1").arg(40 + round), curl);
        request("GET", QStringLiteral("/health"), "kube-probe/1.29");
        request("GET", QStringLiteral("/old-page"), Firefox);
        request("GET", QStringLiteral("/new-page"), Firefox);
        request("GET", QStringLiteral("/blog/2024/hello-world"), Firefox);
        request("GET", QStringLiteral("/favicon.ico"), Firefox);
        request("GET", QStringLiteral("/app/dashboard?tab=%1").arg(round), Firefox);
        request("POST", QStringLiteral("/login"), curl, R"({"username":"ada","password":"x"})");
        request("HEAD", QStringLiteral("/api/hello"), curl);
        request("DELETE", QStringLiteral("/api/hello"), curl);
        request("GET", QStringLiteral("/users/%1?fields=name,email&expand=teams").arg(round), curl);
    }

private Q_SLOTS:
    void initTestCase() {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        // English plurals ("52 rows shown") come from their own catalogue, as in the app.
        yard::ui::LanguageSwitcher::instance()->choose(QStringLiteral("en"));
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toLocal8Bit());
        m_serve.start(QStringLiteral(YARD_CLI),
                      {QStringLiteral("serve"),
                       QStringLiteral(YARD_SOURCE_DIR "/resources/demo/demo.yard.json"),
                       QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--log-db"),
                       m_dir.filePath(QStringLiteral("log.db"))});
        QVERIFY(m_serve.waitForReadyRead(Timeout));
        const auto match = QRegularExpression(QStringLiteral("^listening web (http://\\S+)$"))
                               .match(QString::fromUtf8(m_serve.readLine()).trimmed());
        QVERIFY2(match.hasMatch(), m_serve.readAllStandardError().constData());
        m_url = match.captured(1);
    }

    void cleanupTestCase() {
        m_serve.terminate();
        m_serve.waitForFinished(Timeout);
    }

    void showsWhatARealServerLogged() {
        for (int round = 0; round < 4; ++round)
            browse(round);
        const QString db = m_dir.filePath(QStringLiteral("log.db"));
        QTRY_COMPARE_WITH_TIMEOUT(LogQuery(db).count({}), 52, Timeout);

        const auto project = yard::project::ProjectFile::load(
            QStringLiteral(YARD_SOURCE_DIR "/resources/demo/demo.yard.json"));
        QVERIFY(project.project);
        QStringList routes;
        for (const auto &route : project.project->servers.front().routes)
            routes.append(route.method.value_or(QStringLiteral("*")) + u' ' + route.path);

        LogView view(db);
        view.setServerOrigins({{QStringLiteral("web"), m_url}});
        view.setRouteLabels(routes);
        view.setServerFilter(QStringLiteral("web"));
        view.resize(1280, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 52, Timeout);

        // Pick the not-found favicon of the third round, as a user reading the log would.
        auto *table = view.findChild<QTableView *>(QStringLiteral("logTable"));
        int favicon = -1;
        for (int row = 0; row < view.model()->rowCount(); ++row) {
            if (view.model()->rowAt(row).target == QStringLiteral("/favicon.ico"))
                favicon = row;
            if (favicon >= 0 && row > 30)
                break;
        }
        QVERIFY(favicon >= 0);
        QCOMPARE(view.model()->rowAt(favicon).status, 404);
        table->scrollTo(view.model()->index(favicon, 0));
        QTest::mouseClick(
            table->viewport(), Qt::LeftButton, {},
            table->visualRect(view.model()->index(favicon, LogRowModel::Path)).center());
        QVERIFY(!view.isFollowing());
        const QString detail =
            view.findChild<QTextBrowser *>(QStringLiteral("logDetail"))->toPlainText();
        QVERIFY2(detail.contains(m_url + QStringLiteral("/favicon.ico")), qPrintable(detail));
        QVERIFY(detail.contains(QString::fromLatin1(Firefox)));

        browse(4); // arrives while paused: counted, not shown
        auto *paused = view.findChild<QLabel *>(QStringLiteral("logPauseText"));
        QTRY_VERIFY_WITH_TIMEOUT(paused->text().contains(QStringLiteral("13 new")), Timeout);
        QCOMPARE(view.model()->rowCount(), 52);

        const QByteArray dir = qgetenv("YARD_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(view.grab().save(QString::fromLocal8Bit(dir) + u"/log-view-light.png"));
        QApplication::setPalette(yard::ui::darkPalette());
        QTest::qWait(50);
        const QColor statusOnDark = view.model()
                                        ->index(favicon, LogRowModel::Status)
                                        .data(Qt::ForegroundRole)
                                        .value<QColor>();
        QVERIFY(statusOnDark.lightness() > 128); // the 404 is readable on the dark base
        if (!dir.isEmpty())
            QVERIFY(view.grab().save(QString::fromLocal8Bit(dir) + u"/log-view-dark.png"));
        QApplication::setPalette(QApplication::style()->standardPalette());
    }
};

QTEST_MAIN(TestLogViewScreenshot)
#include "tst_logviewscreenshot.moc"
