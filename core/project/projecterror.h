#pragma once

#include <QList>
#include <QString>

namespace yard::project {

// One mistake in a project file. `pointer` is an RFC 6901 JSON pointer to the value at fault
// ("" for the whole document); `line`/`column` are 1-based and set only for JSON syntax errors.
struct ProjectError {
    QString pointer;
    QString message;
    int line = 0;
    int column = 0;

    // As a compiler would print it, so editors can jump to it:
    // "web.yard.json: /servers/0/port: …", "web.yard.json:3:14: not valid JSON: …",
    // "web.yard.json: cannot read the file: …".
    QString toString(const QString &fileName) const;
    friend bool operator==(const ProjectError &, const ProjectError &) = default;
};

using ProjectErrors = QList<ProjectError>;

// Escapes one reference token for a JSON pointer (RFC 6901 §3: "~" -> "~0", "/" -> "~1").
QString jsonPointerToken(const QString &key);

} // namespace yard::project
