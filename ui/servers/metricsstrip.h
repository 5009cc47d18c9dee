#pragma once

#include <QWidget>

namespace yard::ui {

class ServerPool;

// One line of the selected server's live figures, drawn with QPainter: a requests/s sparkline,
// p50 and p99 latency, the engine's error rate and open connections. GUI thread only.
class MetricsStrip final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricsStrip)

public:
    explicit MetricsStrip(ServerPool *pool, QWidget *parent = nullptr);

    void setServerId(int id);
    // The figures as text, as drawn (also the accessible description).
    QString summary() const;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void drawSparkline(QPainter &painter, const QRect &area) const;

    ServerPool *m_pool;
    int m_serverId = -1;
};

} // namespace yard::ui
