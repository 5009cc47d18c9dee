#include "sendtoconnectiondialog.h"

#include "realtime/sseformat.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace yard::ui {

SendToConnectionDialog::SendToConnectionDialog(const QString &protocol, const QString &who,
                                               QWidget *parent)
    : QDialog(parent)
    , m_stream(protocol == u"sse")
    , m_about(new QLabel(this))
    , m_event(new QLineEdit(this))
    , m_text(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("sendToConnectionDialog"));
    setWindowTitle(tr("Send to %1").arg(who));
    m_about->setWordWrap(true);
    m_about->setText(m_stream ? tr("One event to this reader only, sent as the server; the "
                                   "channel's other readers do not get it.")
                              : tr("One text frame to this client only, sent as the server, "
                                   "exactly as typed."));
    m_event->setObjectName(QStringLiteral("sendEventName"));
    m_event->setPlaceholderText(QStringLiteral("message"));
    m_event->setAccessibleName(tr("Event name"));
    m_text->setObjectName(QStringLiteral("sendText"));
    m_text->setAccessibleName(tr("Text to send"));
    m_text->setPlaceholderText(m_stream ? tr("The event's data; each line becomes a data line")
                                        : tr("{\"type\":\"message\",\"text\":\"hello\"}"));
    m_text->setTabChangesFocus(true);
    m_problem->setObjectName(QStringLiteral("sendProblem"));
    m_problem->setWordWrap(true);
    QPushButton *send = m_buttons->addButton(tr("&Send"), QDialogButtonBox::AcceptRole);
    send->setObjectName(QStringLiteral("sendButton"));
    send->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(m_about);
    if (m_stream)
        form->addRow(tr("&Event:"), m_event);
    else
        m_event->hide();
    form->addRow(tr("&Text:"), m_text);
    form->addRow(m_problem);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    resize(520, 300);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QPlainTextEdit::textChanged, this, &SendToConnectionDialog::validate);
    connect(m_event, &QLineEdit::textChanged, this, &SendToConnectionDialog::validate);
    validate();
}

QString SendToConnectionDialog::text() const {
    return m_text->toPlainText();
}

QString SendToConnectionDialog::eventName() const {
    return m_stream ? m_event->text().trimmed() : QString();
}

// Nothing to send is not a message; JSON is only a hint (a client may read any text).
void SendToConnectionDialog::validate() {
    QString problem;
    bool ok = !m_text->toPlainText().isEmpty();
    if (m_stream && !realtime::SseFormat::isEventName(eventName().toUtf8())) {
        problem = tr("An event name is one line of at most 64 bytes.");
        ok = false;
    } else if (!m_stream && ok) {
        const QByteArray text = m_text->toPlainText().trimmed().toUtf8();
        if (text.startsWith('{') || text.startsWith('[')) {
            QJsonParseError error;
            QJsonDocument::fromJson(text, &error);
            if (error.error != QJsonParseError::NoError) {
                problem = tr("Not valid JSON (%1); it is sent as typed all the same.")
                              .arg(error.errorString());
            }
        }
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(ok);
    }
}

} // namespace yard::ui
