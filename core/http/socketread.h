#pragma once

#include <QtGlobal>
#include <cerrno>
#include <sys/socket.h>

namespace yard::http {

// One non-blocking read, with the errno cases every connection type handles the same way.
enum class ReadOutcome { Data, WouldBlock, Closed };

inline ReadOutcome readSome(qintptr fd, char *buffer, qsizetype size, qsizetype &received) {
    for (;;) {
        const ssize_t count = ::recv(int(fd), buffer, std::size_t(size), 0);
        if (count > 0) {
            received = count;
            return ReadOutcome::Data;
        }
        if (count < 0 && errno == EINTR)
            continue;
        if (count < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return ReadOutcome::WouldBlock;
        return ReadOutcome::Closed; // the peer closed its side, or the socket failed
    }
}

} // namespace yard::http
