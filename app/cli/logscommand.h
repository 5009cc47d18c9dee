#pragma once

#include <QStringList>

namespace yard::app {

// `yardmaster logs DB [--follow] [--type request|ws|sse] [--filter EXPR]
// [--format text|json|csv|har] [--limit N]` (CONTRACT.md): prints the newest N rows of a request
// log, oldest first, and with --follow the rows that arrive afterwards, until SIGINT/SIGTERM.
// Exit 0 done, 1 the log cannot be read, 2 usage.
class LogsCommand final {
public:
    static int run(const QStringList &args);
};

} // namespace yard::app
