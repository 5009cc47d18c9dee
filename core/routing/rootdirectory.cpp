#include "rootdirectory.h"

#include <QFile>
#include <QVarLengthArray>
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

#if __has_include(<linux/openat2.h>)
#include <linux/openat2.h>
#include <sys/syscall.h>
#define YARD_HAVE_OPENAT2 1
#else
#define YARD_HAVE_OPENAT2 0
#endif

namespace yard::routing {

OpenedFile::~OpenedFile() {
    if (fd >= 0)
        ::close(fd);
}

RootDirectory::RootDirectory(const QString &path) {
    const QByteArray native = QFile::encodeName(path);
    if (native.isEmpty())
        return;
    m_fd = ::open(native.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    char resolved[PATH_MAX];
    if (m_fd >= 0 && ::realpath(native.constData(), resolved))
        m_canonical = QByteArray(resolved);
#if YARD_HAVE_OPENAT2
    if (m_fd >= 0) {
        open_how how{};
        how.flags = O_RDONLY | O_DIRECTORY | O_CLOEXEC;
        how.resolve = RESOLVE_BENEATH;
        const long fd = ::syscall(SYS_openat2, m_fd, ".", &how, sizeof how);
        m_beneath = fd >= 0; // ENOSYS on old kernels, EPERM under some seccomp filters
        if (fd >= 0)
            ::close(int(fd));
    }
#endif
}

RootDirectory::~RootDirectory() {
    if (m_fd >= 0)
        ::close(m_fd);
}

bool RootDirectory::isInside(QByteArrayView realPath) const {
    const QByteArrayView root = m_canonical;
    if (root.isEmpty())
        return false; // fail closed
    if (root == "/")
        return true;
    return realPath.startsWith(root) &&
           (realPath.size() == root.size() || realPath[root.size()] == '/');
}

// Symlink strategy. The common case costs one syscall and no canonicalisation: openat2() with
// RESOLVE_BENEATH makes the kernel resolve the path under the folder's descriptor and refuse
// (EXDEV) any step that leaves it, which only a symlink can do (the path has no ".."). It also
// refuses absolute symlinks, even those pointing back inside, so on EXDEV the path is
// canonicalised once with realpath() and, if inside, opened by its canonical form with
// RESOLVE_NO_SYMLINKS: a link swapped in meanwhile cannot redirect it, and nothing outside is ever
// opened. Without openat2 (Linux < 5.6, or filtered by seccomp) the file is opened with openat()
// and its real path read back from /proc/self/fd: one more syscall per request, still race-free.
int RootDirectory::openResolved(const char *relative, int flags) const {
#if YARD_HAVE_OPENAT2
    if (m_beneath) {
        open_how how{};
        how.flags = quint64(flags);
        how.resolve = RESOLVE_BENEATH | RESOLVE_NO_MAGICLINKS;
        int fd = int(::syscall(SYS_openat2, m_fd, relative, &how, sizeof how));
        if (fd >= 0 || errno != EXDEV)
            return fd;
        QVarLengthArray<char, 512> full;
        full.append(m_canonical.constData(), m_canonical.size());
        full.append('/');
        full.append(relative, qsizetype(std::strlen(relative)) + 1);
        char resolved[PATH_MAX];
        if (!::realpath(full.constData(), resolved))
            return -1;
        const QByteArrayView real(resolved);
        if (!isInside(real)) {
            errno = EXDEV;
            return -1;
        }
        const char *inside = real.size() > m_canonical.size()
                                 ? resolved + m_canonical.size() + (m_canonical == "/" ? 0 : 1)
                                 : ".";
        how.resolve = RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS;
        fd = int(::syscall(SYS_openat2, m_fd, inside, &how, sizeof how));
        if (fd < 0 && (errno == ELOOP || errno == EXDEV))
            errno = EXDEV;
        return fd;
    }
#endif
    const int fd = ::openat(m_fd, relative, flags);
    if (fd < 0)
        return -1;
    char link[32];
    char real[PATH_MAX];
    std::snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    const ssize_t n = ::readlink(link, real, sizeof real);
    if (n > 0 && n < ssize_t(sizeof real) && isInside(QByteArrayView(real, n)))
        return fd;
    ::close(fd);
    errno = EXDEV;
    return -1;
}

int RootDirectory::open(const char *relative, OpenedFile &file) const {
    if (m_fd < 0)
        return ENOENT;
    // O_NONBLOCK: opening a FIFO must not park the worker; regular files ignore it.
    const int fd = openResolved(relative, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0)
        return errno;
    file.fd = fd;
    return ::fstat(fd, &file.st) == 0 ? 0 : errno;
}

} // namespace yard::routing
