#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <sys/stat.h>
#include <utility>

namespace yard::routing {

// A descriptor and its fstat() data, closed on destruction unless released.
struct OpenedFile {
    int fd = -1;
    struct stat st {};

    OpenedFile() = default;
    Q_DISABLE_COPY_MOVE(OpenedFile)
    ~OpenedFile();
    int release() { return std::exchange(fd, -1); }
};

// The folder a static route serves, opened once; files are opened beneath it and never outside
// it, whatever symlinks say (strategy in rootdirectory.cpp). Immutable after construction: open()
// is safe from every thread at once.
class RootDirectory final {
    Q_DISABLE_COPY_MOVE(RootDirectory)

public:
    explicit RootDirectory(const QString &path);
    ~RootDirectory();

    // Opens `relative` (no "." or ".." segments, no leading '/'; "." = the folder) read-only and
    // fstat()s it. Returns 0 or an errno value: EXDEV when it resolves outside the folder.
    int open(const char *relative, OpenedFile &file) const;

private:
    int openResolved(const char *relative, int flags) const;
    bool isInside(QByteArrayView realPath) const;

    QByteArray m_canonical; // realpath() of the folder
    int m_fd = -1;
    bool m_beneath = false; // openat2(RESOLVE_BENEATH) works here (Linux 5.6+, not filtered)
};

} // namespace yard::routing
