#include "document/projectdocument.h"
#include "guitestsupport.h"
#include "i18n/languageswitcher.h"
#include "log/logrowmodel.h"
#include "log/logview.h"
#include "logging/logquery.h"
#include "logging/logwriter.h"
#include "logtestrows.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/trayicon.h"
#include "preferences/preferences.h"
#include "preferences/preferencesdialog.h"
#include "preferences/themepalette.h"
#include "preferences/themeswitcher.h"
#include "servers/serverpool.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStyle>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>
#include <QTimer>

using yard::ui::CloseAction;
using yard::ui::LanguageSwitcher;
using yard::ui::LogDefaults;
using yard::ui::LogRowModel;
using yard::ui::LogView;
using yard::ui::MainWindow;
using yard::ui::Preferences;
using yard::ui::PreferencesDialog;
using yard::ui::Theme;
using yard::ui::ThemeSwitcher;
using yard::ui::TrayIcon;

namespace {
// One server without a `log` block: the retention defaults are what it gets.
constexpr char Project[] = R"({"version": 1, "servers": [{
  "name": "plain", "port": 0, "workers": 1, "routes": [
    {"method": "GET", "path": "/health", "action": "health"}]}]})";
} // namespace

// Settings ▸ Preferences… as a user drives it, and what each preference does to the window and
// its servers. With YARD_SCREENSHOT_DIR set, saves docs/screenshots/preferences-{light,dark}.png.
class TestPreferences : public QObject {
    Q_OBJECT

private:
    QPalette m_systemPalette;
    QString m_systemStyle;

