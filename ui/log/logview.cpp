#include "logview.h"

#include "conversationpane.h"
#include "logdetailpane.h"
#include "logfeed.h"
#include "logfilterbar.h"
#include "logpausebar.h"
#include "logrowmodel.h"
#include "logtable.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPersistentModelIndex>
#include <QResizeEvent>
#include <QScrollBar>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace yard::ui {

using logging::EventRow;
using logging::LogRow;

namespace {
constexpr int OlderPagePrefetchRows = 20; // fetch older rows this close to the top
constexpr int DetailPaneWidthEm = 26;     // the pane's width beside the rows, in M widths

// Sets a flag for the lifetime of a scope.
class FlagScope final {
public:
    explicit FlagScope(bool &flag)
        : m_flag(flag)
        , m_was(flag) {
        m_flag = true;
    }
    ~FlagScope() { m_flag = m_was; }
    Q_DISABLE_COPY_MOVE(FlagScope)

private:
    bool &m_flag;
    bool m_was;
};
} // namespace

LogView::LogView(const QString &databasePath, QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("logView"));
    setAccessibleName(tr("Request log"));
    m_model = new LogRowModel(this);
    m_model->setPalette(palette());
    m_filterBar = new LogFilterBar(this);
    buildTable();
    m_detail = new LogDetailPane(this);
    connect(m_detail, &LogDetailPane::createRouteRequested, this, &LogView::createRouteRequested);
    m_pauseBar = new LogPauseBar(this);
    m_pauseBar->hide();

    m_conversation = new ConversationPane(this);
    connect(m_conversation, &ConversationPane::sendRequested, this,
            &LogView::sendToConnectionRequested);
    m_conversation->hide();
    m_side = new QSplitter(Qt::Vertical, this);
    m_side->setObjectName(QStringLiteral("logSide"));
    m_side->addWidget(m_detail);
    m_side->addWidget(m_conversation);
    m_side->setChildrenCollapsible(false);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("logSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_side);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({900, 340});
    m_splitter->setChildrenCollapsible(false);
    // The pane opens with the first picked row: until then the table's columns get its width
    // (in the window the Log tab is about 900 px wide, too narrow for both and a readable path).
    m_side->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_pauseBar);
    layout->addWidget(buildBottomRow());

    m_feed = new LogFeed(databasePath, m_model, this);
    connect(m_feed, &LogFeed::rowsArrived, this, &LogView::scrollToNewest);
    connect(m_feed, &LogFeed::olderRowsPrepended, this, &LogView::keepAnchorAfterPrepend);
    connect(m_feed, &LogFeed::followingChanged, this, &LogView::followingChanged);
    connect(m_feed, &LogFeed::newRowsWhilePausedChanged, m_pauseBar, &LogPauseBar::setNewRows);
    connect(m_feed, &LogFeed::errorChanged, this, &LogView::updateStatus);
    connect(m_feed, &LogFeed::exportFinished, this, &LogView::reportExport);
    connect(m_feed, &LogFeed::conversationArrived, this, &LogView::conversationArrived);
    connect(m_pauseBar, &LogPauseBar::resumeRequested, this, &LogView::resume);
    connect(m_filterBar, &LogFilterBar::filterChanged, this, &LogView::applyFilter);
    createActions();
    updateStatus();
}

LogView::~LogView() = default;

void LogView::buildTable() {
    // Guards first: the selection model reacts to removed rows before our own slots would.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_modelChanging = true; });
    connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this] { m_modelChanging = true; });
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this] { m_modelChanging = true; });
    const auto changed = [this] {
        m_modelChanging = false;
        updateStatus();
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, changed);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, changed);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, changed);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_detail->clear();
        m_conversation->clear();
        m_side->hide();
    });
    m_table = new LogTable(m_model, this);
    m_table->setEmptyText(tr("No requests yet — they appear here as they arrive."));

    QScrollBar *bar = m_table->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, &LogView::scrolled);
    connect(bar, &QScrollBar::rangeChanged, this, [this] {
        if (isFollowing())
            scrollToNewest();
    });
    connect(m_table, &QTableView::pressed, this, [this] { pause(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_modelChanging)
                    return;
                pause(); // the row the user picked must not scroll away
                showCurrent(current);
            });
}

