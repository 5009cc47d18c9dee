#pragma once

#include <QByteArrayView>
#include <sqlite3.h>

namespace yard::logging::sqlite {

// Small helpers over the SQLite C API, shared by the log writer's files.

// SQLITE_STATIC without the C-style cast of its macro: SQLite reads the bytes in place and the
// caller keeps them alive until the next bind, reset or clear.
inline const sqlite3_destructor_type Static = nullptr;

// Binds UTF-8 text straight from the batch bytes: no copy, no UTF-16 round trip. An empty view
// may have no data pointer, and a null pointer would bind NULL: bind "" instead.
inline int bindText(sqlite3_stmt *statement, int index, QByteArrayView text) {
    return sqlite3_bind_text(statement, index, text.isEmpty() ? "" : text.data(), int(text.size()),
                             Static);
}

// A statement prepared for one use, finalized when it goes out of scope.
class Statement final {
    Q_DISABLE_COPY_MOVE(Statement)

public:
    Statement(sqlite3 *db, const char *sql) {
        sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr);
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    sqlite3_stmt *get() const { return m_statement; }
    explicit operator bool() const { return m_statement != nullptr; }

private:
    sqlite3_stmt *m_statement = nullptr;
};
} // namespace yard::logging::sqlite
