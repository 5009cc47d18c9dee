#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QSpinBox;

namespace yard::ui {

// Settings ▸ Preferences…: language, theme, starting servers with the window, default request
// log retention, what closing the window does while servers run. Like the platform's own
// settings windows (GNOME, macOS) it applies every change at once and has only a Close button:
// language and theme switch the running window, the rest is saved and read where it applies.
// Non-modal. GUI thread only.
class PreferencesDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    // `trayAvailable`: whether closing the window can leave servers running in the tray; without
    // a tray the close choice is shown disabled, with why.
    explicit PreferencesDialog(bool trayAvailable, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    // Shows the saved values (and those changed elsewhere, e.g. Settings ▸ Language).
    void load();
    void saveLogDefaults();
    void alignFields();

    const bool m_trayAvailable;
    QGroupBox *m_appearance;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_themeLabel;
    QComboBox *m_theme;
    QGroupBox *m_servers;
    QCheckBox *m_startServers;
    QLabel *m_closeLabel;
    QLabel *m_closeIndent; // the empty label before the close choice
    QComboBox *m_closeAction;
    QLabel *m_noTray;
    QGroupBox *m_log;
    QLabel *m_logHint;
    QLabel *m_maxRowsLabel;
    QSpinBox *m_maxRows;
    QLabel *m_maxAgeLabel;
    QSpinBox *m_maxAgeDays;
    QDialogButtonBox *m_buttons;
};

} // namespace yard::ui
