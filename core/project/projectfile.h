#pragma once

#include "projectreader.h"

#include <QCoreApplication>

namespace yard::project {

// Reads and writes project files on disk. Saving is atomic (QSaveFile): a failed save leaves the
// previous file as it was.
class ProjectFile final {
    Q_DECLARE_TR_FUNCTIONS(yard::project::ProjectFile)

public:
    // The demo project bundled with Yardmaster: installed beside the program
    // (../share/yardmaster/demo) or, when run from a build tree, the source tree's
    // resources/demo. Empty when neither exists.
    static QString bundledDemo();
    // Errors about the file itself (missing, unreadable) come with an empty pointer.
    static ProjectReadResult load(const QString &path);
    // Returns an empty string on success, otherwise why the file could not be written.
    static QString save(const QString &path, const Project &project);
};

} // namespace yard::project
