#include "logspool.h"

#include "batchcoding.h"
#include "eventbatch.h"
#include "logbatch.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <algorithm>

namespace yard::logging::spool {

namespace {
using batchcoding::get;
using batchcoding::put;

constexpr char SegmentMagic[8] = {'Y', 'A', 'R', 'D', 'S', 'P', 'L', '1'};
constexpr quint32 ByteOrderMark = 0x01020304;
// The batches' encodings, as far as a header can tell them apart: a segment written by a
// Yardmaster whose records differ is not read as ours.
constexpr quint32 RecordFormat =
    quint32(LogBatch::FixedSize << 16) | quint32(EventBatch::FixedSize);
constexpr quint32 FrameMagic = 0x5946524d; // "YFRM"
constexpr quint32 MaxPayload = 256 * 1024 * 1024;

QByteArray segmentHeader() {
    QByteArray header(SegmentHeaderSize, Qt::Uninitialized);
    char *out = header.data();
    std::copy(std::begin(SegmentMagic), std::end(SegmentMagic), out);
    out = put<quint32>(out + sizeof SegmentMagic, ByteOrderMark);
    put<quint32>(out, RecordFormat);
    return header;
}
} // namespace

QString Position::toString() const {
    return QString::number(segment) + u' ' + QString::number(offset);
}

Position Position::fromString(const QString &text) {
    const QStringList parts = text.split(u' ');
    bool segmentOk = false;
    bool offsetOk = false;
    const Position read{parts.value(0).toInt(&segmentOk), parts.value(1).toLongLong(&offsetOk)};
    if (parts.size() != 2 || !segmentOk || !offsetOk || read.segment < 1 || read.offset < 0)
        return {};
    return read;
}

QString rootFor(const QString &databasePath) {
    return databasePath + QStringLiteral("-spool");
}

QString segmentPath(const QString &dir, int segment) {
    return dir + QStringLiteral("/%1.seg").arg(segment, 8, 10, QLatin1Char('0'));
}

std::shared_ptr<QLockFile> lockFolder(const QString &dir) {
    auto lock = std::make_shared<QLockFile>(dir + QStringLiteral(".lock"));
    // Only a dead owner makes a lock stale: a long-running server's lock is never taken by age.
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0))
        return {};
    return lock;
}

QList<Orphan> takeOrphans(const QString &root) {
    QList<Orphan> orphans;
    // Named "<start ms>-<pid>": by name is by age.
    const QStringList names = QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : names) {
        const QString dir = root + u'/' + name;
        if (auto lock = lockFolder(dir))
            orphans.append({dir, std::move(lock)});
    }
    return orphans;
}

void removeFolder(const QString &dir, const std::shared_ptr<QLockFile> &lock) {
    QDir(dir).removeRecursively();
    if (lock)
        lock->unlock(); // removes the lock file
}

QString Appender::open() {
    if (!QDir().mkpath(m_dir))
        return QCoreApplication::translate("yard::logging::LogSpool", "cannot create the folder %1")
            .arg(QDir::toNativeSeparators(m_dir));
    QString error;
    return startSegment(1, &error) ? QString() : error;
}

bool Appender::startSegment(int segment, QString *error) {
    m_file.close();
    m_file.setFileName(segmentPath(m_dir, segment));
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered) ||
        m_file.write(segmentHeader()) != SegmentHeaderSize) {
        *error = QCoreApplication::translate("yard::logging::LogSpool", "cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString());
        m_file.close();
        return false;
    }
    m_segment = segment;
    m_size = SegmentHeaderSize;
    m_published.store(segment, std::memory_order_release);
    return true;
}

bool Appender::append(const Frame &frame, QString *error) {
    if (m_file.isOpen() && m_size >= m_segmentBytes && !startSegment(m_segment + 1, error))
        return false;
    if (!m_file.isOpen() && !startSegment(m_segment + 1, error))
        return false;
    const QByteArray server = frame.server.toUtf8().left(0xffff);
    QByteArray head(FrameHeaderSize, Qt::Uninitialized);
    char *out = head.data();
    out = put<quint32>(out, FrameMagic);
    out = put<quint8>(out, quint8(frame.kind));
    out = put<quint8>(out, 0);
    out = put<quint16>(out, quint16(server.size()));
    out = put<qint32>(out, frame.count);
    out = put<qint64>(out, frame.value);
    out = put<quint32>(out, quint32(frame.payload.size()));
    put<quint32>(out, 0);
    head += server;
    // Two writes, no copy of the payload: a reader sees a frame only once all of it is there.
    const bool written =
        m_file.write(head) == head.size() && m_file.write(frame.payload) == frame.payload.size();
    if (!written) {
        *error = QCoreApplication::translate("yard::logging::LogSpool", "cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString());
        if (!m_file.resize(m_size)) // a torn frame would hide every later one
            m_file.close();         // the next append starts a new segment
        else
            m_file.seek(m_size);
        return false;
    }
    m_size += head.size() + frame.payload.size();
    return true;
}

bool Reader::openSegment() {
    if (m_openSegment == m_position.segment)
        return true;
    m_file->close();
    m_file->setFileName(segmentPath(m_dir, m_position.segment));
    if (!m_file->open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return false;
    m_openSegment = m_position.segment;
    return true;
}

Reader::Result Reader::next(Frame &frame) {
    if (!openSegment())
        return Result::Nothing;
    if (m_position.offset < SegmentHeaderSize) {
        if (m_file->size() < SegmentHeaderSize)
            return Result::Nothing;
        m_file->seek(0);
        if (m_file->read(SegmentHeaderSize) != segmentHeader())
            return Result::Corrupt;
        m_position.offset = SegmentHeaderSize;
    }
    const qint64 available = m_file->size() - m_position.offset;
    if (available < FrameHeaderSize)
        return Result::Nothing;
    m_file->seek(m_position.offset);
    const QByteArray head = m_file->read(FrameHeaderSize);
    if (head.size() != FrameHeaderSize)
        return Result::Nothing;
    const char *in = head.constData();
    quint32 magic = 0;
    quint8 kind = 0;
    quint8 reserved = 0;
    quint16 serverBytes = 0;
    quint32 payloadBytes = 0;
    in = get(in, magic);
    in = get(in, kind);
    in = get(in, reserved);
    in = get(in, serverBytes);
    in = get(in, frame.count);
    in = get(in, frame.value);
    get(in, payloadBytes);
    if (magic != FrameMagic || kind < quint8(FrameKind::Requests) ||
        kind > quint8(FrameKind::Previews) || frame.count < 0 || payloadBytes > MaxPayload)
        return Result::Corrupt;
    const qint64 frameBytes = FrameHeaderSize + qint64(serverBytes) + qint64(payloadBytes);
    if (available < frameBytes)
        return Result::Nothing; // still being appended, or cut by a crash
    frame.kind = FrameKind(kind);
    frame.server = QString::fromUtf8(m_file->read(serverBytes));
    frame.payload = m_file->read(payloadBytes);
    if (frame.payload.size() != qsizetype(payloadBytes))
        return Result::Nothing;
    m_position.offset += frameBytes;
    return Result::Frame;
}

bool Reader::nextSegmentExists() const {
    return QFileInfo::exists(segmentPath(m_dir, m_position.segment + 1));
}

void Reader::moveToNextSegment() {
    m_file->close();
    m_openSegment = 0;
    m_position = {m_position.segment + 1, 0};
}

} // namespace yard::logging::spool
