#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <memory>
#include <vector>

namespace yard::realtime {

class SseHub;
class SseStream;

// One worker thread's share of an SseHub: the event streams open in this thread, by channel.
// Events published anywhere arrive as queued deliver() calls. Lives in its worker thread.
class WorkerSse final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkerSse)

public:
    explicit WorkerSse(std::shared_ptr<SseHub> hub);
    ~WorkerSse() override;

    SseHub &hub() const { return *m_hub; }
    void add(const QString &channel, SseStream *stream);
    // Safe from inside deliver() (a stream that ends because its reader is too slow).
    void remove(const QString &channel, SseStream *stream);
    void deliver(const QString &channel, quint64 id, const QByteArray &frame);

private:
    std::shared_ptr<SseHub> m_hub;
    QHash<QString, std::vector<SseStream *>> m_streams;
    bool m_delivering = false;
    bool m_removedWhileDelivering = false;
};

} // namespace yard::realtime
