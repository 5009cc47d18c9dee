#pragma once

#include <QDialog>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace yard::sessions {
class SessionDatabase;
}

namespace yard::ui {

// Name, password, password again. OK stays off until both passwords match; the user is saved on
// a pool thread (PBKDF2 takes about a second) while the dialog shows it is busy; an error from
// the database stays in the dialog. Accepted once the user is saved.
class AddUserDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddUserDialog)

public:
    AddUserDialog(std::shared_ptr<sessions::SessionDatabase> database, QWidget *parent = nullptr);

    bool isBusy() const { return m_busy; }
    QString errorText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateOk();
    void save();
    void setBusy(bool busy);

    std::shared_ptr<sessions::SessionDatabase> m_database;
    QLineEdit *m_name;
    QLineEdit *m_password;
    QLineEdit *m_again;
    QLabel *m_nameLabel;
    QLabel *m_passwordLabel;
    QLabel *m_againLabel;
    QLabel *m_status;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
};

} // namespace yard::ui
