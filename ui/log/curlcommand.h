#pragma once

#include "logging/logquery.h"

#include <QString>

namespace yard::ui {

// "Copy as curl" for a logged request: the method, the URL (the server's origin, when known, and
// the target as received) and the user agent, quoted for a POSIX shell. The log keeps no other
// headers and no body, so the command repeats only what was recorded. Pure; any thread.
class CurlCommand final {
public:
    // `origin` is "http://host:port" of the row's server; empty: http://localhost, as the HAR
    // export does.
    static QString build(const logging::LogRow &row, const QString &origin);
    // 'text' with every ' written as '\'' (POSIX sh: nothing inside single quotes is special).
    static QString shellQuote(const QString &text);
};

} // namespace yard::ui
