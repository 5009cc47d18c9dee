#pragma once

#include <QString>

class QWidget;

namespace yard::ui {

class LogView;
class ProjectDocument;
class ServerListPanel;
class ServerPool;

// What the Log tab needs to show the window's request log.
struct LogPageContext {
    QString databasePath; // the SQLite request log the window's servers write to
    ProjectDocument *document = nullptr;
    ServerPool *pool = nullptr;
    ServerListPanel *servers = nullptr; // whose selection the log follows
};

// The one place the Log tab's widget is made: a LogView on the window's request log that follows
// the selected server (its rows, its routes' labels) and knows the running servers' addresses
// (copy as curl, HAR export). The view is built on its own, in ui/log/.
LogView *createLogPage(const LogPageContext &context, QWidget *parent);

} // namespace yard::ui
