#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class QTranslator;

namespace yard::ui {

// A language the window can show: a catalogue embedded as :/i18n/yardmaster_<code>.qm, or the
// English of the sources (whose yardmaster_en.qm holds only the English plural forms). The name is
// the language's own ("Deutsch", "日本語"), so a user who cannot read the current language still
// finds theirs.
struct Language {
    QString code; // "de", "zh_CN"; "en" for the English of the sources
    QString nativeName;
};

// Installs the application's translators: ours (embedded .qm resources) and Qt's own
// (qtbase_<code>.qm from Qt's translations folder, where installed: standard buttons, the file
// dialog). Installing or removing a translator sends QEvent::LanguageChange to every widget,
// which retranslates itself (retranslateUi), so the language changes without a restart.
// The choice is kept in QSettings under "ui/language"; empty = follow the system.
// One per application (translators are process-wide), GUI thread only.
class LanguageSwitcher final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageSwitcher)

public:
    static constexpr char SettingsKey[] = "ui/language";

    // The application's switcher, created on first use as a child of the application.
    static LanguageSwitcher *instance();

    // English and every embedded catalogue, sorted by code.
    static QList<Language> available();
    // The first of `uiLanguages` (QLocale's "de-DE" or "zh-Hans-CN" form, most wanted first)
    // that one of available() serves; "en" when none does.
    static QString bestMatch(const QStringList &uiLanguages);
    // bestMatch() of the system's preferred languages.
    static QString systemLanguage();
    static QString nativeName(const QString &code);

    // The saved choice: a code, or empty for the system's language.
    QString choice() const;
    // The language in effect.
    QString current() const { return m_current; }

    // Installs the saved choice (at start-up, before the first window exists).
    void applySavedChoice();
    // Saves `code` (empty = follow the system) and switches to it.
    void choose(const QString &code);

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    explicit LanguageSwitcher(QObject *parent);
    void switchTo(const QString &code);

    QTranslator *m_ours = nullptr;
    QTranslator *m_qt = nullptr;
    QString m_current = QStringLiteral("en");
};

} // namespace yard::ui
