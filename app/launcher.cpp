#include "launcher.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibrary>
#include <QStringList>
#include <cstdio>

#if defined(Q_OS_WIN)
#include <windows.h>
#elif defined(Q_OS_MACOS)
#include <mach-o/dyld.h>
#endif

namespace yard::app {

namespace {
using GuiMain = int (*)(int, char **);

// No QCoreApplication exists yet (the window module creates the QApplication), so the
// executable's path comes from the system.
QString executablePath(const char *argv0) {
#if defined(Q_OS_WIN)
    wchar_t buffer[MAX_PATH];
    const DWORD length = GetModuleFileNameW(nullptr, buffer, MAX_PATH);
    if (length > 0 && length < MAX_PATH)
        return QString::fromWCharArray(buffer, int(length));
#elif defined(Q_OS_MACOS)
    char buffer[4096];
    uint32_t size = sizeof buffer;
    if (_NSGetExecutablePath(buffer, &size) == 0)
        return QFileInfo(QString::fromLocal8Bit(buffer)).canonicalFilePath();
#else
    const QString self = QFile::symLinkTarget(QStringLiteral("/proc/self/exe"));
    if (!self.isEmpty())
        return self;
#endif
    return QFileInfo(QString::fromLocal8Bit(argv0)).absoluteFilePath();
}

bool isCommand(const QByteArray &word) {
    static const QList<QByteArray> commands = {"serve", "check", "logs", "users", "help"};
    return commands.contains(word);
}
} // namespace

LaunchMode launchModeFor(int argc, char **argv) {
    if (argc < 2)
        return LaunchMode::Window;
    const QByteArray first(argv[1]);
    return first.startsWith('-') || isCommand(first) ? LaunchMode::CommandLine : LaunchMode::Window;
}

int runWindow(int argc, char **argv) {
    const QDir dir = QFileInfo(executablePath(argv[0])).dir();
    // Build tree and Windows/macOS bundles: beside the executable; Linux install: lib/yardmaster.
    const QStringList candidates = {
        dir.filePath(QStringLiteral("yardmaster-gui")),
        dir.filePath(QStringLiteral("../lib/yardmaster/yardmaster-gui"))};
    QStringList failures;
    for (const QString &candidate : candidates) {
        QLibrary module(candidate);
        if (const auto entry = reinterpret_cast<GuiMain>(module.resolve("yardmasterGuiMain")))
            return entry(argc, argv);
        failures.append(module.errorString());
    }
    std::fprintf(stderr,
                 "yardmaster: the window is not available (%s).\n"
                 "Run 'yardmaster serve PROJECT' to serve without it.\n",
                 qPrintable(failures.join(QStringLiteral("; "))));
    return 1;
}

} // namespace yard::app
