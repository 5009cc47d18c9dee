#pragma once

#include <QMenu>

class QActionGroup;

namespace yard::ui {

// "Language": "System default" and every available language by its own name, one checked.
// Choosing one switches the whole application at once (LanguageSwitcher). GUI thread only.
class LanguageMenu final : public QMenu {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageMenu)

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    // "System default (Deutsch)": the entry that follows the system, named here for every
    // place that offers the choice (this menu, the Preferences dialog).
    static QString systemDefaultText();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void checkCurrentChoice();

    QActionGroup *m_group = nullptr;
    QAction *m_system = nullptr;
};

} // namespace yard::ui
