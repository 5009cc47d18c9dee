#include "ssepage.h"

#include "realtime/ssesettings.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace yard::ui {

SsePage::SsePage(QWidget *parent)
    : ActionPage(parent)
    , m_about(new QLabel(this)) {
    m_about->setWordWrap(true);
    form()->addRow(m_about);
    m_heartbeat = addSpin(QStringLiteral("heartbeatMs"), 0, 3'600'000);
    m_heartbeat->setSingleStep(1000);
    m_buffer = addSpin(QStringLiteral("bufferSize"), 0, 100'000);
    // 0 stands for "not sent": the file then has no retryMs (its smallest value is 1).
    m_retry = addSpin(QStringLiteral("retryMs"), 0, 3'600'000);
    m_retry->setSingleStep(500);
    m_publish = addCheck(QStringLiteral("publish"));
    retranslateUi();
}

void SsePage::retranslateUi() {
    m_about->setText(tr("Server-Sent Events: a client reads the channel its path names below the "
                        "route (/events/news reads \"news\") and resumes after Last-Event-ID."));
    setRowLabel(form(), m_heartbeat, tr("Heartbeat every:"));
    m_heartbeat->setAccessibleName(tr("Heartbeat interval"));
    m_heartbeat->setSuffix(tr(" ms"));
    m_heartbeat->setSpecialValueText(tr("never"));
    setRowLabel(form(), m_buffer, tr("Replay buffer:"));
    m_buffer->setAccessibleName(tr("Events kept per channel for reconnecting readers"));
    m_buffer->setSuffix(tr(" events"));
    setRowLabel(form(), m_retry, tr("Reconnect after:"));
    m_retry->setAccessibleName(tr("Reconnection delay sent to readers"));
    m_retry->setSuffix(tr(" ms"));
    m_retry->setSpecialValueText(tr("browser default"));
    m_publish->setText(tr("POST to a channel publishes an event"));
}

void SsePage::load(const project::RouteConfig &route) {
    m_loading = true;
    const realtime::SseSettings defaults;
    m_heartbeat->setValue(route.heartbeatMs.value_or(defaults.heartbeatMs));
    m_buffer->setValue(route.bufferSize.value_or(defaults.bufferSize));
    m_retry->setValue(route.retryMs.value_or(0));
    m_publish->setChecked(route.publish.value_or(false));
    m_loading = false;
}

void SsePage::store(project::RouteConfig &route, const QString &field) const {
    if (field == u"heartbeatMs")
        route.heartbeatMs = m_heartbeat->value();
    else if (field == u"bufferSize")
        route.bufferSize = m_buffer->value();
    else if (field == u"retryMs")
        route.retryMs = m_retry->value() > 0 ? std::optional<int>(m_retry->value()) : std::nullopt;
    else if (field == u"publish")
        route.publish = m_publish->isChecked();
}

} // namespace yard::ui
