#include "querysupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <atomic>

namespace yard::logging::querysupport {

namespace {
// A free function's tr() is filed by lupdate under its namespace, so free functions translate
// through this class, which names the context the program looks the text up in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(yard::logging::LogQuery)
};

QString failure(const QString &path, const QSqlError &error) {
    const QString sqlite = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return Text::tr("%1: cannot read the request log: %2")
        .arg(QDir::toNativeSeparators(path), sqlite);
}

// The connections a thread opened, removed when the thread ends. Each thread's names carry a
// serial of their own, never reused: a thread id comes back once its thread ended, and Qt refuses
// a connection to every thread but the one that made it, so a name made of the id would leave a
// later thread with the same id without a working connection.
struct ThreadConnections {
    quint64 serial = 0;
    QStringList names;
    ~ThreadConnections() {
        if (!QCoreApplication::instance())
            return; // the process is ending: nothing left to keep tidy, Qt Sql may be gone
        for (const QString &name : std::as_const(names))
            QSqlDatabase::removeDatabase(name);
    }
};

ThreadConnections &threadConnections() {
    static std::atomic<quint64> s_serial{0};
    thread_local ThreadConnections t_connections;
    if (t_connections.serial == 0)
        t_connections.serial = ++s_serial;
    return t_connections;
}

} // namespace

QSqlDatabase readConnection(const QString &path, QString *error) {
    ThreadConnections &connections = threadConnections();
    const QString name = u"yard-log-read:" + path + u':' + QString::number(connections.serial);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    connections.names.append(name);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
        if (db.open())
            return db;
        if (error)
            *error = failure(path, db.lastError());
    }
    QSqlDatabase::removeDatabase(name);
    connections.names.removeOne(name);
    return {};
}

bool run(const QString &path, const QString &sql, const QVariantList &values, QString *error,
         const std::function<void(const QSqlQuery &)> &row) {
    QSqlDatabase db = readConnection(path, error);
    if (!db.isValid())
        return false;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    bool ok = query.prepare(sql);
    for (int i = 0; ok && i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    ok = ok && query.exec();
    if (!ok) {
        if (error)
            *error = failure(path, query.lastError());
        return false;
    }
    while (query.next())
        row(query);
    return true;
}

QString placeholders(qsizetype count) {
    QStringList marks;
    marks.fill(QStringLiteral("?"), count);
    return u'(' + marks.join(QStringLiteral(", ")) + u')';
}

QString order(bool newestFirst) {
    return newestFirst ? QStringLiteral("DESC") : QStringLiteral("ASC");
}

int boundedLimit(int limit) {
    return limit <= 0 ? LogQuery::DefaultLimit : qMin(limit, LogQuery::MaxLimit);
}

LogRow toRow(const QSqlQuery &query) {
    LogRow row;
    row.id = query.value(0).toLongLong();
    row.tsMs = query.value(1).toLongLong();
    row.server = query.value(2).toString();
    row.method = query.value(3).toString();
    row.target = query.value(4).toString();
    row.route = query.value(5).isNull() ? -1 : query.value(5).toInt();
    row.status = query.value(6).toInt();
    row.durationUs = query.value(7).toLongLong();
    row.bytesIn = query.value(8).toLongLong();
    row.bytesOut = query.value(9).toLongLong();
    row.remote = query.value(10).toString();
    row.userAgent = query.value(11).toString();
    row.session = query.value(12).toString();
    row.truncated = query.value(13).toInt();
    row.connection = query.value(14).toLongLong(); // NULL reads as 0
    return row;
}

qint64 scalar(const QString &path, const QString &sql, const QVariantList &values, QString *error) {
    qint64 value = -1;
    run(path, sql, values, error,
        [&value](const QSqlQuery &query) { value = query.value(0).toLongLong(); });
    return value;
}

} // namespace yard::logging::querysupport