    static QString writeProject(const QTemporaryDir &dir) {
        const QString path = dir.filePath(QStringLiteral("plain.yard.json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(Project) != qint64(strlen(Project)))
            return {};
        return path;
    }

    // Picks the item holding `data` with the keyboard, as a user would (activated() fires).
    static void pick(QComboBox *combo, const QVariant &data) {
        QVERIFY(combo);
        const int index = combo->findData(data);
        QVERIFY2(index >= 0, qPrintable(data.toString()));
        QTest::keyClick(combo, Qt::Key_Home);
        for (int i = 0; i < index; ++i)
            QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(combo->currentIndex(), index);
    }

    static PreferencesDialog *openPreferences(MainWindow &window) {
        auto *action = window.findChild<QAction *>(QStringLiteral("actionPreferences"));
        if (!action)
            return nullptr;
        action->trigger();
        auto *dialog = window.findChild<PreferencesDialog *>(QStringLiteral("preferencesDialog"));
        return dialog && dialog->isVisible() ? dialog : nullptr;
    }

    template <typename T> static T *child(QWidget *parent, const char *name) {
        return parent->findChild<T *>(QLatin1String(name));
    }

    static void screenshot(QWidget &widget, const QString &name) {
        const QByteArray dir = qgetenv("YARD_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(widget.grab().save(QString::fromLocal8Bit(dir) + u'/' + name));
    }

private Q_SLOTS:
    void initTestCase() {
        guitest::isolateSettings();
        QSettings().clear();
        // What "System" returns to: the style and palette the platform gave the application.
        m_systemStyle = QApplication::style()->name();
        m_systemPalette = QApplication::palette();
        ThemeSwitcher::instance();
    }

    void cleanup() {
        TrayIcon::assumeAvailableForTesting(false);
        ThemeSwitcher::instance()->choose(Theme::System);
        LanguageSwitcher::instance()->choose(QStringLiteral("en"));
        QSettings().clear();
    }

    void dialogRoundTripsItsSettings() {
        TrayIcon::assumeAvailableForTesting(true);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("actionPreferences"))->shortcut(),
                 QKeySequence(QKeySequence::Preferences));
        PreferencesDialog *dialog = openPreferences(window);
        QVERIFY(dialog);
        QVERIFY(!dialog->isModal()); // changes apply at once, the window stays usable

        // Defaults: nothing starts by itself, no extra retention, ask before hiding.
        QVERIFY(!child<QCheckBox>(dialog, "prefStartServers")->isChecked());
        QCOMPARE(child<QSpinBox>(dialog, "prefLogMaxRows")->value(), 0);
        QCOMPARE(child<QSpinBox>(dialog, "prefLogMaxRows")->text(), QStringLiteral("Unlimited"));
        QCOMPARE(child<QComboBox>(dialog, "prefCloseAction")->currentData().toInt(),
                 int(CloseAction::Ask));

        child<QCheckBox>(dialog, "prefStartServers")->click();
        child<QSpinBox>(dialog, "prefLogMaxRows")->setValue(50'000);
        child<QSpinBox>(dialog, "prefLogMaxAgeDays")->setValue(14);
        pick(child<QComboBox>(dialog, "prefCloseAction"), int(CloseAction::KeepInTray));
        pick(child<QComboBox>(dialog, "prefTheme"), ThemeSwitcher::key(Theme::Dark));

        // Saved at once, without an OK.
        QSettings settings;
        QCOMPARE(settings.value(QLatin1String(Preferences::StartServersKey)).toBool(), true);
        QCOMPARE(settings.value(QLatin1String(Preferences::LogMaxRowsKey)).toInt(), 50'000);
        QCOMPARE(settings.value(QLatin1String(Preferences::LogMaxAgeDaysKey)).toInt(), 14);
        QCOMPARE(settings.value(QLatin1String(Preferences::CloseActionKey)).toString(),
                 QStringLiteral("tray"));
        QCOMPARE(settings.value(QLatin1String(ThemeSwitcher::SettingsKey)).toString(),
                 QStringLiteral("dark"));
        QCOMPARE(window.servers()->logDefaults(), (LogDefaults{50'000, 14}));

        // Close ends the dialog; it changes nothing more.
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close)->click();
        QVERIFY(!dialog->isVisible());
        QCOMPARE(Preferences::instance()->closeAction(), CloseAction::KeepInTray);

        // A new dialog (a new run of the program) shows what was saved.
        PreferencesDialog again(true);
        QVERIFY(child<QCheckBox>(&again, "prefStartServers")->isChecked());
        QCOMPARE(child<QSpinBox>(&again, "prefLogMaxRows")->value(), 50'000);
        QCOMPARE(child<QSpinBox>(&again, "prefLogMaxAgeDays")->value(), 14);
        QCOMPARE(child<QComboBox>(&again, "prefCloseAction")->currentData().toInt(),
                 int(CloseAction::KeepInTray));
        QCOMPARE(child<QComboBox>(&again, "prefTheme")->currentData().toString(),
                 QStringLiteral("dark"));
        // …and follows what changes elsewhere (the close question's "Don't ask again").
        Preferences::instance()->setCloseAction(CloseAction::Stop);
        QCOMPARE(child<QComboBox>(&again, "prefCloseAction")->currentData().toInt(),
                 int(CloseAction::Stop));
        // Without a tray the close choice means nothing, and says so.
        PreferencesDialog noTray(false);
        QVERIFY(!child<QComboBox>(&noTray, "prefCloseAction")->isEnabled());
    }

    void languageSwitchesTheRunningWindow() {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        PreferencesDialog *dialog = openPreferences(window);
        QVERIFY(dialog);
        auto *language = child<QComboBox>(dialog, "prefLanguage");
        QCOMPARE(language->currentData().toString(), QString()); // the system's, by default
        QVERIFY(language->currentText().startsWith(QStringLiteral("System default")));
        pick(language, QStringLiteral("de"));
        QCOMPARE(LanguageSwitcher::instance()->current(), QStringLiteral("de"));
        QTRY_COMPARE(window.findChild<QMenu *>(QStringLiteral("menuFile"))->title(),
                     QStringLiteral("&Datei"));
        // The menu and the dialog are one choice.
        QVERIFY(window.findChild<QAction *>(QStringLiteral("actionLanguage_de"))->isChecked());
        window.findChild<QAction *>(QStringLiteral("actionLanguage_fr"))->trigger();
        QCOMPARE(language->currentData().toString(), QStringLiteral("fr"));
        // "System default" forgets the choice.
        pick(language, QString());
        QVERIFY(!QSettings().contains(QLatin1String(LanguageSwitcher::SettingsKey)));
        QCOMPARE(LanguageSwitcher::instance()->current(), LanguageSwitcher::systemLanguage());
    }

    void themeSwitchRepaintsAtOnce() {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("log.db"));
        {
            QString error;
            auto writer = yard::logging::LogWriter::open(db, &error);
            QVERIFY2(writer, qPrintable(error));
            logtest::writeRows(*writer, 0, 14);
        }
        LogView view(db);
        view.resize(1000, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_COMPARE(view.model()->rowCount(), 14);
        int notFound = -1;
        for (int row = 0; row < view.model()->rowCount() && notFound < 0; ++row)
            notFound = view.model()->rowAt(row).status == 404 ? row : -1;
        QVERIFY(notFound >= 0);
        const auto statusColour = [&] {
            return view.model()
                ->index(notFound, LogRowModel::Status)
                .data(Qt::ForegroundRole)
                .value<QColor>();
        };

        ThemeSwitcher::instance()->choose(Theme::Light);
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        QCOMPARE(QApplication::palette(), QApplication::style()->standardPalette());
        QTRY_VERIFY(!yard::ui::isDarkPalette(view.palette()));
        const QColor onLight = statusColour();
        QVERIFY(onLight.lightness() < 128); // readable on a white base

        ThemeSwitcher::instance()->choose(Theme::Dark);
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        QCOMPARE(QApplication::palette().color(QPalette::Base),
                 yard::ui::darkPalette().color(QPalette::Base));
        // Widgets take the new palette from a posted event, as soon as the event loop runs.
        QTRY_COMPARE(view.palette().color(QPalette::Base),
                     yard::ui::darkPalette().color(QPalette::Base));
        const QColor onDark = statusColour();
        QVERIFY(onDark.lightness() > 128); // readable on a dark base
        auto *table = view.findChild<QTableView *>(QStringLiteral("logTable"));
        QTest::qWait(20);
        const QImage dark = table->viewport()->grab().toImage();
        QVERIFY(QColor(dark.pixel(dark.width() - 2, dark.height() - 2)).lightness() < 80);

        ThemeSwitcher::instance()->choose(Theme::Light);
        QTRY_COMPARE(statusColour(), onLight);

        // System: the platform's own style and palette again.
        ThemeSwitcher::instance()->choose(Theme::System);
        QCOMPARE(QApplication::style()->name(), m_systemStyle);
        QCOMPARE(QApplication::palette(), m_systemPalette);
        QVERIFY(!QSettings().contains(QLatin1String(ThemeSwitcher::SettingsKey)));
    }

    void startOnLaunchStartsEveryServer_data() {
        QTest::addColumn<bool>("startOnLaunch");
        QTest::addRow("on") << true;
        QTest::addRow("off") << false;
    }
    void startOnLaunchStartsEveryServer() {
        QFETCH(bool, startOnLaunch);
        Preferences::instance()->setStartServersOnLaunch(startOnLaunch);
        QTemporaryDir dir;
        MainWindow window;
        window.servers()->setLogDatabasePath(dir.filePath(QStringLiteral("log.db")));
        QVERIFY(window.openAtLaunch(guitest::copyDemo(dir)));
        const int id = window.document()->serverId(0);
        QCOMPARE(window.servers()->isRunning(id), startOnLaunch);
        if (startOnLaunch)
            QCOMPARE(guitest::get(window.servers()->url(id) + u"/health").status, 200);
    }

    void retentionDefaultsReachAStartedServer() {
        QTemporaryDir dir;
        const QString path = writeProject(dir);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        file.close();

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString db = dir.filePath(QStringLiteral("log.db"));
        window.servers()->setLogDatabasePath(db);
        QVERIFY(window.openProject(path));
        PreferencesDialog *dialog = openPreferences(window);
        QVERIFY(dialog);
        child<QSpinBox>(dialog, "prefLogMaxRows")->setValue(3);
        dialog->close();

        const int id = window.document()->serverId(0);
        window.findChild<QAction *>(QStringLiteral("actionStartServer"))->trigger();
        QVERIFY(window.servers()->isRunning(id));
        for (int i = 0; i < 10; ++i)
            QCOMPARE(guitest::get(window.servers()->url(id) + u"/health").status, 200);
        // The writer trims every few seconds: ten rows logged, three kept.
        const yard::logging::LogQuery query(db);
        QTRY_VERIFY_WITH_TIMEOUT(query.lastId() >= 10, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(query.count({}), qint64(3),
                                  yard::logging::LogWriter::TrimIntervalMs * 3);

        // The project keeps what the user wrote: no limit in the document, the file untouched,
        // and no restart asked for.
        QVERIFY(!window.document()->server(id)->log);
        QVERIFY(!window.document()->isModified());
        QVERIFY(!window.servers()->needsRestart(id));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), written);
    }

    void projectLimitsWinOverTheDefaults() {
        yard::project::ServerConfig config;
        config.log = yard::project::LogConfig{std::nullopt, 500, std::nullopt, std::nullopt};
        const auto filled = yard::ui::withLogDefaults(config, {3, 7});
        QCOMPARE(filled.log->maxRows, std::optional<int>(500));
        QCOMPARE(filled.log->maxAgeDays, std::optional<int>(7));
        // No defaults: the config as it was, so a running server sees no change.
        QVERIFY(yard::ui::withLogDefaults(config, {}) == config);
        QVERIFY(!yard::ui::withLogDefaults(yard::project::ServerConfig(), {}).log);
    }

    void closingKeepsServersRunningInTheTray() {
        TrayIcon::assumeAvailableForTesting(true);
        Preferences::instance()->setCloseAction(CloseAction::KeepInTray);
        QTemporaryDir dir;
        MainWindow window;
        window.servers()->setLogDatabasePath(dir.filePath(QStringLiteral("log.db")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(guitest::copyDemo(dir)));
        const int id = window.document()->serverId(0);
        window.findChild<QAction *>(QStringLiteral("actionStartServer"))->trigger();
        QVERIFY(window.servers()->isRunning(id));

        QVERIFY(!window.close()); // the window goes, the application stays
        QVERIFY(!window.isVisible());
        QVERIFY(window.servers()->isRunning(id));
        QCOMPARE(guitest::get(window.servers()->url(id) + u"/health").status, 200);

        window.findChild<QAction *>(QStringLiteral("actionTrayShow"))->trigger();
        QVERIFY(window.isVisible());
        QVERIFY(window.servers()->isRunning(id));

        // Hidden again, then Quit from the tray: quits for real.
        QVERIFY(!window.close());
        window.findChild<QAction *>(QStringLiteral("actionTrayQuit"))->trigger();
        QVERIFY(!window.servers()->isRunning(id));
        QVERIFY(!window.isVisible());
    }

    void closeActionStopAndNoTrayStopTheServers_data() {
        QTest::addColumn<bool>("tray");
        QTest::addColumn<int>("action");
        QTest::addRow("stop, with a tray") << true << int(CloseAction::Stop);
        QTest::addRow("ask, no tray: never asks") << false << int(CloseAction::Ask);
        QTest::addRow("keep, no tray: nowhere to keep") << false << int(CloseAction::KeepInTray);
    }
    void closeActionStopAndNoTrayStopTheServers() {
        QFETCH(bool, tray);
        QFETCH(int, action);
        TrayIcon::assumeAvailableForTesting(tray);
        Preferences::instance()->setCloseAction(CloseAction(action));
        QTemporaryDir dir;
        MainWindow window;
        window.servers()->setLogDatabasePath(dir.filePath(QStringLiteral("log.db")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(guitest::copyDemo(dir)));
        const int id = window.document()->serverId(0);
        window.findChild<QAction *>(QStringLiteral("actionStartServer"))->trigger();
        QVERIFY(window.servers()->isRunning(id));
        // Were a question to block, this ends it and the test fails instead of hanging.
        bool asked = false;
        QTimer::singleShot(3000, &window, [&asked] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                asked = true;
                modal->close();
            }
        });
        QVERIFY(window.close());
        QVERIFY(!asked);
        QVERIFY(!window.servers()->isRunning(id));
    }

    void screenshotsInLightAndDark() {
        TrayIcon::assumeAvailableForTesting(true);
        QTemporaryDir dir;
        MainWindow window;
        window.resize(1000, 640);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(guitest::copyDemo(dir)));
        auto *routes = window.findChild<QTableView *>(QStringLiteral("routeTable"));
        QVERIFY(routes);
        Preferences::instance()->setLogDefaults({100'000, 30});
        PreferencesDialog *dialog = openPreferences(window);
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        for (Theme theme : {Theme::Light, Theme::Dark}) {
            ThemeSwitcher::instance()->choose(theme);
            QTest::qWait(50);
            // Nothing clipped: the dialog is at least as large as its layout wants.
            QVERIFY(dialog->width() >= dialog->minimumSizeHint().width());
            QVERIFY(dialog->height() >= dialog->minimumSizeHint().height());
            screenshot(*dialog, u"preferences-" + ThemeSwitcher::key(theme) + u".png");
            // The window behind follows at once: the route table is painted on the new base.
            const bool dark = theme == Theme::Dark;
            QTRY_COMPARE(yard::ui::isDarkPalette(window.palette()), dark);
            const QImage table = routes->viewport()->grab().toImage();
            const QColor corner = table.pixelColor(table.width() - 2, table.height() - 2);
            QVERIFY2(dark ? corner.lightness() < 80 : corner.lightness() > 200,
                     qPrintable(corner.name()));
            if (qEnvironmentVariableIsSet("YARD_PREFS_DEBUG_DIR"))
                window.grab().save(qEnvironmentVariable("YARD_PREFS_DEBUG_DIR") + u"/window-" +
                                   ThemeSwitcher::key(theme) + u".png");
        }
    }
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
