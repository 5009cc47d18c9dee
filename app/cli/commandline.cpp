#include "commandline.h"

#include "checkcommand.h"
#include "console.h"
#include "logscommand.h"
#include "servecommand.h"
#include "userscommand.h"

#include <QCoreApplication>

namespace yard::app {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("yard::app::CommandLine", text);
}

QString usage() {
    return tr("Usage:\n"
              "  yardmaster                      open the window (last project, or the demo)\n"
              "  yardmaster PROJECT.yard.json    open the window on that project\n"
              "  yardmaster serve [PROJECT] [--host H] [--port N] [--log-db FILE] "
              "[--data-dir DIR]\n"
              "                                  run the project's servers without a window\n"
              "  yardmaster check PROJECT        validate; print every error\n"
              "  yardmaster logs DB [--follow] [--type request|ws|sse] [--filter EXPR]\n"
              "                  [--format text|json|csv|har] [--limit N]\n"
              "                                  print a request log, or follow it\n"
              "  yardmaster users add NAME --password PW|- | list | remove NAME [--data-dir DIR]\n"
              "                                  manage the users who may sign in\n"
              "  yardmaster --version | --help\n"
              "\n"
              "Run 'yardmaster COMMAND --help' for a command's options.\n");
}
} // namespace

int runCommandLine(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("yardmaster"));
    QCoreApplication::setOrganizationName(QStringLiteral("Yardmaster"));
    QCoreApplication::setApplicationVersion(QStringLiteral(YARD_VERSION));

    QStringList args = QCoreApplication::arguments();
    const QString program = args.takeFirst();
    const QString command = args.value(0);
    if (command == u"--version" || command == u"-v") {
        Console::out(u"yardmaster " + QCoreApplication::applicationVersion() + u'\n');
        return 0;
    }
    if (command == u"--help" || command == u"-h" || command == u"help") {
        Console::out(usage());
        return 0;
    }
    args.removeFirst();
    if (command == u"check")
        return CheckCommand::run(args);
    if (command == u"serve")
        return ServeCommand::run(args);
    if (command == u"logs")
        return LogsCommand::run(args);
    if (command == u"users")
        return UsersCommand::run(args);
    Console::err(tr("yardmaster: unknown command or option '%1'\n\n").arg(command) + usage());
    return 2;
}

} // namespace yard::app
