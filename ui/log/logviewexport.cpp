// LogView's exports (CSV, HAR; the selection or every matching row), copy as curl and the
// actions that offer them; the rest of the view is logview.cpp.
#include "logdetailpane.h"
#include "logfeed.h"
#include "logrowmodel.h"
#include "logtable.h"
#include "logview.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QToolButton>

namespace yard::ui {

using logging::LogRow;

void LogView::createActions() {
    auto *menu = new QMenu(m_export);
    using Format = LogExportFile::Format;
    const struct {
        const char *text;
        bool selection;
        Format format;
    } exports[] = {
        {QT_TR_NOOP("Selected Rows as CSV…"), true, Format::Csv},
        {QT_TR_NOOP("Selected Rows as HAR…"), true, Format::Har},
        {QT_TR_NOOP("All Matching Rows as CSV…"), false, Format::Csv},
        {QT_TR_NOOP("All Matching Rows as HAR…"), false, Format::Har},
    };
    for (const auto &entry : exports) {
        QAction *action = menu->addAction(tr(entry.text));
        connect(action, &QAction::triggered, this,
                [this, entry] { chooseExport(entry.selection, entry.format); });
        if (entry.selection) {
            m_exportSelectionActions[entry.format == Format::Har] = action;
            m_table->addAction(action);
        }
    }
    m_export->setMenu(menu);
    const auto enableSelectionExports = [this] {
        for (QAction *action : m_exportSelectionActions)
            action->setEnabled(m_table->selectionModel()->hasSelection());
    };
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            enableSelectionExports);
    enableSelectionExports();

    auto *curl = new QAction(tr("Copy as curl"), this);
    curl->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    curl->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(curl, &QAction::triggered, this, &LogView::copyCurl);
    m_table->insertAction(m_exportSelectionActions[0], curl);
    addAction(curl);
}

QList<LogRow> LogView::selectedRows() const {
    QList<LogRow> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    rows.reserve(selected.size());
    for (const QModelIndex &index : selected) {
        if (!m_model->isEventAt(index.row()))
            rows.append(m_model->rowAt(index.row()));
    }
    return rows;
}

QString LogView::exportSelection(const QString &path, LogExportFile::Format format) const {
    // HAR reads the messages of the selected WebSockets: a few indexed reads by request id.
    const logging::LogQuery query(m_feed->databasePath());
    return LogExportFile::write(path, selectedRows(), format, m_origins, &query);
}

void LogView::exportFilter(const QString &path, LogExportFile::Format format) {
    m_feed->exportFilter(path, format, m_origins);
}

bool LogView::copyCurl() {
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid() && m_model->isEventAt(current.row()))
        return false; // a message has no curl; the pane may still hold an earlier request
    if (current.isValid())
        showCurrent(current);
    return m_detail->copyCurl();
}

void LogView::chooseExport(bool selectionOnly, LogExportFile::Format format) {
    const bool har = format == LogExportFile::Format::Har;
    const QString suggested =
        QDir(m_lastExport.isEmpty() ? QDir::homePath() : QFileInfo(m_lastExport).path())
            .filePath(har ? QStringLiteral("requests.har") : QStringLiteral("requests.csv"));
    const QString path = QFileDialog::getSaveFileName(
        this, selectionOnly ? tr("Export Selected Requests") : tr("Export Matching Requests"),
        suggested, har ? tr("HAR 1.2 (*.har)") : tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    m_lastExport = path;
    m_status->setText(tr("Exporting to %1…").arg(QDir::toNativeSeparators(path)));
    // In the worker either way: a HAR reads its WebSockets' messages from the log.
    if (selectionOnly)
        m_feed->exportRows(selectedRows(), path, format, m_origins);
    else
        exportFilter(path, format);
}

void LogView::reportExport(const QString &path, qint64 rows, const QString &error) {
    if (!error.isEmpty())
        m_status->setText(error);
    else if (LogExportFile::formatForPath(path) == LogExportFile::Format::Har &&
             rows >= LogExportFile::HarRowLimit)
        m_status->setText(tr("Exported the first %L1 requests to %2 (a HAR file holds at most "
                             "that many; CSV has no limit)")
                              .arg(rows)
                              .arg(QDir::toNativeSeparators(path)));
    else
        m_status->setText(
            rows == 1
                ? tr("Exported 1 request to %1").arg(QDir::toNativeSeparators(path))
                : tr("Exported %L1 requests to %2").arg(rows).arg(QDir::toNativeSeparators(path)));
    Q_EMIT exportFinished(path, rows, error);
}

} // namespace yard::ui
