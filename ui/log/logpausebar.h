#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace yard::ui {

// "⏸ Paused — 23 new rows [Resume]": shown under the log while it does not follow. Tinted with
// the palette's highlight so it reads as a state, in light and dark palettes. GUI thread only.
class LogPauseBar final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogPauseBar)

public:
    explicit LogPauseBar(QWidget *parent = nullptr);
    ~LogPauseBar() override;

    void setNewRows(qint64 count);
    QString text() const;

Q_SIGNALS:
    void resumeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void tint();

    QLabel *m_label = nullptr;
    QPushButton *m_resume = nullptr;
    bool m_tinting = false;
};

} // namespace yard::ui
