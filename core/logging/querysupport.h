#pragma once

#include "logquery.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <functional>

class QSqlQuery;

// What LogQuery's files (logquery.cpp for requests, eventquery.cpp for events) share: the
// per-thread read connection, a statement runner and the WHERE clause builder.
namespace yard::logging::querysupport {

// The calling thread's read-only connection to `path`; invalid (and *error set) when it cannot
// be opened, in which case nothing is kept and the next call tries again.
QSqlDatabase readConnection(const QString &path, QString *error);
// Runs one statement on the calling thread's read-only connection to `path` and hands each
// result row to `row`. False (and *error set) when it cannot be opened or the statement fails.
bool run(const QString &path, const QString &sql, const QVariantList &values, QString *error,
         const std::function<void(const QSqlQuery &)> &row);
// The first column of the single row `sql` returns as an integer; -1 when it failed.
qint64 scalar(const QString &path, const QString &sql, const QVariantList &values, QString *error);

// ANDed clauses with their bound values in order.
struct Where {
    QStringList clauses;
    QVariantList values;

    void add(const char *clause, const QVariant &value) {
        clauses.append(QLatin1String(clause));
        values.append(value);
    }
    QString sql() const {
        return clauses.isEmpty() ? QString() : u" WHERE " + clauses.join(QStringLiteral(" AND "));
    }
};

QString placeholders(qsizetype count); // "(?, ?, ?)"
int boundedLimit(int limit);           // 0 or less: DefaultLimit; at most MaxLimit
QString order(bool newestFirst);       // "DESC" or "ASC"
LogRow toRow(const QSqlQuery &query);  // a row of LogSchema::requestColumns()

} // namespace yard::logging::querysupport
