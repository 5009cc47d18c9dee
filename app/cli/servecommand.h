#pragma once

#include <QStringList>

namespace yard::app {

// `yardmaster serve [PROJECT] [--host H] [--port N] [--log-db FILE] [--data-dir DIR]`.
class ServeCommand final {
public:
    static int run(const QStringList &args);
};

} // namespace yard::app
