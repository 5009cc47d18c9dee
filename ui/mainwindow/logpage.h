#pragma once

#include <QString>

class QWidget;

namespace yard::ui {

// What the Log tab needs to show the window's request log.
struct LogPageContext {
    QString databasePath; // the SQLite request log the window's servers write to
};

// The one place the Log tab's widget is made (the log view is built on its own, in ui/log/).
QWidget *createLogPage(const LogPageContext &context, QWidget *parent);

} // namespace yard::ui
