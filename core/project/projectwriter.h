#pragma once

#include "projectmodel.h"

#include <QByteArray>

namespace yard::project {

// Writes a Project as JSON text with its keys in a fixed, readable order (method, path, action,
// then the action's settings). Absent optional settings stay absent, so load → save → load gives
// the same Project and save → load → save the same bytes.
class ProjectWriter final {
public:
    static QByteArray write(const Project &project);
};

} // namespace yard::project
