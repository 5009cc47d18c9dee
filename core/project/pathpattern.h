#pragma once

#include <QString>

namespace yard::project {

// What is wrong with a route path pattern ("/users/:id", "/files/*"), as a sentence that tells
// the user how to fix it; an empty string when the pattern is valid (CONTRACT.md, Project file).
QString pathPatternProblem(const QString &pattern);

// True for a pattern without ":name" captures, "*" excepted at the end (prefix mounts).
bool isPrefixPattern(const QString &pattern);

} // namespace yard::project
