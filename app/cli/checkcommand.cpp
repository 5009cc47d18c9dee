#include "checkcommand.h"

#include "console.h"
#include "project/projectfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace yard::app {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("yard::app::CheckCommand", text);
}
} // namespace

int CheckCommand::run(const QStringList &args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Validates a project file and prints every error."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file to check."));
    if (!parser.parse(QStringList{QStringLiteral("yardmaster check")} + args)) {
        Console::err(u"yardmaster check: " + parser.errorText() + u'\n');
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        Console::out(parser.helpText());
        return 0;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        Console::err(tr("Usage: yardmaster check PROJECT\n"));
        return 2;
    }
    const QString &file = files.front();
    const auto result = project::ProjectFile::load(file);
    for (const project::ProjectError &error : result.errors)
        Console::out(error.toString(file) + u'\n');
    if (!result.project)
        return 1;
    Console::out(QCoreApplication::translate("yard::app::CheckCommand", "%1: valid, %n server(s)\n",
                                             nullptr, int(result.project->servers.size()))
                     .arg(file));
    return 0;
}

} // namespace yard::app
