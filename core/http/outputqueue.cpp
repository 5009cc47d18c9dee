#include "outputqueue.h"

#include <cerrno>
#include <sys/socket.h>
#include <sys/uio.h>

namespace yard::http {

namespace {
constexpr int MaxIoVecs = 16;
} // namespace

QByteArray &OutputQueue::scratch() {
    if (m_chunks.empty() || !m_chunks.back().scratch) {
        m_chunks.push_back({std::move(m_spare), true});
        m_spare = QByteArray();
    }
    return m_chunks.back().data;
}

void OutputQueue::appendShared(const QByteArray &data) {
    if (!data.isEmpty())
        m_chunks.push_back({data, false});
}

qsizetype OutputQueue::size() const {
    qsizetype total = -m_offset;
    for (const Chunk &chunk : m_chunks)
        total += chunk.data.size();
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
        iovec vecs[MaxIoVecs];
        int count = 0;
        for (auto it = m_chunks.begin(); it != m_chunks.end() && count < MaxIoVecs; ++it) {
            const qsizetype skip = count == 0 ? m_offset : 0;
            vecs[count].iov_base = const_cast<char *>(it->data.constData() + skip);
            vecs[count].iov_len = std::size_t(it->data.size() - skip);
            ++count;
        }
        msghdr message = {};
        message.msg_iov = vecs;
        message.msg_iovlen = std::size_t(count);
        // MSG_NOSIGNAL: a peer that went away is an error to handle, not a SIGPIPE.
        ssize_t sent = ::sendmsg(int(fd), &message, MSG_NOSIGNAL);
        if (sent < 0) {
            if (errno == EINTR)
                continue;
            return errno == EAGAIN || errno == EWOULDBLOCK ? Flush::Partial : Flush::Error;
        }
        while (sent > 0) {
            const qsizetype left = m_chunks.front().data.size() - m_offset;
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

void OutputQueue::clear() {
    while (!m_chunks.empty())
        popFront();
}

} // namespace yard::http
