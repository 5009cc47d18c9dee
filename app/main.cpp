#include "cli/commandline.h"
#include "launcher.h"

int main(int argc, char **argv) {
    using namespace yard::app;
    if (launchModeFor(argc, argv) == LaunchMode::Window)
        return runWindow(argc, argv);
    return runCommandLine(argc, argv);
}
