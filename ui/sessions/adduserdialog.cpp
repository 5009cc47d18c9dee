#include "adduserdialog.h"

#include "backgroundcall.h"
#include "sessions/sessiondatabase.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace yard::ui {

AddUserDialog::AddUserDialog(std::shared_ptr<sessions::SessionDatabase> database, QWidget *parent)
    : QDialog(parent)
    , m_database(std::move(database))
    , m_name(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_again(new QLineEdit(this))
    , m_nameLabel(new QLabel(this))
    , m_passwordLabel(new QLabel(this))
    , m_againLabel(new QLabel(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    m_name->setObjectName(QStringLiteral("userName"));
    m_password->setObjectName(QStringLiteral("password"));
    m_again->setObjectName(QStringLiteral("passwordAgain"));
    m_password->setEchoMode(QLineEdit::Password);
    m_again->setEchoMode(QLineEdit::Password);
    m_status->setObjectName(QStringLiteral("addUserStatus"));
    m_status->setWordWrap(true);
    m_progress->setRange(0, 0); // indeterminate: the derivation gives no progress
    m_progress->hide();
    auto *form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_againLabel, m_again);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    for (QLineEdit *edit : {m_name, m_password, m_again})
        connect(edit, &QLineEdit::textChanged, this, &AddUserDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddUserDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    updateOk();
}

void AddUserDialog::retranslateUi() {
    setWindowTitle(tr("Add user"));
    m_nameLabel->setText(tr("Name:"));
    m_passwordLabel->setText(tr("Password:"));
    m_againLabel->setText(tr("Password again:"));
    m_name->setAccessibleName(tr("User name"));
    m_password->setAccessibleName(tr("Password"));
    m_again->setAccessibleName(tr("Password again"));
    m_progress->setAccessibleName(tr("Saving the user"));
}

void AddUserDialog::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

QString AddUserDialog::errorText() const {
    return m_status->text();
}

void AddUserDialog::updateOk() {
    const bool match = !m_password->text().isEmpty() && m_password->text() == m_again->text();
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_busy && match && !m_name->text().trimmed().isEmpty());
    m_status->setText(!m_again->text().isEmpty() && !match ? tr("The passwords differ.")
                                                           : QString());
}

void AddUserDialog::setBusy(bool busy) {
    m_busy = busy;
    for (QLineEdit *edit : {m_name, m_password, m_again})
        edit->setEnabled(!busy);
    m_progress->setVisible(busy);
    updateOk();
    if (busy)
        m_status->setText(tr("Saving…"));
}

void AddUserDialog::save() {
    if (m_busy || !m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    setBusy(true);
    runInBackground(
        this,
        [database = m_database, name = m_name->text().trimmed(), password = m_password->text()] {
            QString error;
            const bool saved = database->addUser(name, password, &error);
            return std::make_pair(saved, error);
        },
        [this](std::pair<bool, QString> result) {
            setBusy(false);
            if (result.first) {
                accept();
                return;
            }
            m_status->setText(tr("Could not add the user: %1").arg(result.second));
        });
}

} // namespace yard::ui
