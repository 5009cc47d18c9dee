#pragma once

#include "projecterror.h"

class QJsonObject;

namespace yard::project {

// Brings a project document written by an older Yardmaster up to Project::CurrentVersion, one
// version step at a time, before it is read. Version 1 is the first format, so there is no step
// yet; a step N → N+1 is added here with the format change that needs it (CONTRACT.md).
class ProjectMigration final {
public:
    // Returns false (with an error) for a version this build cannot read.
    static bool migrate(QJsonObject &document, int fromVersion, ProjectErrors &errors);
};

} // namespace yard::project
