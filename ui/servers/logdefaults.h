#pragma once

#include "project/projectmodel.h"

namespace yard::ui {

// Request log retention for servers whose project file sets none (Preferences); 0 = no limit.
// Kept out of the project file: it is this user's disk, not the project's.
struct LogDefaults {
    int maxRows = 0;
    int maxAgeDays = 0;
    friend bool operator==(const LogDefaults &, const LogDefaults &) = default;
};

// `config` with the limits its `log` block leaves out taken from `defaults`: what the window
// starts, while the document (and the file) keep what the user wrote. A default of 0 adds
// nothing, so a config without defaults compares equal to the document's.
inline project::ServerConfig withLogDefaults(project::ServerConfig config,
                                             const LogDefaults &defaults) {
    if (defaults.maxRows <= 0 && defaults.maxAgeDays <= 0)
        return config;
    project::LogConfig log = config.log.value_or(project::LogConfig());
    if (!log.maxRows && defaults.maxRows > 0)
        log.maxRows = defaults.maxRows;
    if (!log.maxAgeDays && defaults.maxAgeDays > 0)
        log.maxAgeDays = defaults.maxAgeDays;
    config.log = log;
    return config;
}

} // namespace yard::ui
