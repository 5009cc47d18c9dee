#include "themeswitcher.h"

#include "themepalette.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace yard::ui {

namespace {
const QString Fusion = QStringLiteral("Fusion");

// A palette that sets no role: Qt fills every role from the platform theme (or the style) and
// keeps following the platform when it changes. Not QPalette(): that shares the application
// palette's data, and QApplication::setPalette ignores a copy of the palette it already has.
QPalette platformPalette() {
    QPalette palette(Qt::black);
    palette.setResolveMask(0);
    return palette;
}
} // namespace

ThemeSwitcher::ThemeSwitcher(QObject *parent)
    : QObject(parent)
    , m_systemStyle(QApplication::style() ? QApplication::style()->name() : QString()) {}

ThemeSwitcher *ThemeSwitcher::instance() {
    auto *app = QCoreApplication::instance();
    Q_ASSERT(app);
    if (auto *existing = app->findChild<ThemeSwitcher *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new ThemeSwitcher(app);
}

QString ThemeSwitcher::key(Theme theme) {
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

Theme ThemeSwitcher::fromKey(const QString &key) {
    if (key == u"light")
        return Theme::Light;
    if (key == u"dark")
        return Theme::Dark;
    return Theme::System;
}

Theme ThemeSwitcher::choice() const {
    return fromKey(QSettings().value(QLatin1String(SettingsKey)).toString());
}

void ThemeSwitcher::applySavedChoice() {
    const Theme theme = choice();
    if (theme != Theme::System)
        apply(theme);
}

void ThemeSwitcher::choose(Theme theme) {
    QSettings settings;
    if (theme == Theme::System)
        settings.remove(QLatin1String(SettingsKey));
    else
        settings.setValue(QLatin1String(SettingsKey), key(theme));
    apply(theme);
    Q_EMIT themeChanged(theme);
}

void ThemeSwitcher::setStyle(const QString &name) {
    if (name.isEmpty() || QApplication::style()->name().compare(name, Qt::CaseInsensitive) == 0)
        return; // a new style of the same name would only re-polish every widget
    if (QStyle *style = QStyleFactory::create(name))
        QApplication::setStyle(style);
}

void ThemeSwitcher::apply(Theme theme) {
    switch (theme) {
    case Theme::System:
        setStyle(m_systemStyle);
        QApplication::setPalette(platformPalette());
        return;
    case Theme::Light:
        setStyle(Fusion);
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    case Theme::Dark:
        setStyle(Fusion);
        QApplication::setPalette(darkPalette());
        return;
    }
}

} // namespace yard::ui
