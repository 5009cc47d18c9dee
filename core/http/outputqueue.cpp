#include "outputqueue.h"

#include <cerrno>
#include <sys/sendfile.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

namespace yard::http {

namespace {
constexpr int MaxIoVecs = 16;
} // namespace

FileHandle::~FileHandle() {
    ::close(m_fd);
}

QByteArray &OutputQueue::scratch() {
    if (m_chunks.empty() || !m_chunks.back().scratch) {
        m_chunks.push_back({std::move(m_spare), true, {}, 0, 0});
        m_spare = QByteArray();
    }
    return m_chunks.back().data;
}

void OutputQueue::appendShared(const QByteArray &data) {
    if (!data.isEmpty())
        m_chunks.push_back({data, false, {}, 0, 0});
}

void OutputQueue::appendFile(std::shared_ptr<const FileHandle> file, qint64 offset, qint64 length) {
    if (length > 0)
        m_chunks.push_back({QByteArray(), false, std::move(file), offset, length});
}

qsizetype OutputQueue::size() const {
    qsizetype total = -m_offset;
    for (const Chunk &chunk : m_chunks)
        total += chunk.length();
    return total;
}

void OutputQueue::popFront() {
    Chunk &front = m_chunks.front();
    if (front.scratch) {
        front.data.resize(0); // keeps the capacity for the next responses
        m_spare = std::move(front.data);
    }
    m_chunks.pop_front();
    m_offset = 0;
}

OutputQueue::Flush OutputQueue::flush(qintptr fd) {
    while (!m_chunks.empty()) {
        if (m_chunks.front().file) {
            const Flush result = flushFile(fd);
            if (result != Flush::Done)
                return result;
            continue;
        }
        iovec vecs[MaxIoVecs];
        int count = 0;
        // Memory chunks up to the next file range go out in one gather write.
        for (auto it = m_chunks.begin(); it != m_chunks.end() && !it->file && count < MaxIoVecs;
             ++it) {
            const qsizetype skip = count == 0 ? m_offset : 0;
            vecs[count].iov_base = const_cast<char *>(it->data.constData() + skip);
            vecs[count].iov_len = std::size_t(it->data.size() - skip);
            ++count;
        }
        // Head then file: MSG_MORE holds the head back so it leaves in the same segment as the
        // file's first bytes (what nginx gets from tcp_nopush), one packet instead of two.
        const bool fileFollows =
            std::size_t(count) < m_chunks.size() && m_chunks[std::size_t(count)].file;
        msghdr message = {};
        message.msg_iov = vecs;
        message.msg_iovlen = std::size_t(count);
        // MSG_NOSIGNAL: a peer that went away is an error to handle, not a SIGPIPE.
        ssize_t sent = ::sendmsg(int(fd), &message, MSG_NOSIGNAL | (fileFollows ? MSG_MORE : 0));
        if (sent < 0) {
            if (errno == EINTR)
                continue;
            return errno == EAGAIN || errno == EWOULDBLOCK ? Flush::Partial : Flush::Error;
        }
        while (sent > 0) {
            const qint64 left = m_chunks.front().data.size() - m_offset;
            if (sent < left) {
                m_offset += sent;
                break;
            }
            sent -= left;
            popFront();
        }
    }
    return Flush::Done;
}

// Sends one file range with sendfile(): the kernel copies from the page cache to the socket, the
// bytes never enter our memory.
OutputQueue::Flush OutputQueue::flushFile(qintptr fd) {
    Chunk &chunk = m_chunks.front();
    while (m_offset < chunk.fileLength) {
        off_t position = off_t(chunk.fileOffset + m_offset);
        const ssize_t sent = ::sendfile(int(fd), chunk.file->fd(), &position,
                                        std::size_t(chunk.fileLength - m_offset));
        if (sent < 0) {
            if (errno == EINTR)
                continue;
            return errno == EAGAIN || errno == EWOULDBLOCK ? Flush::Partial : Flush::Error;
        }
        if (sent == 0)
            return Flush::Error; // the file shrank under us: the response cannot be completed
        m_offset += sent;
    }
    popFront();
    return Flush::Done;
}

void OutputQueue::clear() {
    while (!m_chunks.empty())
        popFront();
}

} // namespace yard::http
