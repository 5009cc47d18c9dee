#include "preferencesdialog.h"

#include "i18n/languagemenu.h"
#include "i18n/languageswitcher.h"
#include "preferences.h"
#include "themeswitcher.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>
#include <limits>

namespace yard::ui {

namespace {
QLabel *hintLabel(QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    // The secondary text of a form: smaller, as the platform's own dialogs show it.
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

void selectData(QComboBox *combo, const QVariant &data) {
    const QSignalBlocker blocker(combo);
    combo->setCurrentIndex(qMax(0, combo->findData(data)));
}
} // namespace

PreferencesDialog::PreferencesDialog(bool trayAvailable, QWidget *parent)
    : QDialog(parent)
    , m_trayAvailable(trayAvailable)
    , m_appearance(new QGroupBox(this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_themeLabel(new QLabel(this))
    , m_theme(new QComboBox(this))
    , m_servers(new QGroupBox(this))
    , m_startServers(new QCheckBox(this))
    , m_closeLabel(new QLabel(this))
    , m_closeIndent(new QLabel(this))
    , m_closeAction(new QComboBox(this))
    , m_noTray(hintLabel(this))
    , m_log(new QGroupBox(this))
    , m_logHint(hintLabel(this))
    , m_maxRowsLabel(new QLabel(this))
    , m_maxRows(new QSpinBox(this))
    , m_maxAgeLabel(new QLabel(this))
    , m_maxAgeDays(new QSpinBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this)) {
    setObjectName(QStringLiteral("preferencesDialog"));
    m_language->setObjectName(QStringLiteral("prefLanguage"));
    m_theme->setObjectName(QStringLiteral("prefTheme"));
    m_startServers->setObjectName(QStringLiteral("prefStartServers"));
    m_closeAction->setObjectName(QStringLiteral("prefCloseAction"));
    m_maxRows->setObjectName(QStringLiteral("prefLogMaxRows"));
    m_maxAgeDays->setObjectName(QStringLiteral("prefLogMaxAgeDays"));

    m_language->addItem(QString(), QString());
    for (const Language &language : LanguageSwitcher::available())
        m_language->addItem(language.nativeName, language.code);
    for (Theme theme : {Theme::System, Theme::Light, Theme::Dark})
        m_theme->addItem(QString(), ThemeSwitcher::key(theme));
    for (CloseAction action : {CloseAction::Ask, CloseAction::KeepInTray, CloseAction::Stop})
        m_closeAction->addItem(QString(), int(action));
    m_closeAction->setEnabled(m_trayAvailable);
    m_noTray->setVisible(!m_trayAvailable);
    m_maxRows->setRange(0, std::numeric_limits<int>::max());
    m_maxRows->setSingleStep(10'000);
    m_maxRows->setGroupSeparatorShown(true);
    m_maxAgeDays->setRange(0, Preferences::MaxAgeDaysLimit);
    for (QSpinBox *spin : {m_maxRows, m_maxAgeDays}) {
        spin->setAlignment(Qt::AlignRight);
        spin->setAccelerated(true);
    }
    m_languageLabel->setBuddy(m_language);
    m_themeLabel->setBuddy(m_theme);
    m_closeLabel->setBuddy(m_closeAction);
    m_maxRowsLabel->setBuddy(m_maxRows);
    m_maxAgeLabel->setBuddy(m_maxAgeDays);

    auto *appearance = new QFormLayout(m_appearance);
    appearance->addRow(m_languageLabel, m_language);
    appearance->addRow(m_themeLabel, m_theme);
    auto *servers = new QFormLayout(m_servers);
    servers->addRow(m_startServers);
    // The question is long: on a line of its own, its answer in the column of the others.
    servers->addRow(m_closeLabel);
    servers->addRow(m_closeIndent, m_closeAction);
    servers->addRow(m_noTray);
    auto *log = new QFormLayout(m_log);
    log->addRow(m_logHint);
    log->addRow(m_maxRowsLabel, m_maxRows);
    log->addRow(m_maxAgeLabel, m_maxAgeDays);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_appearance);
    layout->addWidget(m_servers);
    layout->addWidget(m_log);
    layout->addStretch();
    layout->addWidget(m_buttons);
    layout->setSizeConstraint(QLayout::SetMinimumSize);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_language, &QComboBox::activated, this, [this](int index) {
        LanguageSwitcher::instance()->choose(m_language->itemData(index).toString());
    });
    connect(m_theme, &QComboBox::activated, this, [this](int index) {
        ThemeSwitcher::instance()->choose(
            ThemeSwitcher::fromKey(m_theme->itemData(index).toString()));
    });
    connect(m_startServers, &QCheckBox::toggled, this,
            [](bool on) { Preferences::instance()->setStartServersOnLaunch(on); });
    connect(m_closeAction, &QComboBox::activated, this, [this](int index) {
        Preferences::instance()->setCloseAction(
            CloseAction(m_closeAction->itemData(index).toInt()));
    });
    connect(m_maxRows, &QSpinBox::valueChanged, this, &PreferencesDialog::saveLogDefaults);
    connect(m_maxAgeDays, &QSpinBox::valueChanged, this, &PreferencesDialog::saveLogDefaults);
    // What changes elsewhere (the Settings ▸ Language menu, the close question's "Don't ask
    // again") shows here too.
    connect(LanguageSwitcher::instance(), &LanguageSwitcher::languageChanged, this,
            &PreferencesDialog::load);
    connect(ThemeSwitcher::instance(), &ThemeSwitcher::themeChanged, this,
            &PreferencesDialog::load);
    connect(Preferences::instance(), &Preferences::changed, this, &PreferencesDialog::load);
    retranslateUi();
    load();
}

void PreferencesDialog::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PreferencesDialog::retranslateUi() {
    setWindowTitle(tr("Preferences"));
    m_appearance->setTitle(tr("Appearance"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(0, LanguageMenu::systemDefaultText());
    m_themeLabel->setText(tr("&Theme:"));
    m_theme->setItemText(0, tr("System"));
    m_theme->setItemText(1, tr("Light"));
    m_theme->setItemText(2, tr("Dark"));
    m_servers->setTitle(tr("Servers"));
    m_startServers->setText(tr("&Start servers when Yardmaster opens"));
    m_closeLabel->setText(tr("When the window &closes with servers running:"));
    m_closeAction->setItemText(0, tr("Ask"));
    m_closeAction->setItemText(1, tr("Keep them running in the tray"));
    m_closeAction->setItemText(2, tr("Stop them and quit"));
    m_noTray->setText(tr("This desktop has no system tray: closing the window stops the "
                         "servers."));
    m_log->setTitle(tr("Request log"));
    m_logHint->setText(tr("For servers whose project file sets no limit of its own. Applies when "
                          "a server starts."));
    m_maxRowsLabel->setText(tr("Maximum &rows per server:"));
    m_maxAgeLabel->setText(tr("Maximum &age in days:"));
    for (QSpinBox *spin : {m_maxRows, m_maxAgeDays})
        spin->setSpecialValueText(tr("Unlimited"));
    alignFields();
}

// One label column for the three groups, so their fields line up as in a single form.
void PreferencesDialog::alignFields() {
    const QList<QLabel *> labels = {m_languageLabel, m_themeLabel, m_closeIndent, m_maxRowsLabel,
                                    m_maxAgeLabel};
    int width = 0;
    for (QLabel *label : labels) {
        label->setMinimumWidth(0);
        width = qMax(width, label->sizeHint().width());
    }
    for (QLabel *label : labels)
        label->setMinimumWidth(width);
}

void PreferencesDialog::load() {
    selectData(m_language, LanguageSwitcher::instance()->choice());
    selectData(m_theme, ThemeSwitcher::key(ThemeSwitcher::instance()->choice()));
    const Preferences *preferences = Preferences::instance();
    {
        const QSignalBlocker blocker(m_startServers);
        m_startServers->setChecked(preferences->startServersOnLaunch());
    }
    selectData(m_closeAction, int(preferences->closeAction()));
    const LogDefaults defaults = preferences->logDefaults();
    const QSignalBlocker rows(m_maxRows);
    const QSignalBlocker days(m_maxAgeDays);
    // Only what differs: setting the value a user is typing would move the cursor.
    if (m_maxRows->value() != defaults.maxRows)
        m_maxRows->setValue(defaults.maxRows);
    if (m_maxAgeDays->value() != defaults.maxAgeDays)
        m_maxAgeDays->setValue(defaults.maxAgeDays);
}

void PreferencesDialog::saveLogDefaults() {
    Preferences::instance()->setLogDefaults({m_maxRows->value(), m_maxAgeDays->value()});
}

} // namespace yard::ui
