#pragma once

#include "httpresponse.h"

#include <QByteArray>
#include <deque>
#include <memory>

namespace yard::http {

// Bytes waiting to go out on one connection. Heads and small bodies are copied into a scratch
// buffer that keeps its capacity from one response to the next; large bodies are queued as
// shared QByteArrays, never copied. flush() hands everything to the kernel in one sendmsg.
// Lives in the connection's worker thread.
class OutputQueue final {
public:
    enum class Flush { Done, Partial, Error };

    // The buffer to append small output to; stays valid until the next call that changes the queue.
    QByteArray &scratch();
    void appendShared(const QByteArray &data);
    // Queues bytes [offset, offset + length) of an open file, sent with sendfile().
    void appendFile(std::shared_ptr<const FileHandle> file, qint64 offset, qint64 length);
    bool isEmpty() const { return m_chunks.empty(); }
    qsizetype size() const;
    Flush flush(qintptr fd);
    void clear();

private:
    struct Chunk {
        QByteArray data;
        bool scratch = false;
        std::shared_ptr<const FileHandle> file; // set: a file range instead of `data`
        qint64 fileOffset = 0;
        qint64 fileLength = 0;

        qsizetype length() const { return file ? fileLength : data.size(); }
    };
    void popFront();
    Flush flushFile(qintptr fd);

    std::deque<Chunk> m_chunks;
    qint64 m_offset = 0; // bytes of the first chunk already sent
    QByteArray m_spare;  // a sent scratch buffer, kept for its capacity
};

} // namespace yard::http
