#pragma once

#include <QLabel>
#include <functional>

class QTimer;

namespace yard::ui {

// What the request log is doing, as far as the window's own log writer knows it.
struct LogHealth {
    QString problem;    // why it does not write (the file and SQLite's error); empty: it writes
    qint64 behind = 0;  // records handed over, not yet written
    qint64 dropped = 0; // records it could not take, since the window opened
};

// The Log tab's line about the log itself, shown only when there is something to say: it does
// not write (and why), it dropped records, or it is far behind serving (under a saturating load
// it writes in the gaps and catches up afterwards). Never silent, never noise. Polls its source
// (lock-free reads) once a second.
class LogHealthLabel final : public QLabel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogHealthLabel)

public:
    static constexpr int PollIntervalMs = 1000;
    // A batch in flight is not "behind"; a backlog of this many records is worth a word.
    static constexpr qint64 BehindShownFrom = 10'000;

    explicit LogHealthLabel(QWidget *parent = nullptr);
    void setSource(std::function<LogHealth()> source);
    void refresh();

    static QString describe(const LogHealth &health);

protected:
    void changeEvent(QEvent *event) override;

private:
    std::function<LogHealth()> m_source;
    QTimer *m_timer = nullptr;
    bool m_serious = false; // red (not writing, drops) rather than amber (behind)
    bool m_tinting = false;
    void tint();
};

} // namespace yard::ui
