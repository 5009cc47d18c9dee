#include "project/projectfile.h"
#include "project/projectwriter.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace yard::project;

class TestProjectFile : public QObject {
    Q_OBJECT

private:
    static Project sample() {
        Project project;
        ServerConfig server;
        server.name = QStringLiteral("web");
        server.port = 8080;
        RouteConfig route;
        route.path = QStringLiteral("/health");
        route.action = RouteAction::Health;
        server.routes.append(route);
        project.servers.append(server);
        return project;
    }

    static QByteArray contents(const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // Makes `dir` unwritable even for root (CI runs as root): chmod, else the immutable flag.
    static bool makeReadOnly(const QString &dir, bool &usedChattr) {
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner);
        QFile probe(dir + QStringLiteral("/probe"));
        if (!probe.open(QIODevice::WriteOnly))
            return true;
        probe.remove();
        usedChattr = QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), dir}) == 0;
        return usedChattr;
    }

private Q_SLOTS:
    void saveThenLoad() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.yard.json"));
        QCOMPARE(ProjectFile::save(path, sample()), QString());
        const auto loaded = ProjectFile::load(path);
        QVERIFY(loaded.errors.isEmpty());
        QCOMPARE(*loaded.project, sample());
    }

    void missingFileIsReported() {
        const auto loaded = ProjectFile::load(QStringLiteral("/nonexistent/p.yard.json"));
        QVERIFY(!loaded.project);
        QCOMPARE(loaded.errors.size(), 1);
        QVERIFY(loaded.errors[0].message.startsWith(QStringLiteral("cannot read the file")));
    }

    void failedSaveLeavesOldFileIntact() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.yard.json"));
        const QByteArray old = "{\"version\": 1, \"servers\": []}\n";
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(old);
        }
        bool usedChattr = false;
        if (!makeReadOnly(dir.path(), usedChattr))
            QSKIP("cannot make a folder read-only here (root without chattr)");
        const QString error = ProjectFile::save(path, sample());
        if (usedChattr)
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), dir.path()});
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY2(error.startsWith(QStringLiteral("cannot write ") + path), qPrintable(error));
        QCOMPARE(contents(path), old);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 QStringList{QStringLiteral("p.yard.json")});
    }
};

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
