#include "servecommand.h"

#include "console.h"
#include "logging/logwriter.h"
#include "project/projectfile.h"
#include "realtime/roomhistorystore.h"
#include "server/serverinstance.h"
#include "sessions/sessiondatabase.h"
#include "stopsignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <memory>
#include <vector>

namespace yard::app {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("yard::app::ServeCommand", text);
}

QString dataDir(const QCommandLineParser &parser) {
    const QString dir = parser.value(QStringLiteral("data-dir"));
    return dir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : dir;
}

// --log-db FILE, else DIR/requests.sqlite for --data-dir DIR, else the platform's app-data folder.
std::shared_ptr<logging::LogWriter> openLog(const QCommandLineParser &parser, QString *error) {
    QString path = parser.value(QStringLiteral("log-db"));
    if (path.isEmpty()) {
        const QString dir = dataDir(parser);
        if (!QDir().mkpath(dir)) {
            *error = tr("cannot create the folder %1").arg(dir);
            return nullptr;
        }
        path = QDir(dir).filePath(QStringLiteral("requests.sqlite"));
    }
    return logging::LogWriter::open(path, error);
}

// One database for every server with sessions (they share the users); none when no server has
// sessions, so a project without them never creates the key file.
std::shared_ptr<sessions::SessionDatabase>
openSessions(const project::Project &project, const QCommandLineParser &parser, QString *error) {
    for (const project::ServerConfig &config : project.servers) {
        if (config.sessions && config.sessions->isEnabled())
            return sessions::SessionDatabase::open(dataDir(parser), error);
    }
    return nullptr;
}

// DIR/rooms.sqlite for the chat history, when a server has a websocket route; none otherwise,
// so a project without chat rooms never creates the file.
std::shared_ptr<realtime::RoomHistoryStore>
openRoomHistory(const project::Project &project, const QCommandLineParser &parser, QString *error) {
    for (const project::ServerConfig &config : project.servers) {
        for (const project::RouteConfig &route : config.routes) {
            if (route.action != project::RouteAction::WebSocket)
                continue;
            const QString dir = dataDir(parser);
            if (!QDir().mkpath(dir)) {
                *error = tr("cannot create the folder %1").arg(dir);
                return nullptr;
            }
            return realtime::RoomHistoryStore::open(
                QDir(dir).filePath(QStringLiteral("rooms.sqlite")), error);
        }
    }
    return nullptr;
}

constexpr int StopGraceMs = 5000; // in-flight requests get this long after SIGINT/SIGTERM

} // namespace

int ServeCommand::run(const QStringList &args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Runs every server of a project without a window."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 tr("The project file to serve (default: the bundled demo)."),
                                 QStringLiteral("[PROJECT]"));
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
    QStringList files = parser.positionalArguments();
    if (files.isEmpty() && !project::ProjectFile::bundledDemo().isEmpty())
        files.append(project::ProjectFile::bundledDemo()); // CONTRACT.md: PROJECT is optional
    if (files.size() != 1) {
        Console::err(tr("Usage: yardmaster serve [PROJECT] [--host H] [--port N]\n"));
        return 2;
    }
    const auto result = project::ProjectFile::load(files.front());
    if (!result.project) {
        for (const project::ProjectError &error : result.errors)
            Console::err(error.toString(files.front()) + u'\n');
        return 1;
    }
    bool portOk = true;
    const int port = parser.isSet(QStringLiteral("port"))
                         ? parser.value(QStringLiteral("port")).toInt(&portOk)
                         : -1;
    if (!portOk || port > 65535 || (parser.isSet(QStringLiteral("port")) && port < 0)) {
        Console::err(tr("yardmaster serve: --port takes a number from 0 to 65535\n"));
        return 2;
    }

    // The request log: a problem with it is reported and the servers run without it.
    QString logError;
    const std::shared_ptr<logging::LogWriter> log = openLog(parser, &logError);
    if (!log)
        Console::err(tr("yardmaster serve: request logging is off: %1\n").arg(logError));

    QString sessionsError;
    const auto sessionDatabase = openSessions(*result.project, parser, &sessionsError);
    if (!sessionsError.isEmpty()) {
        Console::err(u"yardmaster serve: " + sessionsError + u'\n');
        return 1;
    }

    // The chat history, like the request log: a problem with it is reported and the rooms keep
    // their history in memory only.
    QString roomsError;
    const auto roomHistory = openRoomHistory(*result.project, parser, &roomsError);
    if (!roomsError.isEmpty()) {
        Console::err(
            tr("yardmaster serve: chat history is kept in memory only: %1\n").arg(roomsError));
    }

    std::vector<std::unique_ptr<server::ServerInstance>> servers;
    // Installed before the first "listening" line: a script may signal as soon as it reads it.
    StopSignals signals;
    QObject::connect(&signals, &StopSignals::stopRequested, qApp, [&servers, &log] {
        for (auto &instance : servers)
            instance->stop(StopGraceMs);
        if (log) {
            // Everything served is in the database before exit. After a saturating load that
            // can take seconds (the log wrote in the gaps); a second signal loses nothing: the
            // rest stays in the log's spool and is written at its next open.
            if (const qint64 behind = log->backlogRecords(); behind >= 100'000)
                Console::err(
                    tr("yardmaster serve: writing the last %1 log records…\n").arg(behind));
            log->flush();
        }
        QCoreApplication::quit();
    });
    for (const project::ServerConfig &config : result.project->servers) {
        auto instance = std::make_unique<server::ServerInstance>(
            config, QFileInfo(files.front()).absolutePath());
        instance->setAddress(parser.value(QStringLiteral("host")), servers.empty() ? port : -1);
        instance->setLogWriter(log);
        instance->setSessionDatabase(sessionDatabase);
        instance->setRoomHistory(roomHistory);
        QString error;
        if (!instance->start(&error)) {
            Console::err(u"yardmaster serve: " + error + u'\n');
            return 1;
        }
        Console::out(QStringLiteral("listening %1 %2\n").arg(config.name, instance->url()));
        servers.push_back(std::move(instance));
    }

    return QCoreApplication::exec();
}

} // namespace yard::app
