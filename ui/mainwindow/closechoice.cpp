#include "closechoice.h"

#include "preferences/preferences.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace yard::ui {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(yard::ui::CloseChoice)
};

CloseChoice ask(QWidget *window, int runningServers) {
    QMessageBox box(QMessageBox::Question, QStringLiteral("Yardmaster"),
                    Text::tr("Keep the servers running in the tray?"), QMessageBox::NoButton,
                    window);
    box.setObjectName(QStringLiteral("closeQuestion"));
    box.setInformativeText(Text::tr("%n server(s) still running. They can keep serving while the "
                                    "window is closed; the tray icon brings the window back.",
                                    nullptr, runningServers));
    QPushButton *keep = box.addButton(Text::tr("&Keep Running"), QMessageBox::AcceptRole);
    QPushButton *stop = box.addButton(Text::tr("&Stop and Quit"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(keep);
    box.setCheckBox(new QCheckBox(Text::tr("&Don't ask again"), &box));
    box.exec();
    const CloseChoice choice = box.clickedButton() == keep   ? CloseChoice::Hide
                               : box.clickedButton() == stop ? CloseChoice::Quit
                                                             : CloseChoice::Cancel;
    if (choice != CloseChoice::Cancel && box.checkBox()->isChecked())
        Preferences::instance()->setCloseAction(
            choice == CloseChoice::Hide ? CloseAction::KeepInTray : CloseAction::Stop);
    return choice;
}
} // namespace

CloseChoice chooseOnClose(QWidget *window, bool hasTray, int runningServers) {
    if (!hasTray || runningServers == 0)
        return CloseChoice::Quit;
    switch (Preferences::instance()->closeAction()) {
    case CloseAction::KeepInTray:
        return CloseChoice::Hide;
    case CloseAction::Stop:
        return CloseChoice::Quit;
    case CloseAction::Ask:
        break;
    }
    return ask(window, runningServers);
}

} // namespace yard::ui
