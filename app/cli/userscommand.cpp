#include "userscommand.h"

#include "console.h"
#include "sessions/sessiondatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QStandardPaths>
#include <QTextStream>
#include <cstdio>

namespace yard::app {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("yard::app::UsersCommand", text);
}

QString usage() {
    return tr("Usage: yardmaster users add NAME --password PW|- [--data-dir DIR]\n"
              "       yardmaster users list [--data-dir DIR]\n"
              "       yardmaster users remove NAME [--data-dir DIR]\n");
}

QString readPasswordFromStdin() {
    QTextStream in(stdin);
    return in.readLine();
}

int add(sessions::SessionDatabase &database, const QString &name, QString password) {
    if (password == u"-")
        password = readPasswordFromStdin();
    QString error;
    if (!database.addUser(name, password, &error)) {
        Console::err(u"yardmaster users add: " + error + u'\n');
        return 1;
    }
    Console::out(tr("added %1\n").arg(name));
    return 0;
}

int list(const sessions::SessionDatabase &database) {
    for (const sessions::UserInfo &user : database.users()) {
        Console::out(user.name + u'\t' +
                     QDateTime::fromMSecsSinceEpoch(user.createdMs).toString(Qt::ISODate) + u'\n');
    }
    return 0;
}

int remove(sessions::SessionDatabase &database, const QString &name) {
    QString error;
    if (!database.removeUser(name, &error)) {
        Console::err(u"yardmaster users remove: " + error + u'\n');
        return 1;
    }
    Console::out(tr("removed %1\n").arg(name));
    return 0;
}
} // namespace

int UsersCommand::run(const QStringList &args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Manages the users who may sign in to the servers."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("add, list or remove"));
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The user (add, remove)."));
    parser.addOptions({
        {QStringLiteral("password"), tr("The new user's password; \"-\" reads it from stdin."),
         QStringLiteral("PW")},
        {QStringLiteral("data-dir"), tr("Folder for sessions, users and chat history."),
         QStringLiteral("DIR")},
    });
    if (!parser.parse(QStringList{QStringLiteral("yardmaster users")} + args)) {
        Console::err(u"yardmaster users: " + parser.errorText() + u'\n');
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        Console::out(parser.helpText());
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const bool named = action == u"add" || action == u"remove";
    if ((named && positional.size() != 2) || (action == u"list" && positional.size() != 1) ||
        (!named && action != u"list") ||
        (action == u"add" && !parser.isSet(QStringLiteral("password")))) {
        Console::err(usage());
        return 2;
    }

    QString dir = parser.value(QStringLiteral("data-dir"));
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QString error;
    const auto database = sessions::SessionDatabase::open(dir, &error);
    if (!database) {
        Console::err(u"yardmaster users: " + error + u'\n');
        return 1;
    }
    if (action == u"add")
        return add(*database, positional[1], parser.value(QStringLiteral("password")));
    if (action == u"remove")
        return remove(*database, positional[1]);
    return list(*database);
}

} // namespace yard::app
