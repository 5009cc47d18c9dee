#pragma once

#include <QStringList>

namespace yard::app {

// `yardmaster check PROJECT`: prints every error, one a line; exit 0 valid, 1 invalid, 2 usage.
class CheckCommand final {
public:
    static int run(const QStringList &args);
};

} // namespace yard::app
