#pragma once

#include "logging/logfilter.h"
#include "logging/logquery.h"

#include <QHash>
#include <QList>
#include <QString>
#include <atomic>

namespace yard::ui {

// Writes request rows to a file for the Log view's "Export…": CSV or HAR 1.2, in the formats of
// `yardmaster logs` (core/logging/logexport.h). Saved atomically (QSaveFile): a failed export
// leaves no half file behind. Any thread.
class LogExportFile final {
public:
    enum class Format { Csv, Har };
    // HAR is one JSON document built in memory; beyond this many rows an export is cut (and says
    // so) rather than exhausting memory. CSV streams and has no limit.
    static constexpr int HarRowLimit = 100'000;
    // The messages of each exported WebSocket in HAR's _webSocketMessages, at most this many.
    static constexpr int HarMessagesEach = 10'000;

    // .har is HAR, anything else CSV.
    static Format formatForPath(const QString &path);
    // Writes `rows` (any order; written oldest first). Returns an empty string or the error.
    // HAR takes the messages of the WebSockets among them from `query`, when given.
    static QString write(const QString &path, QList<logging::LogRow> rows, Format format,
                         const QHash<QString, QString> &origins,
                         const logging::LogQuery *query = nullptr);
    // Writes every row matching `filter` that exists when it starts, oldest first, reading
    // pages of `query`. *written is the number of rows in the file. Between pages it gives up
    // (and writes nothing) once *cancel is set, e.g. when the window closes mid-export.
    static QString writeFiltered(const logging::LogQuery &query, const logging::LogFilter &filter,
                                 const QString &path, Format format,
                                 const QHash<QString, QString> &origins, qint64 *written,
                                 const std::atomic<bool> *cancel = nullptr);
};

} // namespace yard::ui
