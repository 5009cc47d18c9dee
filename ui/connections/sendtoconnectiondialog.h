#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace yard::ui {

// "Send to this connection…": a text the server sends to one client. A WebSocket gets it as one
// text frame, as typed (JSON for the chat protocol, or anything the client's own code reads); an
// event stream gets it as one event, with a name. Says nothing itself: the caller sends on
// accepted() and reports how it went. GUI thread.
class SendToConnectionDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendToConnectionDialog)

public:
    // `protocol`: "ws" or "sse"; `who`: how the connection is named to the user.
    SendToConnectionDialog(const QString &protocol, const QString &who, QWidget *parent = nullptr);

    QString text() const;
    QString eventName() const; // empty for a WebSocket, or when left at the default

private:
    void validate();

    const bool m_stream;
    QLabel *m_about;
    QLineEdit *m_event;
    QPlainTextEdit *m_text;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace yard::ui
