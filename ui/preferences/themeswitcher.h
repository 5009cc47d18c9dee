#pragma once

#include <QObject>
#include <QString>

namespace yard::ui {

enum class Theme { System, Light, Dark };

// Applies the window's theme to the whole application. Qt 6.4 has no colour-scheme API, so a
// theme is a style and a palette: System = the style the platform chose at start-up with its
// palette (following the desktop's light or dark setting where the platform theme does); Light =
// Fusion with Fusion's standard palette; Dark = Fusion with darkPalette(). Setting the palette
// sends QEvent::PaletteChange to every widget; those that pick colours of their own re-pick them
// there (MainWindow::followPalette, the Log view's status colours).
// The choice is kept in QSettings under "ui/theme". One per application, GUI thread only.
class ThemeSwitcher final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThemeSwitcher)

public:
    static constexpr char SettingsKey[] = "ui/theme";

    // The application's switcher, created on first use as a child of the application. The first
    // call notes the platform's style: create it before any theme is applied.
    static ThemeSwitcher *instance();

    static QString key(Theme theme);
    static Theme fromKey(const QString &key);

    Theme choice() const;
    // Installs the saved theme at start-up; System leaves the platform's style untouched.
    void applySavedChoice();
    // Saves `theme` and switches to it at once.
    void choose(Theme theme);

Q_SIGNALS:
    void themeChanged(yard::ui::Theme theme);

private:
    explicit ThemeSwitcher(QObject *parent);
    void apply(Theme theme);
    static void setStyle(const QString &name);

    QString m_systemStyle; // the style the platform picked (or -style named)
};

} // namespace yard::ui
