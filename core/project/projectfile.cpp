#include "projectfile.h"

#include "projectwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace yard::project {

namespace {
// Project files are hand-sized; anything this big is not one.
constexpr qint64 MaxProjectFileBytes = 16 * 1024 * 1024;
} // namespace

ProjectReadResult ProjectFile::load(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt,
                {{QString(), tr("cannot read the file: %1").arg(file.errorString())}}};
    if (file.size() > MaxProjectFileBytes)
        return {std::nullopt,
                {{QString(), tr("the file is larger than 16 MiB; is it a project?")}}};
    const QByteArray json = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return {std::nullopt,
                {{QString(), tr("cannot read the file: %1").arg(file.errorString())}}};
    return ProjectReader::read(json, QFileInfo(path).absolutePath());
}

QString ProjectFile::save(const QString &path, const Project &project) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("cannot write %1: %2").arg(path, file.errorString());
    const QByteArray json = ProjectWriter::write(project);
    if (file.write(json) != json.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return tr("cannot write %1: %2").arg(path, reason);
    }
    if (!file.commit())
        return tr("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

QString ProjectFile::bundledDemo() {
    const QDir appDir(QCoreApplication::applicationDirPath());
    const QString installed =
        appDir.filePath(QStringLiteral("../share/yardmaster/demo/demo.yard.json"));
    if (QFileInfo::exists(installed))
        return installed;
    QDir dir = appDir;
    for (int up = 0; up < 5 && dir.cdUp(); ++up) {
        const QString candidate = dir.filePath(QStringLiteral("resources/demo/demo.yard.json"));
        if (QFileInfo::exists(candidate))
            return candidate;
    }
    return {};
}

} // namespace yard::project
