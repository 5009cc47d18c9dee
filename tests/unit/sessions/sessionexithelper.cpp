// The end of a process whose last reference to a SessionDatabase is held by a job on the global
// thread pool (what AddUserDialog's background call does when the window quits meanwhile).
//   sessionexithelper DIR COUNT
// Opens DIR, hands COUNT new sessions of server "exit" to the database's thread, gives the
// database to a pool job that waits a moment and then adds a user, and returns from main at once:
// ~QCoreApplication runs its post routines (Qt Sql's closes every connection) while the sessions
// thread still writes the sessions and before the job has run. It must exit with 0, every
// session written.
#include "sessions/sessiondatabase.h"
#include "sessions/sessionstore.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>
#include <cstdio>

using namespace yard::sessions;

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return 2;
    QString error;
    std::shared_ptr<SessionDatabase> database = SessionDatabase::open(args.at(1), &error);
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 3;
    }
    const std::shared_ptr<SessionStore> store = database->store(QStringLiteral("exit"));
    const int count = args.at(2).toInt();
    for (int i = 0; i < count; ++i)
        store->create(QStringLiteral("user%1").arg(i), QStringLiteral("client"), 3600000);
    QThreadPool::globalInstance()->start([database = std::move(database)] {
        QThread::msleep(200);
        QString addError;
        database->addUser(QStringLiteral("late"), QStringLiteral("password"), &addError);
    });
    return 0;
}
