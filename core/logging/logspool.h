#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <atomic>
#include <memory>

class QLockFile;

namespace yard::logging {

// The log's spool: what the writer was handed, appended as it was handed to segment files on
// disk, and read back in order by the writer's SQLite side whenever it gets a core. Serving pays
// one write() a batch; the SQLite work waits for a free moment without holding memory, and what
// a crash leaves in the spool is written at the next start (docs/LOGGING-NOTES.md, "Spool").
//
// Layout: beside the database `log.sqlite`, a folder `log.sqlite-spool/` holding one folder per
// writer (process) — `<start ms>-<pid>/` with its segments `00000001.seg`, `00000002.seg`, … —
// and that folder's lock file `<start ms>-<pid>.lock` (QLockFile, held while the writer lives).
// A segment is a 16-byte header (magic, byte order, record format) followed by frames; frames
// are in native byte order, like the batches they carry.
namespace spool {

enum class FrameKind : quint8 {
    Requests = 1, // payload: a LogBatch
    Events = 2,   // payload: an EventBatch
    Dropped = 3,  // value: records dropped before they reached the log
    Forget = 4,   // LogWriter::forgetOpenConnections
    Previews = 5, // value: 1 on, 0 off (LogWriter::setMessagePreviews)
};

struct Frame {
    FrameKind kind = FrameKind::Requests;
    QString server;
    int count = 0;    // records in the payload
    qint64 value = 0; // Dropped, Previews
    QByteArray payload;
};

// Where a reader is: a segment number and a byte offset in it (always at a frame's start).
struct Position {
    int segment = 1;
    qint64 offset = 0;
    friend bool operator==(const Position &, const Position &) = default;
    bool before(const Position &other) const {
        return segment < other.segment || (segment == other.segment && offset < other.offset);
    }
    QString toString() const;
    static Position fromString(const QString &text); // {1, 0} when unreadable
};

constexpr qsizetype SegmentHeaderSize = 16;
constexpr qsizetype FrameHeaderSize = 28;
constexpr qint64 SegmentBytes = 64 * 1024 * 1024; // a new segment after this many bytes

QString rootFor(const QString &databasePath); // "<database>-spool"
QString segmentPath(const QString &dir, int segment);
// A spool folder whose writer is gone, locked by this process until it is ingested.
struct Orphan {
    QString dir;
    std::shared_ptr<QLockFile> lock;
};
// The spool folders in `root` whose writer is gone (their lock could be taken), oldest first.
QList<Orphan> takeOrphans(const QString &root);
// A lock on `dir`'s lock file, held while its writer lives; null when another holds it.
std::shared_ptr<QLockFile> lockFolder(const QString &dir);
// Removes an ingested folder and then its lock.
void removeFolder(const QString &dir, const std::shared_ptr<QLockFile> &lock);

// Appends frames to one spool folder. One thread only. A failed write leaves no torn frame
// behind: the segment is cut back to the frame's start.
class Appender final {
public:
    explicit Appender(QString dir, qint64 segmentBytes = SegmentBytes)
        : m_dir(std::move(dir))
        , m_segmentBytes(segmentBytes) {}
    QString open(); // creates the folder and the first segment; an error sentence or empty
    // Appends one frame; false (and *error) when the disk refused it.
    bool append(const Frame &frame, QString *error);
    Position end() const { return {m_segment, m_size}; }
    // The segment being appended to, readable from any thread: a reader at the end of an older
    // segment knows it is complete.
    int currentSegment() const { return m_published.load(std::memory_order_acquire); }

private:
    bool startSegment(int segment, QString *error);

    const QString m_dir;
    const qint64 m_segmentBytes;
    QFile m_file;
    int m_segment = 0;
    qint64 m_size = 0;
    std::atomic<int> m_published{0};
};

// Reads the frames of one spool folder in order, from a position. next() returns only whole
// frames; a frame still being appended (or cut by a crash) reads as "nothing yet".
class Reader final {
public:
    Reader(QString dir, Position from)
        : m_dir(std::move(dir))
        , m_position(from)
        , m_file(std::make_unique<QFile>()) {}
    enum class Result { Frame, Nothing, Corrupt };
    Result next(Frame &frame);
    // Moves to the next segment if its file exists (the current one is then complete).
    bool nextSegmentExists() const;
    void moveToNextSegment();
    Position position() const { return m_position; }
    const QString &dir() const { return m_dir; }

private:
    bool openSegment();

    QString m_dir;
    Position m_position;
    std::unique_ptr<QFile> m_file; // movable: readers live in a list
    int m_openSegment = 0;
};

} // namespace spool
} // namespace yard::logging
