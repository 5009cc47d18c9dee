#include "logtable.h"

#include "logrowdelegate.h"
#include "logrowmodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>

namespace yard::ui {

LogTable::LogTable(LogRowModel *model, QWidget *parent)
    : QTableView(parent) {
    setObjectName(QStringLiteral("logTable"));
    setAccessibleName(tr("Requests"));
    setModel(model);
    m_delegate = new LogRowDelegate(this);
    setItemDelegate(m_delegate);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setShowGrid(false);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setHighlightSections(false);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    sizeColumns();

    m_emptyState = new QLabel(viewport());
    m_emptyState->setObjectName(QStringLiteral("logEmptyState"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setEnabled(false);
    connect(model, &QAbstractItemModel::modelReset, this, &LogTable::updateEmptyState);
    connect(model, &QAbstractItemModel::rowsInserted, this, &LogTable::updateEmptyState);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &LogTable::updateEmptyState);
    updateEmptyState();
}

LogTable::~LogTable() = default;

void LogTable::setEmptyText(const QString &text) {
    m_emptyState->setText(text);
}

int LogTable::rowHeight() const {
    return verticalHeader()->defaultSectionSize();
}

void LogTable::resizeEvent(QResizeEvent *event) {
    QTableView::resizeEvent(event);
    m_emptyState->resize(viewport()->size());
}

void LogTable::focusInEvent(QFocusEvent *event) {
    // Tabbing in would make the first (oldest) row current and scroll the view up to it; the
    // newest is where a reader of a log starts. Quietly: entering is not yet picking a row.
    if (!currentIndex().isValid() && model()->rowCount() > 0) {
        const QSignalBlocker blocker(selectionModel());
        selectionModel()->setCurrentIndex(model()->index(model()->rowCount() - 1, 0),
                                          QItemSelectionModel::NoUpdate);
    }
    QTableView::focusInEvent(event);
}

void LogTable::changeEvent(QEvent *event) {
    if (event->type() == QEvent::FontChange) {
        m_delegate->clearCache();
        sizeColumns();
    }
    QTableView::changeEvent(event);
}

void LogTable::updateEmptyState() {
    m_emptyState->setVisible(model()->rowCount() == 0);
}

void LogTable::sizeColumns() {
    const QFontMetrics metrics(font());
    const int pad = 2 * metrics.horizontalAdvance(u'M');
    const auto width = [&](const QString &sample) {
        return metrics.horizontalAdvance(sample) + pad;
    };
    verticalHeader()->setDefaultSectionSize(metrics.height() + 6);
    QHeaderView *header = horizontalHeader();
    header->setMinimumSectionSize(width(QStringLiteral("MM")));
    header->resizeSection(LogRowModel::Type, width(QStringLiteral("■ HTTP")));
    header->resizeSection(LogRowModel::Time, width(QStringLiteral("00:00:00.000")));
    header->resizeSection(LogRowModel::Server, width(QStringLiteral("server-name")));
    header->resizeSection(LogRowModel::Method, width(QStringLiteral("OPTIONS")));
    header->resizeSection(LogRowModel::Status, width(tr("Status")));
    header->resizeSection(LogRowModel::Route, width(QStringLiteral("GET /blog/:year/:slug")));
    header->resizeSection(LogRowModel::Duration, width(QStringLiteral("999.9 ms")));
    header->resizeSection(LogRowModel::Size, width(QStringLiteral("999.9 KiB")));
    header->resizeSection(LogRowModel::Client, width(QStringLiteral("connection 5125130")));
    header->setSectionResizeMode(LogRowModel::Path, QHeaderView::Stretch);
    header->setStretchLastSection(false);
}

} // namespace yard::ui
