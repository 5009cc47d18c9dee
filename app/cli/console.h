#pragma once

#include <QString>

namespace yard::app {

// Writes whole lines to stdout/stderr in the terminal's encoding, flushed at once so that
// scripts reading `listening …` lines see them immediately.
class Console final {
public:
    static void out(const QString &text);
    static void err(const QString &text);
};

} // namespace yard::app
