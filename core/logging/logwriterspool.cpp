// LogWriter's spool (logspool.h): what the engine hands over is appended to segment files by a
// normal-priority thread — one write() a batch — and read back and written to SQLite by the
// writer's low-priority thread whenever it gets a core (docs/LOGGING-NOTES.md, "Spool").
#include "eventbatch.h"
#include "logwriter.h"
#include "sqlitehelpers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QLockFile>
#include <QThread>
#include <sqlite3.h>

namespace yard::logging {

using spool::Frame;
using spool::FrameKind;

namespace {
std::atomic<qint64> s_segmentBytes{spool::SegmentBytes};

bool carriesRecords(FrameKind kind) {
    return kind == FrameKind::Requests || kind == FrameKind::Events;
}

// The batch without its payloads: a server whose messages keep no preview does not have them
// on disk either, not even in the spool.
QByteArray withoutPayloads(const QByteArray &batch) {
    EventBatch stripped;
    EventBatch::Reader reader(batch);
    EventRecordView record;
    while (reader.next(record)) {
        record.payload = {};
        stripped.append(record);
    }
    return stripped.take();
}
} // namespace

void LogWriter::setSpoolSegmentBytes(qint64 bytes) {
    s_segmentBytes.store(bytes);
}

void LogWriter::submit(const QString &server, QByteArray batch, int count) {
    spoolFrame({FrameKind::Requests, server, count, 0, std::move(batch)});
}

void LogWriter::submitEvents(const QString &server, QByteArray batch, int count) {
    spoolFrame({FrameKind::Events, server, count, 0, std::move(batch)});
}

void LogWriter::recordDropped(const QString &server, qint64 count) {
    if (count <= 0)
        return;
    m_droppedTotal.fetch_add(count, std::memory_order_relaxed);
    spoolFrame({FrameKind::Dropped, server, 0, count, {}});
}

void LogWriter::forgetOpenConnections(const QString &server) {
    spoolFrame({FrameKind::Forget, server, 0, 0, {}});
}

void LogWriter::setMessagePreviews(const QString &server, bool on) {
    spoolFrame({FrameKind::Previews, server, 0, on ? 1 : 0, {}});
}

bool LogWriter::accepting() const {
    const qint64 inMemory = m_queuedBytes.load(std::memory_order_relaxed);
    return !m_disabled.load(std::memory_order_relaxed) && inMemory < MemoryLimit &&
           inMemory + m_spooledBytes.load(std::memory_order_relaxed) <
               m_queueLimit.load(std::memory_order_relaxed);
}

void LogWriter::spoolFrame(Frame frame) {
    if (carriesRecords(frame.kind) && m_disabled.load(std::memory_order_relaxed)) {
        m_droppedTotal.fetch_add(frame.count, std::memory_order_relaxed);
        return;
    }
    m_queuedBytes.fetch_add(frame.payload.size(), std::memory_order_relaxed);
    if (carriesRecords(frame.kind))
        m_backlogRecords.fetch_add(frame.count, std::memory_order_relaxed);
    QMetaObject::invokeMethod(
        m_spoolContext, [this, frame = std::move(frame)] { appendInSpoolThread(frame); },
        Qt::QueuedConnection);
}

void LogWriter::appendInSpoolThread(const Frame &handed) {
    const qsizetype handedBytes = handed.payload.size();
    Frame stripped;
    const Frame *frame = &handed;
    if (handed.kind == FrameKind::Previews) {
        if (handed.value)
            m_spoolWithoutPreviews.remove(handed.server);
        else
            m_spoolWithoutPreviews.insert(handed.server);
    } else if (handed.kind == FrameKind::Events && m_spoolWithoutPreviews.contains(handed.server)) {
        stripped = handed;
        stripped.payload = withoutPayloads(handed.payload);
        frame = &stripped;
    }
    QString error;
    const bool appended = m_appender && m_appender->append(*frame, &error);
    // Counted in the spool before it leaves memory: accepting() never sees the bytes vanish.
    if (appended)
        m_spooledBytes.fetch_add(frame->payload.size(), std::memory_order_relaxed);
    m_queuedBytes.fetch_sub(handedBytes, std::memory_order_relaxed);
    if (!appended) {
        // The disk refused them: the records are dropped and counted, and the count reaches the
        // database without the spool.
        qint64 lost = frame->kind == FrameKind::Dropped ? frame->value : 0;
        if (carriesRecords(frame->kind)) {
            lost = frame->count;
            m_droppedTotal.fetch_add(lost, std::memory_order_relaxed);
            m_backlogRecords.fetch_sub(lost, std::memory_order_relaxed);
        }
        if (!m_spoolFailing.exchange(true, std::memory_order_relaxed))
            qWarning("%s", qUtf8Printable(error));
        if (lost > 0)
            QMetaObject::invokeMethod(
                this,
                [this, server = frame->server, lost] {
                    storeDropped(server, lost);
                    commit();
                },
                Qt::QueuedConnection);
        if (frame->kind == FrameKind::Previews) // applied all the same
            QMetaObject::invokeMethod(
                this, [this, copy = *frame] { dispatch(copy); }, Qt::QueuedConnection);
        return;
    }
    m_spoolFailing.store(false, std::memory_order_relaxed);
    m_appendedFrames.fetch_add(1, std::memory_order_release);
    if (m_writerWaiting.exchange(false))
        QMetaObject::invokeMethod(
            this, [this] { pump(); }, Qt::QueuedConnection);
}

QString LogWriter::openSpool() {
    static std::atomic<int> opened{0};
    const QString root = spool::rootFor(m_path);
    if (!QDir().mkpath(root))
        return tr("cannot create the folder %1").arg(QDir::toNativeSeparators(root));
    const sqlite::Statement position(m_db, "SELECT value FROM meta WHERE key = ?");
    for (spool::Orphan &orphan : spool::takeOrphans(root)) {
        const QByteArray key = "spool:" + QDir(orphan.dir).dirName().toUtf8();
        spool::Position from;
        if (position) {
            sqlite::bindText(position.get(), 1, key);
            if (sqlite3_step(position.get()) == SQLITE_ROW)
                from = spool::Position::fromString(QString::fromUtf8(
                    reinterpret_cast<const char *>(sqlite3_column_text(position.get(), 0))));
            sqlite3_reset(position.get());
        }
        m_sources.push_back(Source{spool::Reader(orphan.dir, from), std::move(orphan.lock),
                                   QString::fromUtf8(key), from.segment, false});
    }
    const QString name = QStringLiteral("%1-%2-%3")
                             .arg(QDateTime::currentMSecsSinceEpoch())
                             .arg(QCoreApplication::applicationPid())
                             .arg(opened.fetch_add(1));
    const QString dir = root + u'/' + name;
    // Held by the own source (m_sources) for the writer's life.
    std::shared_ptr<QLockFile> lock = spool::lockFolder(dir);
    if (!lock)
        return tr("cannot lock %1").arg(QDir::toNativeSeparators(dir));
    m_appender = std::make_unique<spool::Appender>(dir, s_segmentBytes.load());
    if (QString error = m_appender->open(); !error.isEmpty())
        return error;
    m_sources.push_back(
        Source{spool::Reader(dir, {}), std::move(lock), QStringLiteral("spool:") + name, 1, true});
    if (m_sources.size() > 1) // what earlier writers left is written first
        QMetaObject::invokeMethod(
            this, [this] { pump(); }, Qt::QueuedConnection);
    else
        m_writerWaiting.store(true);
    return {};
}

void LogWriter::flush() {
    Q_ASSERT(!inWriterThread());
    // The spool thread appends in the order of the calls: once it answers, everything submitted
    // before is in the spool, up to `end`.
    spool::Position end;
    QMetaObject::invokeMethod(
        m_spoolContext, [this, &end] { end = m_appender ? m_appender->end() : spool::Position{}; },
        Qt::BlockingQueuedConnection);
    QMetaObject::invokeMethod(
        this,
        [this, &end] {
            pumpFrames(0, &end);
            commit();
        },
        Qt::BlockingQueuedConnection);
}

void LogWriter::pump() {
    if (pumpFrames(PumpSliceMs, nullptr))
        QMetaObject::invokeMethod(
            this, [this] { pump(); }, Qt::QueuedConnection);
}

bool LogWriter::pumpFrames(int sliceMs, const spool::Position *until) {
    QElapsedTimer slice;
    slice.start();
    while (!m_sources.empty() && !m_disabled.load(std::memory_order_relaxed)) {
        Source &source = m_sources.front();
        if (until && source.own && !source.reader.position().before(*until))
            return false;
        if (sliceMs > 0 && slice.elapsed() >= sliceMs)
            return true;
        Frame frame;
        switch (source.reader.next(frame)) {
        case spool::Reader::Result::Frame:
            if (source.own) {
                ++m_readFrames;
                m_spooledBytes.fetch_sub(frame.payload.size(), std::memory_order_relaxed);
            }
            dispatch(frame);
            if (source.own && carriesRecords(frame.kind))
                m_backlogRecords.fetch_sub(frame.count, std::memory_order_relaxed);
            if (m_inTransaction && (m_rowsInTransaction >= CommitEveryRows ||
                                    m_sinceBegin->elapsed() >= CommitEveryMs))
                commit();
            break;
        case spool::Reader::Result::Corrupt:
            qWarning("%s: not a log spool segment of this Yardmaster; skipped",
                     qUtf8Printable(QDir::toNativeSeparators(spool::segmentPath(
                         source.reader.dir(), source.reader.position().segment))));
            if (source.own) { // cannot happen but by a bug or a hand: stop reading it
                disable(tr("the spool %1 is damaged")
                            .arg(QDir::toNativeSeparators(source.reader.dir())));
                return false;
            }
            if (source.reader.nextSegmentExists())
                source.reader.moveToNextSegment();
            else
                finishSource();
            break;
        case spool::Reader::Result::Nothing:
            if (!sourceExhausted(source))
                break;
            commit();
            return false;
        }
    }
    return false;
}

// At the end of what the source holds now. An orphan goes on with its next segment or is done;
// the own spool goes on with the appender's next segment, or is caught up (true) and waits.
bool LogWriter::sourceExhausted(Source &source) {
    if (!source.own) {
        if (source.reader.nextSegmentExists())
            source.reader.moveToNextSegment();
        else
            finishSource();
        return false;
    }
    // The reader may see a frame a moment before the spool thread counts it: "more appended
    // than read" is the test, never "different".
    if (m_appendedFrames.load(std::memory_order_acquire) > m_readFrames &&
        m_appender->currentSegment() > source.reader.position().segment) {
        source.reader.moveToNextSegment(); // the appender finished this one before the next
        return false;
    }
    m_writerWaiting.store(true);
    // An append between the read and the flag would find nobody to wake: look again.
    if (m_appendedFrames.load(std::memory_order_acquire) > m_readFrames &&
        m_writerWaiting.exchange(false))
        return false;
    return true;
}

// The front source is read to its end: its position key goes in the same transaction as its
// last rows, then its folder (afterCommit).
void LogWriter::finishSource() {
    m_sources.front().finished = true;
    beginIfNeeded();
    commit();
}

void LogWriter::dispatch(const Frame &frame) {
    switch (frame.kind) {
    case FrameKind::Requests:
        write(frame.server, frame.payload, frame.count);
        break;
    case FrameKind::Events:
        writeEvents(frame.server, frame.payload, frame.count);
        break;
    case FrameKind::Dropped:
        storeDropped(frame.server, frame.value);
        break;
    case FrameKind::Forget:
        forget(frame.server);
        break;
    case FrameKind::Previews:
        if (frame.value)
            m_withoutPreviews.remove(frame.server);
        else
            m_withoutPreviews.insert(frame.server);
        break;
    }
}

// In the transaction about to be committed: where reading the front source resumes after a
// crash — its rows and its position are committed together, so no frame is written twice.
bool LogWriter::saveSpoolPosition() {
    if (m_sources.empty())
        return true;
    const Source &source = m_sources.front();
    const QByteArray key = source.key.toUtf8();
    const QByteArray value = source.reader.position().toString().toUtf8();
    const sqlite::Statement save(
        m_db, source.finished ? "DELETE FROM meta WHERE key = ?"
                              : "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)");
    if (save) {
        sqlite::bindText(save.get(), 1, key);
        if (!source.finished)
            sqlite::bindText(save.get(), 2, value);
    }
    return save && sqlite3_step(save.get()) == SQLITE_DONE;
}

// Segments wholly before the committed position are written: their files go. A finished orphan
// goes entirely.
void LogWriter::afterCommit() {
    if (m_sources.empty())
        return;
    Source &source = m_sources.front();
    if (source.finished) {
        spool::removeFolder(source.reader.dir(), source.lock);
        m_sources.pop_front();
        return;
    }
    for (; source.firstSegment < source.reader.position().segment; ++source.firstSegment)
        QFile::remove(spool::segmentPath(source.reader.dir(), source.firstSegment));
}

// What is spooled is written for at most ShutdownDrainMs. The own folder goes when all of it is
// in the database; otherwise it stays, unlocked, and the next open() writes the rest.
void LogWriter::drainForShutdown() {
    if (m_sources.empty() || m_disabled.load(std::memory_order_relaxed))
        return;
    const bool more = pumpFrames(ShutdownDrainMs, nullptr);
    commit();
    if (!more && m_sources.size() == 1 && !m_disabled.load(std::memory_order_relaxed) &&
        m_appendedFrames.load(std::memory_order_acquire) <= m_readFrames)
        finishSource(); // nothing left: no folder, no position key
}

} // namespace yard::logging
