#pragma once

#include "projecterror.h"
#include "projectmodel.h"

#include <QByteArray>
#include <QCoreApplication>
#include <optional>

class QJsonObject;

namespace yard::project {

struct ProjectReadResult {
    std::optional<Project> project; // set only when there is no error
    ProjectErrors errors;
};

// Turns project JSON into a Project, reporting every mistake at once (CONTRACT.md, Project file).
class ProjectReader final {
    Q_DECLARE_TR_FUNCTIONS(yard::project::ProjectReader)

public:
    // `baseDir` is the project file's folder: relative paths resolve against it and are checked
    // on disk. Empty: paths are not checked (a project still being edited, in memory).
    static ProjectReadResult read(const QByteArray &json, const QString &baseDir = {});
    static ProjectReadResult read(QJsonObject document, const QString &baseDir = {});
};

} // namespace yard::project