QWidget *LogView::buildBottomRow() {
    auto *row = new QWidget(this);
    m_status = new QLabel(row);
    m_status->setObjectName(QStringLiteral("logStatus"));
    m_status->setAccessibleName(tr("Log status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_health = new LogHealthLabel(row);
    m_follow = new QToolButton(row);
    m_follow->setObjectName(QStringLiteral("logFollow"));
    m_follow->setAccessibleName(tr("Follow new requests"));
    m_follow->setText(tr("Follow"));
    m_follow->setToolTip(tr("Keep the newest request in view; scrolling up pauses"));
    m_follow->setCheckable(true);
    m_follow->setChecked(true);
    m_follow->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_follow, &QToolButton::clicked, this,
            [this](bool checked) { checked ? resume() : pause(); });
    m_export = new QToolButton(row);
    m_export->setObjectName(QStringLiteral("logExport"));
    m_export->setAccessibleName(tr("Export requests"));
    m_export->setText(tr("Export"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_health);
    layout->addWidget(m_follow);
    layout->addWidget(m_export);
    return row;
}

void LogView::setServerFilter(const QString &server) {
    m_table->setColumnHidden(LogRowModel::Server, !server.isEmpty());
    m_filterBar->setServer(server);
}

void LogView::setServerOrigins(const QHash<QString, QString> &origins) {
    m_origins = origins;
}

void LogView::setRouteLabels(const QStringList &labels) {
    m_model->setRouteLabels(labels);
    m_filterBar->setRouteLabels(labels);
}

void LogView::focusFilter() {
    m_filterBar->focusActiveFilter();
}

bool LogView::isFollowing() const {
    return m_feed->isFollowing();
}

void LogView::pause() {
    m_feed->pause();
}

void LogView::resume() {
    m_feed->resume();
}

void LogView::applyFilter() {
    m_table->setEmptyText(m_filterBar->isFiltering()
                              ? tr("No requests match these filters.")
                              : tr("No requests yet — they appear here as they arrive."));
    m_feed->setFilter(m_filterBar->timelineFilter());
}

void LogView::scrollToNewest() {
    if (!isFollowing())
        return;
    FlagScope scope(m_autoScrolling);
    m_table->scrollToBottom();
}

void LogView::scrolled(int value) {
    if (m_autoScrolling)
        return;
    if (isFollowing() && value < m_table->verticalScrollBar()->maximum())
        pause();
    if (!isFollowing() && value < OlderPagePrefetchRows * m_table->rowHeight())
        m_feed->fetchOlder();
}

void LogView::keepAnchorAfterPrepend(int rows) {
    // The rows the user was reading moved down by `rows`: move the scroll bar with them.
    FlagScope scope(m_autoScrolling);
    m_table->doItemsLayout();
    QScrollBar *bar = m_table->verticalScrollBar();
    bar->setValue(bar->value() + rows * m_table->rowHeight());
}

void LogView::showCurrent(const QModelIndex &current) {
    if (!current.isValid())
        return;
    if (m_model->isEventAt(current.row())) {
        const EventRow &event = m_model->eventAt(current.row());
        m_detail->hide();
        m_conversation->showLoading(event.server, event.connection, event.type);
        m_conversation->show();
        m_conversationEvent = event.id;
        m_conversationOfRequest = false;
        if (event.connection == 0) // a publish to a channel: it is its own conversation
            conversationArrived({std::nullopt, {event}, false}, {});
        else
            m_feed->fetchConversation(event.server, event.connection, event.request);
    } else {
        const LogRow &row = m_model->rowAt(current.row());
        m_detail->showRow(row, m_origins.value(row.server), m_model->routeLabel(row.route));
        m_detail->show();
        // An upgrade or a stream: its messages below, once read (none for a plain request).
        m_conversation->hide();
        m_conversation->clear();
        m_conversationEvent = 0;
        m_conversationOfRequest = true;
        m_feed->fetchConversation(row.server, row.connection, row.id);
    }
    openSide(current);
}

void LogView::openSide(const QModelIndex &current) {
    if (m_side->isVisible())
        return;
    m_side->show();
    // Opening the pane shrinks the table (below the rows in a narrow view): once the splitter
    // has laid it out, bring the picked row and the top of its details back into view.
    QTimer::singleShot(0, this, [this, picked = QPersistentModelIndex(current)] {
        m_detail->scrollToTop();
        if (!picked.isValid())
            return;
        FlagScope scope(m_autoScrolling);
        m_table->scrollTo(picked);
    });
}

void LogView::conversationArrived(const logging::Conversation &conversation, const QString &error) {
    if (!error.isEmpty()) {
        if (!m_conversationOfRequest)
            m_conversation->showError(error);
        return;
    }
    if (m_conversationOfRequest) {
        if (conversation.events.isEmpty() || !conversation.upgrade)
            return; // a plain request: no conversation to show
        const LogRow &upgrade = *conversation.upgrade;
        const QString type = conversation.events.front().type;
        m_conversation->showLoading(upgrade.server, upgrade.connection, type);
        m_conversation->show();
        // A pane shown again starts with no height of its own: the request's details above
        // need less room than its messages.
        const int height = m_side->height();
        m_side->setSizes({height * 2 / 5, height - height * 2 / 5});
    }
    m_conversation->showConversation(conversation, m_conversationEvent);
}

void LogView::followingChanged(bool following) {
    m_follow->setChecked(following);
    m_pauseBar->setVisible(!following);
    if (!following)
        m_pauseBar->setNewRows(m_feed->newRowsWhilePaused());
    updateStatus();
}

void LogView::updateStatus() {
    if (!m_feed)
        return; // rows moved while the feed is being built
    if (!m_feed->error().isEmpty()) {
        m_status->setText(tr("Cannot read the log: %1").arg(m_feed->error()));
        return;
    }
    const int rows = m_model->rowCount();
    const QString shown = tr("%n row(s) shown", nullptr, rows);
    m_status->setText(isFollowing() ? tr("%1 · following").arg(shown)
                                    : tr("%1 · paused").arg(shown));
}

void LogView::setHealthSource(std::function<LogHealth()> source) {
    m_health->setSource(std::move(source));
}

void LogView::showNote(const QString &note) {
    m_status->setText(note);
}

void LogView::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    // The pane sits beside the rows only where the path column keeps a readable width (about
    // 20 characters) next to it; in a narrower view (the window's Log tab) it goes below.
    const QHeaderView *header = m_table->horizontalHeader();
    const int em = fontMetrics().horizontalAdvance(u'M');
    const int besideWidth = header->length() - header->sectionSize(LogRowModel::Path) + 20 * em +
                            DetailPaneWidthEm * em;
    const Qt::Orientation wanted = width() >= besideWidth ? Qt::Horizontal : Qt::Vertical;
    if (wanted == m_splitter->orientation())
        return;
    m_splitter->setOrientation(wanted);
    if (wanted == Qt::Horizontal)
        m_splitter->setSizes({width() - DetailPaneWidthEm * em, DetailPaneWidthEm * em});
    else
        m_splitter->setSizes({m_splitter->height() * 3 / 5, m_splitter->height() * 2 / 5});
}

void LogView::changeEvent(QEvent *event) {
    if (event->type() == QEvent::PaletteChange)
        m_model->setPalette(palette());
    QWidget::changeEvent(event);
}

} // namespace yard::ui
