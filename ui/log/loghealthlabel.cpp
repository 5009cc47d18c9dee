#include "loghealthlabel.h"

#include "statuscolors.h"

#include <QEvent>
#include <QTimer>
#include <algorithm>
#include <limits>

namespace yard::ui {

namespace {
int clamped(qint64 count) {
    return int(std::min<qint64>(count, std::numeric_limits<int>::max()));
}
} // namespace

LogHealthLabel::LogHealthLabel(QWidget *parent)
    : QLabel(parent)
    , m_timer(new QTimer(this)) {
    setObjectName(QStringLiteral("logHealth"));
    setAccessibleName(tr("Request log health"));
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setWordWrap(false);
    hide();
    tint();
    m_timer->setInterval(PollIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &LogHealthLabel::refresh);
}

void LogHealthLabel::setSource(std::function<LogHealth()> source) {
    m_source = std::move(source);
    if (m_source)
        m_timer->start();
    else
        m_timer->stop();
    refresh();
}

QString LogHealthLabel::describe(const LogHealth &health) {
    QStringList parts;
    if (!health.problem.isEmpty())
        parts.append(tr("Not logging: %1").arg(health.problem));
    if (health.dropped > 0)
        parts.append(tr("%Ln record(s) dropped: the log could not keep up", nullptr,
                        clamped(health.dropped)));
    if (health.behind >= BehindShownFrom)
        parts.append(tr("the log is %Ln record(s) behind: serving comes first, it catches up",
                        nullptr, clamped(health.behind)));
    return parts.join(QStringLiteral(" · "));
}

void LogHealthLabel::refresh() {
    const LogHealth health = m_source ? m_source() : LogHealth();
    const QString text = describe(health);
    if (text != this->text()) { // polled every second: nothing to do while nothing changes
        setText(text);
        setToolTip(text);
        setVisible(!text.isEmpty());
    }
    const bool serious = !health.problem.isEmpty() || health.dropped > 0;
    if (serious != m_serious) {
        m_serious = serious;
        tint();
    }
}

void LogHealthLabel::tint() {
    m_tinting = true; // setPalette sends a PaletteChange of its own
    QPalette colours = parentWidget() ? parentWidget()->palette() : palette();
    colours.setColor(QPalette::WindowText,
                     StatusColors::text(m_serious ? 500 : 400, colours.color(QPalette::Window)));
    setPalette(colours);
    m_tinting = false;
}

void LogHealthLabel::changeEvent(QEvent *event) {
    if (event->type() == QEvent::PaletteChange && !m_tinting)
        tint();
    QLabel::changeEvent(event);
}

} // namespace yard::ui
