#pragma once

namespace yard::app {

// Which half of Yardmaster a command line asks for. The command-line half links only core, so
// `yardmaster serve` runs on machines without a display stack; the window lives in a module
// loaded on demand.
enum class LaunchMode { CommandLine, Window };

LaunchMode launchModeFor(int argc, char **argv);

// Loads the window module next to the executable and runs it; returns the exit code.
int runWindow(int argc, char **argv);

} // namespace yard::app
