#include "logpausebar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <limits>

namespace yard::ui {

LogPauseBar::LogPauseBar(QWidget *parent)
    : QFrame(parent) {
    setObjectName(QStringLiteral("logPauseBar"));
    setAccessibleName(tr("Log paused"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MediaPause, nullptr, this).pixmap(iconSize));
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("logPauseText"));
    m_resume = new QPushButton(style()->standardIcon(QStyle::SP_MediaPlay, nullptr, this),
                               tr("Resume"), this);
    m_resume->setObjectName(QStringLiteral("logResume"));
    m_resume->setAccessibleName(tr("Resume following the log"));
    m_resume->setToolTip(tr("Show the newest rows and follow them again"));
    connect(m_resume, &QPushButton::clicked, this, &LogPauseBar::resumeRequested);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 4, 2);
    layout->addWidget(icon);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_resume);
    setNewRows(0);
    tint();
}

LogPauseBar::~LogPauseBar() = default;

void LogPauseBar::setNewRows(qint64 count) {
    if (count <= 0)
        m_label->setText(tr("Paused — no new rows yet"));
    else
        m_label->setText(tr("Paused — %Ln new row(s)", nullptr,
                            int(qMin(count, qint64(std::numeric_limits<int>::max())))));
    m_label->setAccessibleName(m_label->text());
}

QString LogPauseBar::text() const {
    return m_label->text();
}

void LogPauseBar::changeEvent(QEvent *event) {
    if (event->type() == QEvent::PaletteChange && !m_tinting)
        tint();
    QFrame::changeEvent(event);
}

void LogPauseBar::tint() {
    // A quarter of the highlight over the window colour: visibly a state, text still WindowText.
    m_tinting = true;
    QPalette palette = parentWidget() ? parentWidget()->palette() : this->palette();
    const QColor window = palette.color(QPalette::Window);
    const QColor highlight = palette.color(QPalette::Highlight);
    const auto mix = [](float a, float b) {
        return a * 0.75f + b * 0.25f;
    };
    palette.setColor(QPalette::Window, QColor::fromRgbF(mix(window.redF(), highlight.redF()),
                                                        mix(window.greenF(), highlight.greenF()),
                                                        mix(window.blueF(), highlight.blueF())));
    setPalette(palette);
    m_tinting = false;
}

} // namespace yard::ui
