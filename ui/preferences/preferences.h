#pragma once

#include "servers/logdefaults.h"

#include <QObject>

namespace yard::ui {

// What closing the window does while servers run and the platform has a tray.
enum class CloseAction { Ask, KeepInTray, Stop };

// The user's preferences that are neither language (LanguageSwitcher) nor theme
// (ThemeSwitcher), kept in QSettings and read where they apply. Setters save at once and
// announce it, so whatever follows a preference (ServerPool's log defaults) takes it in without
// waiting for a dialog's OK. One per application, GUI thread only.
class Preferences final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Preferences)

public:
    static constexpr char StartServersKey[] = "servers/startOnLaunch";
    static constexpr char LogMaxRowsKey[] = "log/defaultMaxRows";
    static constexpr char LogMaxAgeDaysKey[] = "log/defaultMaxAgeDays";
    static constexpr char CloseActionKey[] = "window/closeAction";
    // The bounds the project file accepts for the same settings (projectreader.cpp).
    static constexpr int MaxAgeDaysLimit = 3650;

    // The application's preferences, created on first use as a child of the application.
    static Preferences *instance();

    bool startServersOnLaunch() const;
    void setStartServersOnLaunch(bool on);
    LogDefaults logDefaults() const;
    void setLogDefaults(const LogDefaults &defaults);
    CloseAction closeAction() const;
    void setCloseAction(CloseAction action);

Q_SIGNALS:
    void changed();

private:
    explicit Preferences(QObject *parent);
};

} // namespace yard::ui
