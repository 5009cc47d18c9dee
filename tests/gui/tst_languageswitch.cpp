#include "i18n/languageswitcher.h"
#include "log/logpausebar.h"
#include "mainwindow/mainwindow.h"
#include "project/projectreader.h"

#include <QAbstractItemView>
#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using yard::ui::LanguageSwitcher;
using yard::ui::MainWindow;

// Switching the language at run time, as a user does it: through Settings ▸ Language in the
// main window. The texts checked are the translations committed in translations/*.ts.
class TestLanguageSwitch : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_settings;

    static QString menuTitle(MainWindow &window, const char *name) {
        auto *menu = window.findChild<QMenu *>(QLatin1String(name));
        return menu ? menu->title() : QStringLiteral("<no %1>").arg(QLatin1String(name));
    }
    static void chooseFromMenu(MainWindow &window, const QString &code) {
        const QString name =
            code.isEmpty() ? QStringLiteral("actionLanguageSystem") : u"actionLanguage_" + code;
        auto *action = window.findChild<QAction *>(name);
        QVERIFY2(action, qPrintable(name));
        action->trigger();
    }

private Q_SLOTS:
    void initTestCase() {
        // Never the user's own settings.
        QVERIFY(m_settings.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    }

    void cleanup() { LanguageSwitcher::instance()->choose(QStringLiteral("en")); }

    void everyCatalogueIsEmbedded() {
        QStringList codes;
        for (const yard::ui::Language &language : LanguageSwitcher::available())
            codes.append(language.code);
        QCOMPARE(codes, QStringList({QStringLiteral("de"), QStringLiteral("en"),
                                     QStringLiteral("es"), QStringLiteral("fr"),
                                     QStringLiteral("ja"), QStringLiteral("zh_CN")}));
        QCOMPARE(LanguageSwitcher::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
        QCOMPARE(LanguageSwitcher::nativeName(QStringLiteral("fr")), QStringLiteral("Français"));
        QCOMPARE(LanguageSwitcher::nativeName(QStringLiteral("ja")), QStringLiteral("日本語"));
        QCOMPARE(LanguageSwitcher::nativeName(QStringLiteral("zh_CN")), QStringLiteral("简体中文"));
    }

    void systemLanguageMatchesLanguageAndScript_data() {
        QTest::addColumn<QStringList>("uiLanguages");
        QTest::addColumn<QString>("expected");
        QTest::addRow("German in Austria") << QStringList{"de-AT", "de"} << QStringLiteral("de");
        QTest::addRow("Japanese") << QStringList{"ja-JP"} << QStringLiteral("ja");
        QTest::addRow("Simplified Chinese")
            << QStringList{"zh-Hans-CN", "zh-CN"} << QStringLiteral("zh_CN");
        QTest::addRow("Singapore Chinese") << QStringList{"zh-SG"} << QStringLiteral("zh_CN");
        QTest::addRow("Traditional Chinese is not Simplified")
            << QStringList{"zh-Hant-TW", "zh-TW"} << QStringLiteral("en");
        QTest::addRow("first served wins")
            << QStringList{"pt-BR", "es-MX", "fr-FR"} << QStringLiteral("es");
        QTest::addRow("English") << QStringList{"en-GB"} << QStringLiteral("en");
        QTest::addRow("nothing served") << QStringList{"ko-KR"} << QStringLiteral("en");
        QTest::addRow("nothing asked") << QStringList{} << QStringLiteral("en");
    }
    void systemLanguageMatchesLanguageAndScript() {
        QFETCH(QStringList, uiLanguages);
        QFETCH(QString, expected);
        QCOMPARE(LanguageSwitcher::bestMatch(uiLanguages), expected);
    }

    void windowTextsFollowTheLanguage() {
        MainWindow window;
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(
            window.openProject(QStringLiteral(YARD_SOURCE_DIR "/resources/demo/demo.yard.json")));
        auto *routes = window.findChild<QAbstractItemView *>(QStringLiteral("routeTable"));
        QVERIFY(routes);
        const auto methodHeader = [routes] {
            return routes->model()->headerData(1, Qt::Horizontal).toString();
        };
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("serverTabs"));
        QVERIFY(tabs);
        QCOMPARE(menuTitle(window, "menuFile"), QStringLiteral("&File"));
        QCOMPARE(methodHeader(), QStringLiteral("Method"));
        QCOMPARE(tabs->tabText(0), QStringLiteral("Routes"));

        chooseFromMenu(window, QStringLiteral("de"));
        QTRY_COMPARE(menuTitle(window, "menuFile"), QStringLiteral("&Datei"));
        QCOMPARE(menuTitle(window, "menuSettings"), QStringLiteral("&Einstellungen"));
        QCOMPARE(menuTitle(window, "menuHelp"), QStringLiteral("&Hilfe"));
        QCOMPARE(menuTitle(window, "languageMenu"), QStringLiteral("&Sprache"));
        QCOMPARE(methodHeader(), QStringLiteral("Methode"));
        QCOMPARE(tabs->tabText(0), QStringLiteral("Routen"));
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("actionQuit"))->text(),
                 QStringLiteral("&Beenden"));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("actionLanguage_de"))->isChecked());
        QCOMPARE(QSettings().value(QLatin1String(LanguageSwitcher::SettingsKey)).toString(),
                 QStringLiteral("de"));

        chooseFromMenu(window, QStringLiteral("ja"));
        QTRY_COMPARE(menuTitle(window, "menuFile"), QStringLiteral("ファイル(&F)"));
        QCOMPARE(methodHeader(), QStringLiteral("メソッド"));
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionLanguage_de"))->isChecked());

        chooseFromMenu(window, QStringLiteral("en"));
        QTRY_COMPARE(menuTitle(window, "menuFile"), QStringLiteral("&File"));
        QCOMPARE(methodHeader(), QStringLiteral("Method"));
        QCOMPARE(tabs->tabText(0), QStringLiteral("Routes"));
    }

    // English reads "1 open connection" and "2 open connections", never "(s)": the English
    // catalogue of plurals is installed with the language.
    void englishHasSingularAndPlural() {
        LanguageSwitcher::instance()->choose(QStringLiteral("en"));
        const auto plural = [](const char *context, const char *source, int n) {
            return QCoreApplication::translate(context, source, nullptr, n);
        };
        QCOMPARE(plural("yard::ui::StatusTotals", "%n open connection(s)", 1),
                 QStringLiteral("1 open connection"));
        QCOMPARE(plural("yard::ui::StatusTotals", "%n open connection(s)", 2),
                 QStringLiteral("2 open connections"));
        QCOMPARE(plural("yard::ui::StatusTotals", "%1 of %n server(s) running", 1).arg(0),
                 QStringLiteral("0 of 1 server running"));
        QCOMPARE(plural("yard::ui::StatusTotals", "%1 of %n server(s) running", 3).arg(2),
                 QStringLiteral("2 of 3 servers running"));
        // A widget's text, as the Log tab shows it while paused.
        yard::ui::LogPauseBar bar;
        bar.setNewRows(1);
        QCOMPARE(bar.text(), QStringLiteral("Paused — 1 new row"));
        bar.setNewRows(1234);
        QCOMPARE(bar.text(), QStringLiteral("Paused — %1 new rows").arg(QLocale().toString(1234)));
    }

    // The window shows core's validation messages (the route editor, a project that does not
    // open); their contexts must be the ones lupdate filed them under.
    void coreMessagesFollowTheLanguage() {
        LanguageSwitcher::instance()->choose(QStringLiteral("de"));
        const auto result = yard::project::ProjectReader::read(QByteArrayLiteral("[]"));
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(
            result.errors.front().message,
            QStringLiteral("ein Projekt ist ein JSON-Objekt {\"version\": 1, \"servers\": […]}"));
    }

    void qtsOwnTextsFollowTheLanguage() {
        const QString qtCatalogue =
            QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_de.qm";
        if (!QFile::exists(qtCatalogue))
            QSKIP("Qt's own catalogues are not installed (Debian: qt6-translations-l10n)");
        LanguageSwitcher::instance()->choose(QStringLiteral("de"));
        QDialogButtonBox buttons(QDialogButtonBox::Cancel);
        QVERIFY2(buttons.button(QDialogButtonBox::Cancel)->text().contains(u"Abbrechen"),
                 qPrintable(buttons.button(QDialogButtonBox::Cancel)->text()));
    }

    void choiceIsSavedAndSystemDefaultForgetsIt() {
        LanguageSwitcher *switcher = LanguageSwitcher::instance();
        switcher->choose(QStringLiteral("fr"));
        QCOMPARE(switcher->choice(), QStringLiteral("fr"));
        switcher->choose(QStringLiteral("en"));
        QSettings().setValue(QLatin1String(LanguageSwitcher::SettingsKey), QStringLiteral("fr"));
        switcher->applySavedChoice();
        QCOMPARE(switcher->current(), QStringLiteral("fr"));

        switcher->choose(QString());
        QVERIFY(!QSettings().contains(QLatin1String(LanguageSwitcher::SettingsKey)));
        QCOMPARE(switcher->current(), LanguageSwitcher::systemLanguage());
    }
};

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
