#include "framequeue.h"

#include <cerrno>
#include <sys/socket.h>
#include <sys/uio.h>

namespace yard::realtime {

namespace {
constexpr int MaxIoVecs = 64;
} // namespace

void FrameQueue::append(const QByteArray &frame) {
    if (frame.isEmpty())
        return;
    m_frames.push_back(frame);
    m_bytes += frame.size();
}

FrameQueue::Flush FrameQueue::flush(int fd) {
    while (!m_frames.empty()) {
        iovec vecs[MaxIoVecs];
        int count = 0;
        for (auto it = m_frames.begin(); it != m_frames.end() && count < MaxIoVecs; ++it) {
            const qint64 skip = count == 0 ? m_offset : 0;
            vecs[count].iov_base = const_cast<char *>(it->constData() + skip);
            vecs[count].iov_len = std::size_t(it->size() - skip);
            ++count;
        }
        msghdr message = {};
        message.msg_iov = vecs;
        message.msg_iovlen = std::size_t(count);
        // MSG_NOSIGNAL: a peer that went away is an error to handle, not a SIGPIPE.
        ssize_t sent = ::sendmsg(fd, &message, MSG_NOSIGNAL);
        if (sent < 0) {
            if (errno == EINTR)
                continue;
            return errno == EAGAIN || errno == EWOULDBLOCK ? Flush::Partial : Flush::Error;
        }
        m_bytes -= sent;
        while (sent > 0) {
            const qint64 left = m_frames.front().size() - m_offset;
            if (sent < left) {
                m_offset += sent;
                break;
            }
            sent -= left;
            m_frames.pop_front();
            m_offset = 0;
        }
        if (count == MaxIoVecs || m_frames.empty())
            continue;
        return Flush::Partial; // the kernel took less than everything: its buffer is full
    }
    return Flush::Done;
}

void FrameQueue::dropUnstarted() {
    const std::size_t keep = m_offset > 0 ? 1 : 0;
    while (m_frames.size() > keep) {
        m_bytes -= m_frames.back().size();
        m_frames.pop_back();
    }
}

void FrameQueue::clear() {
    m_frames.clear();
    m_offset = 0;
    m_bytes = 0;
}

} // namespace yard::realtime
