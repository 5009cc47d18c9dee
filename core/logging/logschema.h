#pragma once

#include <QString>

class QSqlDatabase;

namespace yard::logging {

// The request log's tables (CONTRACT.md, "Request log (SQLite)") and their upgrade. Used by the
// writer thread when it opens a database; readers never change the schema.
class LogSchema final {
public:
    // 2: requests_status_id is partial (status <> 200).
    // 3: requests.connection; events linked to their upgrade or SSE row (events_unlinked), and
    //    indexed for retention (events_server_id).
    static constexpr int Version = 3;

    // Creates what is missing and upgrades an older database in place (adds the columns a
    // version lacks, then the indices). Returns an empty string, or the SQLite error.
    static QString migrate(QSqlDatabase &db);

    // "id, ts_ms, server, …": the `requests` columns in LogRow order.
    static QString requestColumns();
};

} // namespace yard::logging
