#pragma once

#include "actionpages.h"

namespace yard::ui {

// `sse`: the stream's heartbeat, replay buffer, reconnection delay and whether POST publishes.
class SsePage final : public ActionPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SsePage)

public:
    explicit SsePage(QWidget *parent = nullptr);
    void load(const project::RouteConfig &route) override;
    void store(project::RouteConfig &route, const QString &field) const override;
    void retranslateUi() override;

private:
    QLabel *m_about;
    QSpinBox *m_heartbeat;
    QSpinBox *m_buffer;
    QSpinBox *m_retry;
    QCheckBox *m_publish;
};

} // namespace yard::ui
