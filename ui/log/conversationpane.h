#pragma once

#include "logging/logquery.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace yard::ui {

// Everything one WebSocket or event stream did, beside the timeline: the request that opened it
// (once the connection has ended and its row is written), then every message in order, coloured
// by direction, and "Send to This Connection…" while the connection may still be open. Shows
// what LogFeed::fetchConversation() read; GUI thread only.
class ConversationPane final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationPane)

public:
    explicit ConversationPane(QWidget *parent = nullptr);
    ~ConversationPane() override;

    // Shows `conversation` and selects the event `selectedEvent` (0: none) in it.
    void showConversation(const logging::Conversation &conversation, qint64 selectedEvent);
    // Waiting for a conversation: `what` says whose.
    void showLoading(const QString &server, qint64 connection, const QString &type);
    void showError(const QString &error);
    void clear();

    int messageCount() const;
    QString server() const { return m_server; }
    qint64 connection() const { return m_connection; }
    QString type() const { return m_type; } // "ws" or "sse"

Q_SIGNALS:
    // "Send to This Connection…": a text frame or an event to connection `connection`.
    void sendRequested(const QString &server, qint64 connection, const QString &type);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QString headline(const logging::Conversation &conversation) const;

    QLabel *m_title = nullptr;
    QLabel *m_about = nullptr;
    QTreeWidget *m_messages = nullptr;
    QPushButton *m_send = nullptr;
    QString m_server;
    qint64 m_connection = 0;
    QString m_type;
    bool m_ended = false;
};

} // namespace yard::ui
