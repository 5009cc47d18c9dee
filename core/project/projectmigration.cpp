#include "projectmigration.h"

#include "projectmodel.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <array>

namespace yard::project {

namespace {
using MigrationStep = void (*)(QJsonObject &document);

// Index i upgrades version i + 1 to i + 2.
constexpr std::array<MigrationStep, Project::CurrentVersion - 1> s_steps = {};
} // namespace

bool ProjectMigration::migrate(QJsonObject &document, int fromVersion, ProjectErrors &errors) {
    if (fromVersion > Project::CurrentVersion) {
        errors.append({QStringLiteral("/version"),
                       QCoreApplication::translate("yard::project::ProjectReader",
                                                   "this file was written by a newer Yardmaster "
                                                   "(format %1); this one reads format %2 and "
                                                   "older, update Yardmaster")
                           .arg(fromVersion)
                           .arg(Project::CurrentVersion)});
        return false;
    }
    for (int version = fromVersion; version < Project::CurrentVersion; ++version)
        s_steps[std::size_t(version - 1)](document);
    document[QStringLiteral("version")] = Project::CurrentVersion;
    return true;
}

} // namespace yard::project
