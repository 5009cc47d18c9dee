#include "logwriter.h"

#include "logbatch.h"
#include "logschema.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>
#include <QVariant>
#include <limits>

namespace yard::logging {

namespace {
QString sqliteText(const QSqlError &error) {
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

QString connectionName(const void *writer) {
    return u"yard-log-writer-" + QString::number(quintptr(writer), 16);
}
} // namespace

std::shared_ptr<LogWriter> LogWriter::open(const QString &path, QString *error) {
    static QMutex registryMutex;
    static QHash<QString, std::weak_ptr<LogWriter>> registry;

    const QString key = QFileInfo(path).absoluteFilePath();
    const QMutexLocker lock(&registryMutex);
    if (auto existing = registry.value(key).lock())
        return existing;
    registry.removeIf([](const auto &entry) { return entry.value().expired(); });

    std::shared_ptr<LogWriter> writer(new LogWriter(key));
    QString failure;
    QMetaObject::invokeMethod(
        writer.get(), [&] { failure = writer->openInThread(); }, Qt::BlockingQueuedConnection);
    if (!failure.isEmpty()) {
        if (error)
            *error = failure;
        return {};
    }
    registry.insert(key, writer);
    return writer;
}

LogWriter::LogWriter(const QString &path)
    : m_path(path)
    , m_connection(connectionName(this))
    , m_thread(new QThread) {
    m_thread->setObjectName(QStringLiteral("yard-log-writer"));
    moveToThread(m_thread);
    m_thread->start();
}

LogWriter::~LogWriter() {
    Q_ASSERT(QThread::currentThread() != m_thread);
    // Queued batches are handled first (events run in order), then the last commit.
    QMetaObject::invokeMethod(
        this, [this] { closeInThread(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

void LogWriter::submit(const QString &server, QByteArray batch, int count) {
    if (m_disabled.load(std::memory_order_relaxed)) {
        m_droppedTotal.fetch_add(count, std::memory_order_relaxed);
        return;
    }
    m_queuedBytes.fetch_add(batch.size(), std::memory_order_relaxed);
    QMetaObject::invokeMethod(
        this, [this, server, batch = std::move(batch), count] { write(server, batch, count); },
        Qt::QueuedConnection);
}

bool LogWriter::accepting() const {
    return !m_disabled.load(std::memory_order_relaxed) &&
           m_queuedBytes.load(std::memory_order_relaxed) <
               m_queueLimit.load(std::memory_order_relaxed);
}

void LogWriter::recordDropped(const QString &server, qint64 count) {
    if (count <= 0)
        return;
    m_droppedTotal.fetch_add(count, std::memory_order_relaxed);
    QMetaObject::invokeMethod(
        this, [this, server, count] { storeDropped(server, count); }, Qt::QueuedConnection);
}

void LogWriter::setRetention(const QString &server, qint64 maxRows, int maxAgeDays) {
    QMetaObject::invokeMethod(
        this,
        [this, server, maxRows, maxAgeDays] {
            if (maxRows <= 0 && maxAgeDays <= 0)
                m_retention.remove(server);
            else
                m_retention.insert(server, Retention{maxRows, maxAgeDays, true});
        },
        Qt::QueuedConnection);
}

void LogWriter::flush() {
    Q_ASSERT(QThread::currentThread() != m_thread);
    QMetaObject::invokeMethod(
        this, [this] { commit(); }, Qt::BlockingQueuedConnection);
}

void LogWriter::trim() {
    Q_ASSERT(QThread::currentThread() != m_thread);
    QMetaObject::invokeMethod(
        this,
        [this] {
            for (Retention &rule : m_retention)
                rule.due = true;
            while (trimStep()) {
            }
        },
        Qt::BlockingQueuedConnection);
}

QString LogWriter::disabledReason() const {
    const QMutexLocker lock(&m_reasonMutex);
    return m_disabledReason;
}

QString LogWriter::openInThread() {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    // Another process holding a write lock briefly (a reader checkpointing) is waited for.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    QString error;
    if (!db.open())
        error = sqliteText(db.lastError());
    QSqlQuery query(db);
    if (error.isEmpty() && !(query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) && query.next()))
        error = sqliteText(query.lastError());
    if (error.isEmpty() && query.value(0).toString() != u"wal")
        error = tr("cannot switch it to write-ahead logging");
    if (error.isEmpty() && !query.exec(QStringLiteral("PRAGMA synchronous=NORMAL")))
        error = sqliteText(query.lastError());
    if (error.isEmpty())
        error = LogSchema::migrate(db);
    if (error.isEmpty()) {
        m_insert = std::make_unique<QSqlQuery>(db);
        if (!m_insert->prepare(QStringLiteral(
                "INSERT INTO requests (ts_ms, server, method, target, route, status, duration_us, "
                "bytes_in, bytes_out, remote, user_agent, session, truncated) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
            error = sqliteText(m_insert->lastError());
    }
    if (!error.isEmpty())
        return tr("%1: cannot use it as the request log: %2")
            .arg(QDir::toNativeSeparators(m_path), error);
    m_sinceBegin = std::make_unique<QElapsedTimer>();
    m_trimTimer = new QTimer(this);
    m_trimTimer->setInterval(TrimIntervalMs);
    connect(m_trimTimer, &QTimer::timeout, this, [this] {
        for (Retention &rule : m_retention)
            rule.due = rule.due || rule.maxAgeDays > 0; // time alone ages rows out
        scheduleTrim();
    });
    m_trimTimer->start();
    return {};
}

void LogWriter::closeInThread() {
    if (m_insert && !m_disabled.load())
        commit();
    delete m_trimTimer; // stopped here: a timer cannot be stopped from another thread
    m_trimTimer = nullptr;
    m_insert.reset();
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

void LogWriter::write(const QString &server, const QByteArray &batch, int count) {
    m_queuedBytes.fetch_sub(batch.size(), std::memory_order_relaxed);
    if (m_disabled.load(std::memory_order_relaxed)) {
        m_droppedTotal.fetch_add(count, std::memory_order_relaxed);
        return;
    }
    beginIfNeeded();
    if (!m_inTransaction) {
        m_droppedTotal.fetch_add(count, std::memory_order_relaxed);
        return;
    }
    const QVariant serverValue(server);
    const QVariant null;
    LogBatch::Reader reader(batch);
    RequestRecordView record;
    quint8 truncated = 0;
    int written = 0;
    while (reader.next(record, truncated)) {
        m_insert->bindValue(0, record.startMs);
        m_insert->bindValue(1, serverValue);
        m_insert->bindValue(2, QString::fromUtf8(record.method));
        m_insert->bindValue(3, QString::fromUtf8(record.target));
        m_insert->bindValue(4, record.route < 0 ? null : QVariant(record.route));
        m_insert->bindValue(5, record.status);
        m_insert->bindValue(6, record.durationUs);
        m_insert->bindValue(7, record.bytesIn);
        m_insert->bindValue(8, record.bytesOut);
        m_insert->bindValue(9, QString::fromUtf8(record.remote));
        m_insert->bindValue(10, QString::fromUtf8(record.userAgent));
        m_insert->bindValue(
            11, record.session.isEmpty() ? null : QVariant(QString::fromUtf8(record.session)));
        m_insert->bindValue(12, truncated);
        if (!m_insert->exec()) {
            disable(sqliteText(m_insert->lastError()));
            m_droppedTotal.fetch_add(count - written, std::memory_order_relaxed);
            return;
        }
        ++written;
        ++m_rowsInTransaction; // lost with the transaction if a later statement fails
    }
    if (written < count) // a malformed batch is the engine's bug, but its records still count
        storeDropped(server, count - written);
    if (auto rule = m_retention.find(server); rule != m_retention.end())
        rule->due = true;
    if (m_queuedBytes.load(std::memory_order_relaxed) == 0 ||
        m_rowsInTransaction >= CommitEveryRows || m_sinceBegin->elapsed() >= CommitEveryMs)
        commit();
}

void LogWriter::storeDropped(const QString &server, qint64 count) {
    if (m_disabled.load(std::memory_order_relaxed))
        return; // counted in droppedTotal; the database cannot take it any more
    beginIfNeeded();
    if (!m_inTransaction)
        return;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral(
        "INSERT INTO drops (server, count, last_ms) VALUES (?, ?, ?) ON CONFLICT (server) "
        "DO UPDATE SET count = count + excluded.count, last_ms = excluded.last_ms"));
    query.addBindValue(server);
    query.addBindValue(count);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!query.exec())
        disable(sqliteText(query.lastError()));
    else if (m_queuedBytes.load(std::memory_order_relaxed) == 0)
        commit();
}

void LogWriter::beginIfNeeded() {
    if (m_inTransaction)
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction()) {
        disable(sqliteText(db.lastError()));
        return;
    }
    m_inTransaction = true;
    m_rowsInTransaction = 0;
    m_sinceBegin->start();
}

void LogWriter::commit() {
    if (!m_inTransaction)
        return;
    m_inTransaction = false;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.commit()) {
        const QString error = sqliteText(db.lastError());
        db.rollback();
        m_droppedTotal.fetch_add(m_rowsInTransaction, std::memory_order_relaxed);
        disable(error);
    }
    m_rowsInTransaction = 0;
}

void LogWriter::disable(const QString &sqliteError) {
    if (m_disabled.exchange(true))
        return;
    {
        const QMutexLocker lock(&m_reasonMutex);
        m_disabledReason = tr("%1: the request log stopped writing: %2")
                               .arg(QDir::toNativeSeparators(m_path), sqliteError);
        qWarning("%s", qUtf8Printable(m_disabledReason));
    }
    if (m_inTransaction) {
        m_inTransaction = false;
        QSqlDatabase::database(m_connection, false).rollback();
        m_droppedTotal.fetch_add(m_rowsInTransaction, std::memory_order_relaxed);
    }
}

void LogWriter::scheduleTrim() {
    if (m_trimQueued)
        return;
    m_trimQueued = true;
    // Queued, not looped: batches that arrived meanwhile are inserted between two chunks.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_trimQueued = false;
            if (trimStep())
                scheduleTrim();
        },
        Qt::QueuedConnection);
}

bool LogWriter::trimStep() {
    if (m_disabled.load(std::memory_order_relaxed))
        return false;
    commit();
    bool more = false;
    for (auto rule = m_retention.begin(); rule != m_retention.end(); ++rule) {
        if (!rule->due)
            continue;
        const qint64 deleted = trimServer(rule.key(), *rule);
        rule->due = deleted >= TrimChunkRows;
        more = more || rule->due;
    }
    return more;
}

qint64 LogWriter::trimServer(const QString &server, const Retention &rule) {
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    qint64 rowsCutoff = 0; // rows with id <= this one are beyond maxRows
    if (rule.maxRows > 0) {
        query.prepare(QStringLiteral(
            "SELECT id FROM requests WHERE server = ? ORDER BY id DESC LIMIT 1 OFFSET ?"));
        query.addBindValue(server);
        query.addBindValue(rule.maxRows);
        if (query.exec() && query.next())
            rowsCutoff = query.value(0).toLongLong();
    }
    qint64 ageCutoff = 0;
    qint64 oldestMs = std::numeric_limits<qint64>::min();
    if (rule.maxAgeDays > 0) {
        oldestMs = QDateTime::currentMSecsSinceEpoch() - qint64(rule.maxAgeDays) * 86'400'000;
        query.prepare(QStringLiteral("SELECT max(id) FROM requests WHERE ts_ms < ?"));
        query.addBindValue(oldestMs);
        if (query.exec() && query.next())
            ageCutoff = query.value(0).toLongLong();
    }
    if (rowsCutoff == 0 && ageCutoff == 0)
        return 0;
    // Bounded by LIMIT and walked on (server, id): one chunk holds the write lock briefly.
    query.prepare(QStringLiteral(
        "DELETE FROM requests WHERE id IN (SELECT id FROM requests WHERE server = ? AND id <= ? "
        "AND (id <= ? OR ts_ms < ?) ORDER BY id LIMIT ?)"));
    query.addBindValue(server);
    query.addBindValue(qMax(rowsCutoff, ageCutoff));
    query.addBindValue(rowsCutoff);
    query.addBindValue(oldestMs);
    query.addBindValue(TrimChunkRows);
    if (!query.exec()) {
        disable(sqliteText(query.lastError()));
        return 0;
    }
    return query.numRowsAffected();
}

} // namespace yard::logging
