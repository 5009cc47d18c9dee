#include "logexportfile.h"

#include "logging/logexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>
#include <algorithm>

namespace yard::ui {

using logging::LogExport;
using logging::LogRow;

namespace {
constexpr int PageRows = 5'000;

struct Text {
    Q_DECLARE_TR_FUNCTIONS(yard::ui::LogExportFile)
};

QString failure(const QString &path, const QString &reason) {
    return Text::tr("%1: cannot export: %2").arg(QDir::toNativeSeparators(path), reason);
}

// With the messages of the WebSockets among `rows`, when `query` can read them.
QByteArray harDocument(const QList<LogRow> &rows, const QHash<QString, QString> &origins,
                       const logging::LogQuery *query, QString *error) {
    QHash<qint64, QList<logging::EventRow>> messages;
    if (query)
        messages = query->webSocketMessages(rows, LogExportFile::HarMessagesEach, error);
    return QJsonDocument(
               LogExport::har(rows, QCoreApplication::applicationVersion(), origins, messages))
        .toJson(QJsonDocument::Indented);
}
} // namespace

LogExportFile::Format LogExportFile::formatForPath(const QString &path) {
    return path.endsWith(QStringLiteral(".har"), Qt::CaseInsensitive) ? Format::Har : Format::Csv;
}

QString LogExportFile::write(const QString &path, QList<LogRow> rows, Format format,
                             const QHash<QString, QString> &origins,
                             const logging::LogQuery *query) {
    std::sort(rows.begin(), rows.end(),
              [](const LogRow &a, const LogRow &b) { return a.id < b.id; });
    QString error;
    const QByteArray content =
        format == Format::Har ? harDocument(rows, origins, query, &error) : LogExport::csv(rows);
    if (!error.isEmpty())
        return failure(path, error);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(path, file.errorString());
    file.write(content);
    if (!file.commit())
        return failure(path, file.errorString());
    return {};
}

QString LogExportFile::writeFiltered(const logging::LogQuery &query,
                                     const logging::LogFilter &filter, const QString &path,
                                     Format format, const QHash<QString, QString> &origins,
                                     qint64 *written, const std::atomic<bool> *cancel) {
    *written = 0;
    QString error;
    // Rows arriving during the export are left out: the file is the log as it was when asked.
    const qint64 last = query.lastId(&error);
    if (!error.isEmpty())
        return error;
    logging::LogFilter bounded = filter;
    bounded.beforeId = bounded.beforeId > 0 ? qMin(bounded.beforeId, last + 1) : last + 1;

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(path, file.errorString());
    QList<LogRow> har;
    if (format == Format::Csv)
        file.write(LogExport::csvHeader());
    qint64 cursor = 0;
    for (;;) {
        const int want =
            format == Format::Har ? qMin<int>(PageRows, HarRowLimit - int(*written)) : PageRows;
        if (want <= 0)
            break;
        if (cancel && cancel->load())
            return failure(path,
                           Text::tr("cancelled")); // QSaveFile without commit() leaves no file
        const QList<LogRow> page = query.tail(cursor, bounded, want, &error);
        if (!error.isEmpty())
            return error; // QSaveFile without commit() removes its temporary file
        for (const LogRow &row : page) {
            if (format == Format::Csv)
                file.write(LogExport::csvLine(row));
            else
                har.append(row);
        }
        *written += page.size();
        if (page.size() < want)
            break;
        cursor = page.back().id;
    }
    if (format == Format::Har) {
        const QByteArray document = harDocument(har, origins, &query, &error);
        if (!error.isEmpty())
            return error;
        file.write(document);
    }
    if (!file.commit())
        return failure(path, file.errorString());
    return {};
}

} // namespace yard::ui
