#include "languagemenu.h"

#include "languageswitcher.h"

#include <QActionGroup>
#include <QEvent>

namespace yard::ui {

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(parent)
    , m_group(new QActionGroup(this)) {
    setObjectName(QStringLiteral("languageMenu"));
    m_system = addAction(QString());
    m_system->setObjectName(QStringLiteral("actionLanguageSystem"));
    addSeparator();
    for (const Language &language : LanguageSwitcher::available()) {
        QAction *action = addAction(language.nativeName);
        action->setObjectName(u"actionLanguage_" + language.code);
        action->setData(language.code);
    }
    for (QAction *action : actions()) {
        if (action->isSeparator())
            continue;
        action->setCheckable(true);
        m_group->addAction(action);
    }
    connect(m_group, &QActionGroup::triggered, this, [](QAction *action) {
        LanguageSwitcher::instance()->choose(action->data().toString());
    });
    connect(LanguageSwitcher::instance(), &LanguageSwitcher::languageChanged, this,
            &LanguageMenu::checkCurrentChoice);
    checkCurrentChoice();
    retranslateUi();
}

void LanguageMenu::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

void LanguageMenu::retranslateUi() {
    setTitle(tr("&Language"));
    m_system->setText(systemDefaultText());
}

QString LanguageMenu::systemDefaultText() {
    return tr("System default (%1)")
        .arg(LanguageSwitcher::nativeName(LanguageSwitcher::systemLanguage()));
}

void LanguageMenu::checkCurrentChoice() {
    const QString choice = LanguageSwitcher::instance()->choice();
    for (QAction *action : m_group->actions())
        action->setChecked(action->data().toString() == choice);
}

} // namespace yard::ui
