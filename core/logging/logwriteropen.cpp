// LogWriter's database: opening (schema, statements), migrating and closing it, in the writer
// thread; writing rows is logwriter.cpp (requests) and logevents.cpp (events).
#include "logschema.h"
#include "logwriter.h"
#include "sqlitehelpers.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>
#include <QVariant>
#include <sqlite3.h>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <cstring>
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace yard::logging {

using namespace sqlite;

namespace {
QString sqliteText(const QSqlError &error) {
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

QString connectionName(const void *writer) {
    return u"yard-log-writer-" + QString::number(quintptr(writer), 16);
}

constexpr int BusyTimeoutMs = 5'000;

// Linux: Qt's LowestPriority means nothing under SCHED_OTHER, and SCHED_IDLE (IdlePriority)
// starves the writer outright while serving saturates a core (an unprivileged thread cannot
// leave it again). Nice 19 is in between: the CFS weight 15 against a worker's 1024, so the
// writer takes ~1.5 % of a saturated core and all of an idle one. The nice value of a thread is
// its own on Linux (setpriority with its thread id).
void lowerWriterPriority() {
#ifdef Q_OS_LINUX
    if (setpriority(PRIO_PROCESS, id_t(gettid()), LogWriter::WriterNice) != 0)
        qWarning("yard-log-writer: cannot lower its priority: %s", strerror(errno));
#endif
}

// Prepares `sql` on the writer's connection; on failure *error gets SQLite's message.
sqlite3_stmt *prepare(sqlite3 *db, const char *sql, QString *error) {
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr) !=
        SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(statement);
        return nullptr;
    }
    return statement;
}

// "INSERT INTO requests (…) VALUES (?, …), (?, …), …" with `rows` rows of InsertColumns each.
QByteArray insertSql(int rows) {
    QByteArray sql = "INSERT INTO requests (ts_ms, server, method, target, route, status, "
                     "duration_us, bytes_in, bytes_out, remote, user_agent, session, truncated, "
                     "connection) VALUES ";
    for (int row = 0; row < rows; ++row)
        sql += row == 0 ? "(?,?,?,?,?,?,?,?,?,?,?,?,?,?)" : ",(?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    return sql;
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
    , m_thread(new QThread)
    , m_spoolThread(new QThread)
    , m_spoolContext(new QObject) {
    m_thread->setObjectName(QStringLiteral("yard-log-writer"));
    m_spoolThread->setObjectName(QStringLiteral("yard-log-spool"));
    moveToThread(m_thread);
    m_spoolContext->moveToThread(m_spoolThread);
    m_spoolThread->start();
    // Serving first: the writer runs when a core would otherwise idle, and takes only a small
    // share of one that serving saturates (lowerWriterPriority, in openInThread).
    m_thread->start(QThread::LowestPriority);
}

LogWriter::~LogWriter() {
    Q_ASSERT(!inWriterThread());
    // What was handed over reaches the spool first, then the writer writes what it can of it.
    QMetaObject::invokeMethod(
        m_spoolContext, [] {}, Qt::BlockingQueuedConnection);
    QMetaObject::invokeMethod(
        this, [this] { closeInThread(); }, Qt::BlockingQueuedConnection);
    for (QThread *thread : {m_thread, m_spoolThread}) {
        thread->quit();
        thread->wait();
        delete thread;
    }
    delete m_spoolContext;
}

QString LogWriter::migrateInThread() {
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(m_path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=" + QString::number(BusyTimeoutMs));
        if (!db.open())
            error = sqliteText(db.lastError());
        QSqlQuery query(db);
        if (error.isEmpty() &&
            !(query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) && query.next()))
            error = sqliteText(query.lastError());
        if (error.isEmpty() && query.value(0).toString() != u"wal")
            error = tr("cannot switch it to write-ahead logging");
        if (error.isEmpty() && !query.exec(QStringLiteral("PRAGMA synchronous=NORMAL")))
            error = sqliteText(query.lastError());
        query.finish();
        if (error.isEmpty())
            error = LogSchema::migrate(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    return error;
}

void LogWriter::closeConnection() {
    sqlite3_finalize(m_insert);
    m_insert = nullptr;
    sqlite3_finalize(m_insertEvent);
    m_insertEvent = nullptr;
    sqlite3_finalize(m_insertMany);
    m_insertMany = nullptr;
    sqlite3_finalize(m_insertDrops);
    m_insertDrops = nullptr;
    sqlite3_finalize(m_linkEvents);
    m_linkEvents = nullptr;
    sqlite3_close(m_db); // every statement is finalized: closes now
    m_db = nullptr;
}

QString LogWriter::lastError() const {
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

bool LogWriter::exec(const char *sql) {
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK)
        return true;
    disable(lastError());
    return false;
}

QString LogWriter::openInThread() {
    lowerWriterPriority();
    QString error = migrateInThread();
    if (error.isEmpty()) {
        // The writer's own connection, through SQLite's C API: only this thread uses it, so
        // SQLite's per-connection mutex is not needed (NOMUTEX).
        const QByteArray file = m_path.toUtf8();
        if (sqlite3_open_v2(file.constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
                            nullptr) != SQLITE_OK)
            error = m_db ? lastError() : tr("out of memory");
    }
    if (error.isEmpty()) {
        // Another process holding a write lock briefly (a reader checkpointing) is waited for.
        sqlite3_busy_timeout(m_db, BusyTimeoutMs);
        // WAL is a property of the file (set by migrateInThread); synchronous is per connection.
        // A bigger cache_size, temp_store=MEMORY or a later wal_autocheckpoint made no
        // difference beyond the benchmark's noise (docs/LOGGING-NOTES.md), so SQLite's defaults
        // stay: the WAL is checkpointed every 1 000 pages and stays small for readers.
        if (sqlite3_exec(m_db, "PRAGMA synchronous=NORMAL", nullptr, nullptr, nullptr) != SQLITE_OK)
            error = lastError();
    }
    if (error.isEmpty())
        m_insert = prepare(m_db, insertSql(1).constData(), &error);
    if (error.isEmpty())
        m_insertMany = prepare(m_db, insertSql(RowsPerInsert).constData(), &error);
    if (error.isEmpty())
        m_insertDrops = prepare(
            m_db,
            "INSERT INTO drops (server, count, last_ms) VALUES (?, ?, ?) ON CONFLICT (server) "
            "DO UPDATE SET count = count + excluded.count, last_ms = excluded.last_ms",
            &error);
    // The partial index events_unlinked answers it: "connection = ?" implies its "connection IS
    // NOT NULL". ts_ms: a connection id of an earlier run of the server (ids start again at each
    // start) whose events were never linked is not this connection.
    if (error.isEmpty())
        m_linkEvents = prepare(m_db,
                               "UPDATE events SET request = ? WHERE server = ? AND connection = ? "
                               "AND request IS NULL AND ts_ms >= ?",
                               &error);
    if (error.isEmpty())
        error = openSpool();
    if (!error.isEmpty()) {
        closeConnection();
        return tr("%1: cannot use it as the request log: %2")
            .arg(QDir::toNativeSeparators(m_path), error);
    }
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
    if (m_insert && !m_disabled.load()) {
        drainForShutdown();
        commit();
    }
    m_sources.clear();  // their locks go: what is left is read at the next open
    delete m_trimTimer; // stopped here: a timer cannot be stopped from another thread
    m_trimTimer = nullptr;
    closeConnection();
}

} // namespace yard::logging
