#pragma once

namespace yard::app {

// `yardmaster serve|check|logs|users|--version|--help` (CONTRACT.md, Command line).
// Runs without a GUI library: creates a QCoreApplication.
int runCommandLine(int argc, char **argv);

} // namespace yard::app
