#include "languageswitcher.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>
#include <algorithm>

namespace yard::ui {

namespace {
const QString CataloguePrefix = QStringLiteral("yardmaster_");
const QString CatalogueFolder = QStringLiteral(":/i18n");
const QString SourceLanguage = QStringLiteral("en");

QStringList embeddedCodes() {
    QStringList codes;
    const QStringList files = QDir(CatalogueFolder).entryList({CataloguePrefix + u"*.qm"});
    for (const QString &file : files)
        codes.append(file.mid(CataloguePrefix.size()).chopped(3));
    return codes;
}

// Two locales speak the same written language when language and script agree: "zh-Hant-TW"
// must not get the Simplified Chinese of zh_CN, "de-AT" may get de.
bool sameWriting(const QLocale &a, const QLocale &b) {
    return a.language() == b.language() && a.script() == b.script();
}
} // namespace

LanguageSwitcher::LanguageSwitcher(QObject *parent)
    : QObject(parent)
    , m_ours(new QTranslator(this))
    , m_qt(new QTranslator(this)) {}

LanguageSwitcher *LanguageSwitcher::instance() {
    auto *app = QCoreApplication::instance();
    Q_ASSERT(app);
    if (auto *existing = app->findChild<LanguageSwitcher *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new LanguageSwitcher(app);
}

QString LanguageSwitcher::nativeName(const QString &code) {
    // CLDR names Chinese "中文" whatever the script; the menu must tell the scripts apart.
    if (code == u"zh_CN")
        return QStringLiteral("简体中文");
    const QString name = QLocale(code).nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

QList<Language> LanguageSwitcher::available() {
    QStringList codes = embeddedCodes();
    codes.append(SourceLanguage); // whether or not its plurals catalogue is embedded
    std::sort(codes.begin(), codes.end());
    codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
    QList<Language> languages;
    for (const QString &code : std::as_const(codes))
        languages.append({code, nativeName(code)});
    return languages;
}

QString LanguageSwitcher::bestMatch(const QStringList &uiLanguages) {
    const QList<Language> languages = available();
    for (const QString &wanted : uiLanguages) {
        const QLocale locale(wanted);
        for (const Language &language : languages) {
            if (sameWriting(locale, QLocale(language.code)))
                return language.code;
        }
    }
    return SourceLanguage;
}

QString LanguageSwitcher::systemLanguage() {
    return bestMatch(QLocale::system().uiLanguages());
}

QString LanguageSwitcher::choice() const {
    return QSettings().value(QLatin1String(SettingsKey)).toString();
}

void LanguageSwitcher::applySavedChoice() {
    const QString saved = choice();
    const QList<Language> languages = available();
    const bool known =
        std::any_of(languages.cbegin(), languages.cend(),
                    [&](const Language &language) { return language.code == saved; });
    switchTo(known ? saved : systemLanguage());
}

void LanguageSwitcher::choose(const QString &code) {
    QSettings settings;
    if (code.isEmpty())
        settings.remove(QLatin1String(SettingsKey));
    else
        settings.setValue(QLatin1String(SettingsKey), code);
    switchTo(code.isEmpty() ? systemLanguage() : code);
}

void LanguageSwitcher::switchTo(const QString &code) {
    QCoreApplication::removeTranslator(m_ours);
    QCoreApplication::removeTranslator(m_qt);
    m_current = SourceLanguage;
    // English has a catalogue too, of plurals only ("%n server(s)" → "1 server", "2 servers");
    // it is also what a language without a catalogue falls back to.
    if (m_ours->load(CataloguePrefix + code, CatalogueFolder))
        m_current = code;
    else
        (void)m_ours->load(CataloguePrefix + SourceLanguage, CatalogueFolder);
    if (!m_ours->isEmpty())
        QCoreApplication::installTranslator(m_ours);
    // Qt's own catalogue comes from the system's Qt (qt6-translations-l10n on Debian); without
    // it, Qt's standard buttons and dialogs stay English and the rest is still translated.
    if (m_qt->load(u"qtbase_" + m_current, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt);
    Q_EMIT languageChanged(m_current);
}

} // namespace yard::ui
