#include "tsfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

// The catalogues (translations/*.ts) against the sources. Runs the same lupdate as the
// update_translations target (sources, include folders and options from translations/
// CMakeLists.txt) on copies in a temporary folder, so the repository is never touched, then
// fails on every string a user would see untranslated and every catalogue that is not what
// update_translations would write. The fix is always: build update_translations, translate what
// it added, commit the catalogues (docs/DESIGN-NOTES.md, Translations). The English catalogue
// holds plurals only (lupdate -pluralonly): it gets its own lupdate run and checks of its own.
class TestTranslations : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_lupdateOutput;
    static inline const QString English = QStringLiteral("yardmaster_en.ts");
    QStringList m_names; // yardmaster_de.ts, …, yardmaster_en.ts
    QMap<QString, TsFile> m_committed;
    QMap<QString, TsFile> m_updated;

    static QStringList readLines(const QString &path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return {};
        QStringList lines;
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (!line.trimmed().isEmpty())
                lines.append(QString::fromUtf8(line.trimmed()));
        }
        return lines;
    }

    static bool copy(const QString &from, const QString &to) {
        return QDir().mkpath(QFileInfo(to).absolutePath()) && QFile::copy(from, to);
    }

    static void report(const QString &title, const QStringList &problems) {
        if (problems.isEmpty())
            return;
        for (const QString &problem : problems)
            qWarning().noquote() << "  " << problem;
        QFAIL(qPrintable(title.arg(problems.size()) +
                         u"; run `cmake --build build/dev --target update_translations`, translate "
                         u"what it marks unfinished, and commit every translations/*.ts"));
    }

    static QStringList placeholders(const QString &text) {
        static const QRegularExpression pattern(QStringLiteral("%L?(\\d+|n)"));
        QStringList found;
        for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
            found.append(match.captured(1));
        found.sort();
        found.removeDuplicates();
        return found;
    }

    static bool hasMnemonic(QString text) {
        static const QRegularExpression pattern(QStringLiteral("&(?!&)(?![a-zA-Z]+;)\\S"));
        return text.remove(QStringLiteral("&&")).contains(pattern);
    }

    // Japanese and Chinese have one plural form, English, German, French and Spanish two (Qt's
    // numerus rules, the ones lrelease uses); 0 = a language this table does not know yet.
    static int pluralForms(const QString &language) {
        static const QMap<QString, int> forms = {
            {QStringLiteral("de"), 2}, {QStringLiteral("en"), 2}, {QStringLiteral("es"), 2},
            {QStringLiteral("fr"), 2}, {QStringLiteral("ja"), 1}, {QStringLiteral("zh"), 1}};
        return forms.value(language.section(u'_', 0, 0));
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        const QString source = QStringLiteral(YARD_SOURCE_DIR);
        const QString lists = QStringLiteral(YARD_TRANSLATION_LISTS);
        const QStringList sources = readLines(lists + u"/lupdate-sources.txt");
        QVERIFY2(sources.size() > 10, "translations/CMakeLists.txt lists no sources");
        QStringList arguments = readLines(lists + u"/lupdate-options.txt");
        arguments.append(QStringLiteral("-silent"));
        for (const QString &include : readLines(lists + u"/lupdate-includes.txt"))
            arguments << QStringLiteral("-I") << m_dir.filePath(include);
        for (const QString &file : sources) {
            QVERIFY2(copy(source + u'/' + file, m_dir.filePath(file)), qPrintable(file));
            arguments.append(m_dir.filePath(file));
        }

        m_names = QDir(source + u"/translations")
                      .entryList({QStringLiteral("yardmaster_*.ts")}, QDir::Files, QDir::Name);
        QVERIFY2(m_names.size() > 1, "no translations/yardmaster_*.ts");
        QVERIFY2(m_names.contains(English), "no translations/yardmaster_en.ts (English plurals)");
        QStringList catalogues;
        for (const QString &name : std::as_const(m_names)) {
            const QString copyPath = m_dir.filePath(u"translations/" + name);
            QVERIFY(copy(source + u"/translations/" + name, copyPath));
            if (name != English)
                catalogues.append(copyPath);
            m_committed.insert(name, readTsFile(source + u"/translations/" + name));
            QVERIFY2(m_committed[name].error.isEmpty(), qPrintable(m_committed[name].error));
        }

        // The translations, then English plurals with the options of their own lupdate.
        QStringList plurals = readLines(lists + u"/lupdate-plurals-options.txt");
        QVERIFY2(plurals.contains(QStringLiteral("-pluralonly")),
                 "translations/CMakeLists.txt runs no lupdate -pluralonly");
        plurals += arguments.mid(readLines(lists + u"/lupdate-options.txt").size());
        const QString englishCopy = m_dir.filePath(u"translations/" + English);
        for (const QStringList &run : {arguments + QStringList{QStringLiteral("-ts")} + catalogues,
                                       plurals + QStringList{QStringLiteral("-ts"), englishCopy}}) {
            QProcess lupdate;
            lupdate.setProcessChannelMode(QProcess::MergedChannels);
            lupdate.start(QStringLiteral(YARD_LUPDATE), run);
            QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
            QCOMPARE(lupdate.exitStatus(), QProcess::NormalExit);
            m_lupdateOutput += QString::fromUtf8(lupdate.readAll()).trimmed();
            QVERIFY2(lupdate.exitCode() == 0, qPrintable(m_lupdateOutput));
        }
        for (const QString &name : std::as_const(m_names)) {
            m_updated.insert(name, readTsFile(m_dir.filePath(u"translations/" + name)));
            QVERIFY2(m_updated[name].error.isEmpty(), qPrintable(m_updated[name].error));
        }
    }

    // A warning means a string lupdate cannot file where the program looks it up ("Class 'X'
    // lacks Q_OBJECT macro": a tr() outside a class with tr functions, see DESIGN-NOTES.md).
    void lupdateReadsTheSourcesWithoutWarnings() {
        QVERIFY2(m_lupdateOutput.isEmpty(), qPrintable(m_lupdateOutput));
    }

    void everySourceStringIsInEveryCatalog() {
        QStringList problems;
        for (const QString &name : std::as_const(m_names)) {
            QSet<QString> committed;
            for (const TsMessage &message : m_committed[name].messages)
                committed.insert(message.key());
            for (const TsMessage &message : m_updated[name].messages) {
                if (!committed.contains(message.key()))
                    problems.append(name + u": missing " + message.label());
            }
        }
        report(QStringLiteral("%1 source strings are missing from the catalogues"), problems);
    }

    void noCatalogKeepsRemovedStrings() {
        QStringList problems;
        for (const QString &name : std::as_const(m_names)) {
            QSet<QString> updated;
            for (const TsMessage &message : m_updated[name].messages)
                updated.insert(message.key());
            for (const TsMessage &message : m_committed[name].messages) {
                if (!updated.contains(message.key()) || message.type == u"obsolete" ||
                    message.type == u"vanished")
                    problems.append(name + u": no longer in the sources: " + message.label());
            }
        }
        report(QStringLiteral("%1 catalogue entries are no longer in the sources"), problems);
    }

    void everyMessageIsTranslated() {
        QStringList problems;
        for (const QString &name : std::as_const(m_names)) {
            for (const TsMessage &message : m_updated[name].messages) {
                const bool empty =
                    message.translations.isEmpty() || message.translations.contains(QString());
                if (!message.type.isEmpty() || empty)
                    problems.append(
                        name + u": " +
                        (message.type.isEmpty() ? QStringLiteral("empty") : message.type) + u' ' +
                        message.label());
            }
        }
        report(QStringLiteral("%1 messages are not translated"), problems);
    }

    void translationsKeepPlaceholdersAndShortcuts() {
        QStringList problems;
        for (const QString &name : std::as_const(m_names)) {
            for (const TsMessage &message : m_committed[name].messages) {
                for (const QString &translation : message.translations) {
                    if (placeholders(translation) != placeholders(message.source))
                        problems.append(name + u": placeholders differ in \"" + translation +
                                        u"\" for " + message.label());
                    if (hasMnemonic(message.source) && !hasMnemonic(translation))
                        problems.append(name + u": no keyboard shortcut (&) in \"" + translation +
                                        u"\" for " + message.label());
                }
            }
        }
        report(QStringLiteral("%1 translations lose a placeholder or a shortcut"), problems);
    }

    void pluralsHaveTheLanguagesForms() {
        QStringList problems;
        for (const QString &name : std::as_const(m_names)) {
            const int forms = pluralForms(m_committed[name].language);
            if (forms == 0)
                problems.append(name + u": add " + m_committed[name].language +
                                u" to pluralForms() in this test");
            for (const TsMessage &message : m_committed[name].messages) {
                if (message.numerus && message.translations.size() != forms)
                    problems.append(name + u": " + QString::number(message.translations.size()) +
                                    u" plural forms, not " + QString::number(forms) + u", for " +
                                    message.label());
            }
        }
        report(QStringLiteral("%1 plural messages have the wrong number of forms"), problems);
    }

    // English users read "1 open connection" and "2 open connections", never "(s)": the English
    // catalogue has every %n message of the sources (those lupdate finds for a translation)
    // with a singular and a plural of its own, and nothing else.
    void englishCatalogueHasEveryPluralInBothForms() {
        QStringList problems;
        const QString reference = m_names.constFirst() == English ? m_names.at(1) : m_names.first();
        QSet<QString> numerus;
        for (const TsMessage &message : m_updated[reference].messages) {
            if (message.numerus)
                numerus.insert(message.key());
        }
        QVERIFY2(!numerus.isEmpty(), "the sources have no %n message");
        QSet<QString> english;
        for (const TsMessage &message : m_committed[English].messages) {
            english.insert(message.key());
            if (!message.numerus) {
                problems.append(English + u": not a plural: " + message.label());
                continue;
            }
            if (message.translations.size() != 2)
                continue; // pluralsHaveTheLanguagesForms reports it
            const QString &one = message.translations[0];
            const QString &many = message.translations[1];
            if (one == many || one.contains(u"(s)") || many.contains(u"(s)"))
                problems.append(English + u": no singular and plural of their own (\"" + one +
                                u"\", \"" + many + u"\") for " + message.label());
        }
        for (const TsMessage &message : m_updated[reference].messages) {
            if (message.numerus && !english.contains(message.key()))
                problems.append(English + u": missing plural " + message.label());
        }
        report(QStringLiteral("%1 English plurals are missing or wrong"), problems);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
