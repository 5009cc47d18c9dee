#include "servecommand.h"

#include "console.h"
#include "project/projectfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace yard::app {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("yard::app::ServeCommand", text);
}
} // namespace

int ServeCommand::run(const QStringList &args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Runs every server of a project without a window."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file to serve."));
    parser.addOptions({
        {QStringLiteral("host"), tr("Listen on this address instead of the project's."),
         QStringLiteral("H")},
        {QStringLiteral("port"), tr("Port of the first server (0 = any free port)."),
         QStringLiteral("N")},
        {QStringLiteral("log-db"), tr("Request log database file."), QStringLiteral("FILE")},
        {QStringLiteral("data-dir"), tr("Folder for sessions, users and chat history."),
         QStringLiteral("DIR")},
    });
    if (!parser.parse(QStringList{QStringLiteral("yardmaster serve")} + args)) {
        Console::err(u"yardmaster serve: " + parser.errorText() + u'\n');
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        Console::out(parser.helpText());
        return 0;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        Console::err(tr("Usage: yardmaster serve PROJECT [--host H] [--port N]\n"));
        return 2;
    }
    const auto result = project::ProjectFile::load(files.front());
    if (!result.project) {
        for (const project::ProjectError &error : result.errors)
            Console::err(error.toString(files.front()) + u'\n');
        return 1;
    }
    Console::err(tr("yardmaster serve: the HTTP engine is not part of this build yet; "
                    "'%1' is valid but cannot be served\n")
                     .arg(files.front()));
    return 3;
}

} // namespace yard::app
