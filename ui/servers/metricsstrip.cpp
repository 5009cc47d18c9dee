#include "metricsstrip.h"

#include "serverlistmodel.h"
#include "serverpool.h"

#include <QPainter>
#include <QPainterPath>

namespace yard::ui {

namespace {
constexpr int SparklineWidth = 180;

QString formatMicros(qint64 micros) {
    if (micros == 0)
        return QStringLiteral("–");
    if (micros < 1000)
        return MetricsStrip::tr("< %1 µs").arg(micros);
    return MetricsStrip::tr("< %1 ms").arg(double(micros) / 1000.0, 0, 'g', 3);
}
} // namespace

MetricsStrip::MetricsStrip(ServerPool *pool, QWidget *parent)
    : QWidget(parent)
    , m_pool(pool) {
    setObjectName(QStringLiteral("metricsStrip"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(pool, &ServerPool::activityUpdated, this, [this] {
        setAccessibleDescription(summary());
        update();
    });
    connect(pool, &ServerPool::runningChanged, this, qOverload<>(&QWidget::update));
}

void MetricsStrip::setServerId(int id) {
    m_serverId = id;
    update();
}

QSize MetricsStrip::sizeHint() const {
    return {SparklineWidth * 3, fontMetrics().height() + 14};
}

QString MetricsStrip::summary() const {
    const ServerActivity *activity = m_pool->activity(m_serverId);
    if (!m_pool->isRunning(m_serverId) || !activity)
        return tr("Stopped: start the server to see its traffic here.");
    const double errorRate =
        activity->recentRequests == 0
            ? 0.0
            : 100.0 * double(activity->recentErrors) / double(activity->recentRequests);
    return tr("%1 req/s    p50 %2    p99 %3    engine errors %4 %    %n open connection(s)",
              nullptr, int(activity->stats.openConnections))
        .arg(ServerListModel::formatRate(activity->requestsPerSecond),
             formatMicros(latencyPercentileMicros(activity->recentLatency, 0.5)),
             formatMicros(latencyPercentileMicros(activity->recentLatency, 0.99)),
             QString::number(errorRate, 'f', 1));
}

void MetricsStrip::paintEvent(QPaintEvent *) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRect area = rect().adjusted(4, 5, -4, -5);
    const QRect spark(area.left(), area.top(), SparklineWidth, area.height());
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.drawRoundedRect(QRectF(spark).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    const QRect plot = spark.adjusted(3, 3, -3, -3);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DotLine));
    painter.drawLine(plot.bottomLeft(),
                     plot.bottomRight()); // zero, so an idle server reads as such
    drawSparkline(painter, plot);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(area.adjusted(SparklineWidth + 12, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
                     summary());
}

void MetricsStrip::drawSparkline(QPainter &painter, const QRect &area) const {
    const ServerActivity *activity = m_pool->activity(m_serverId);
    if (!activity || activity->rateHistory.size() < 2)
        return;
    const QList<double> &rates = activity->rateHistory;
    double peak = 1.0;
    for (double rate : rates)
        peak = qMax(peak, rate);
    // The newest sample sits at the right edge; the line scrolls left as samples arrive.
    const double step = double(area.width()) / double(ServerPool::HistorySamples - 1);
    const double x0 = area.right() - step * double(rates.size() - 1);
    QPainterPath line;
    for (qsizetype i = 0; i < rates.size(); ++i) {
        const QPointF point(x0 + step * double(i),
                            area.bottom() - (rates[i] / peak) * double(area.height()));
        if (i == 0)
            line.moveTo(point);
        else
            line.lineTo(point);
    }
    QPainterPath fill = line;
    fill.lineTo(area.right(), area.bottom());
    fill.lineTo(x0, area.bottom());
    fill.closeSubpath();
    QColor colour = palette().color(QPalette::Highlight);
    colour.setAlpha(60);
    painter.fillPath(fill, colour);
    colour.setAlpha(255);
    painter.setPen(QPen(colour, 1.5));
    painter.drawPath(line);
}

} // namespace yard::ui
