#include "conversationpane.h"

#include "logrowmodel.h"
#include "messagesummary.h"
#include "statuscolors.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace yard::ui {

namespace {
enum MessageColumn { When, Direction, Channel, Text, Size, ColumnCount };
constexpr int EventIdRole = Qt::UserRole + 1;
} // namespace

ConversationPane::ConversationPane(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("logConversation"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("conversationTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_about = new QLabel(this);
    m_about->setObjectName(QStringLiteral("conversationAbout"));
    m_about->setWordWrap(false);
    m_about->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messages = new QTreeWidget(this);
    m_messages->setObjectName(QStringLiteral("conversationMessages"));
    m_messages->setRootIsDecorated(false);
    m_messages->setUniformRowHeights(true);
    m_messages->setAlternatingRowColors(true);
    m_messages->setSelectionMode(QAbstractItemView::SingleSelection);
    m_messages->setColumnCount(ColumnCount);
    m_messages->header()->setStretchLastSection(false);
    m_messages->header()->setSectionResizeMode(Text, QHeaderView::Stretch);
    m_send = new QPushButton(this);
    m_send->setObjectName(QStringLiteral("conversationSend"));
    connect(m_send, &QPushButton::clicked, this,
            [this] { Q_EMIT sendRequested(m_server, m_connection, m_type); });

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_about);
    layout->addWidget(m_messages, 1);
    layout->addLayout(buttons);
    retranslate();
    clear();
}

ConversationPane::~ConversationPane() = default;

void ConversationPane::retranslate() {
    setAccessibleName(tr("Conversation"));
    m_messages->setAccessibleName(tr("Messages of this connection"));
    m_messages->setHeaderLabels(
        {tr("Time"), tr("Direction"), tr("Room"), tr("Message"), tr("Size")});
    m_send->setText(tr("Send to This Connection…"));
    m_send->setToolTip(tr("Send a message to this client as the server"));
}

void ConversationPane::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ConversationPane::clear() {
    m_server.clear();
    m_connection = 0;
    m_type.clear();
    m_ended = false;
    m_title->clear();
    m_about->clear();
    m_messages->clear();
    m_send->setEnabled(false);
}

void ConversationPane::showLoading(const QString &server, qint64 connection, const QString &type) {
    clear();
    m_server = server;
    m_connection = connection;
    m_type = type;
    m_title->setText(type == u"sse" ? tr("Event stream, connection %1").arg(connection)
                                    : tr("WebSocket, connection %1").arg(connection));
    m_about->setText(tr("Reading its messages…"));
}

void ConversationPane::showError(const QString &error) {
    m_about->setText(tr("Cannot read this conversation: %1").arg(error));
}

QString ConversationPane::headline(const logging::Conversation &conversation) const {
    if (!conversation.upgrade)
        return m_connection == 0 ? tr("Published to the channel, not to one connection.")
                                 : tr("Open, or ended without its request logged yet.");
    const logging::LogRow &request = *conversation.upgrade;
    // Two short lines: the pane is narrow, and a wrapped label would cut its last line.
    return tr("%1 %2 → %3 from %4\nOpen %5 · %6 in · %7 out.")
        .arg(request.method, request.target)
        .arg(request.status)
        .arg(request.remote, LogRowModel::formatDuration(request.durationUs),
             QLocale().formattedDataSize(request.bytesIn, 1),
             QLocale().formattedDataSize(request.bytesOut, 1));
}

void ConversationPane::showConversation(const logging::Conversation &conversation,
                                        qint64 selectedEvent) {
    m_ended = conversation.upgrade.has_value();
    QString about = headline(conversation);
    if (conversation.more)
        about += u'\n' + tr("Showing its first %L1 messages.").arg(conversation.events.size());
    else if (conversation.events.isEmpty())
        about += u'\n' + tr("No messages.");
    m_about->setText(about);
    // The label's height follows its lines only once laid out again: ask for it now.
    m_about->setMinimumHeight(m_about->sizeHint().height());

    const QColor base = StatusColors::background(m_messages->palette());
    const QColor inColour = StatusColors::direction(false, base);
    const QColor outColour = StatusColors::direction(true, base);
    m_messages->setUpdatesEnabled(false);
    m_messages->clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(conversation.events.size());
    QTreeWidgetItem *selected = nullptr;
    for (const logging::EventRow &event : conversation.events) {
        const bool out = event.direction == u"out";
        auto *item = new QTreeWidgetItem;
        item->setText(When, LogRowModel::formatTime(event.tsMs));
        item->setText(Direction, directionLabel(out));
        item->setForeground(Direction, out ? outColour : inColour);
        item->setText(Channel, event.channel);
        item->setText(Text, summarizeMessage(event.preview));
        item->setToolTip(Text, event.preview);
        item->setText(Size, QLocale().formattedDataSize(event.size, 1));
        item->setTextAlignment(Size, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(When, EventIdRole, event.id);
        if (event.id == selectedEvent)
            selected = item;
        items.append(item);
    }
    m_messages->addTopLevelItems(items);
    for (int column : {When, Direction, Channel, Size})
        m_messages->resizeColumnToContents(column);
    m_messages->setUpdatesEnabled(true);
    if (selected) {
        m_messages->setCurrentItem(selected);
        m_messages->scrollToItem(selected, QAbstractItemView::PositionAtCenter);
    }
    // An ended connection takes nothing more; the registry answers for one that is gone anyway.
    m_send->setEnabled(m_connection != 0 && !m_ended);
}

int ConversationPane::messageCount() const {
    return m_messages->topLevelItemCount();
}

} // namespace yard::ui
