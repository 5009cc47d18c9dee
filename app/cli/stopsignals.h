#pragma once

#include <QObject>

class QSocketNotifier;

namespace yard::app {

// Turns SIGINT and SIGTERM into a Qt signal on the main thread (self-pipe), so that `serve`
// stops gracefully from its event loop rather than inside a signal handler.
class StopSignals final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StopSignals)

public:
    explicit StopSignals(QObject *parent = nullptr);
    ~StopSignals() override;

Q_SIGNALS:
    void stopRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace yard::app
