#pragma once

#include "hubeventlog.h"
#include "ssesettings.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>
#include <deque>
#include <memory>
#include <optional>

class QThread;

namespace yard::realtime {

class WorkerSse;

// The channels of one `sse` route, shared by every worker thread of its server.
//
// Like RoomHub: a stream lives in one worker thread, where its WorkerSse keeps channel -> local
// streams; the hub keeps, per channel, which workers hold readers (with a count), the id counter
// and a bounded buffer of recent events for readers that reconnect with Last-Event-ID. An event
// is encoded once, here, and the one QByteArray is posted to each worker with readers (one queued
// call per worker, not per reader). The mutex is taken when a stream opens or ends and when an
// event is published: never per delivered event, never on another route's request.
//
// Thread-safe. Created with std::make_shared: streams hold it past a route table swap.
class SseHub final : public std::enable_shared_from_this<SseHub> {
    Q_DISABLE_COPY_MOVE(SseHub)

public:
    explicit SseHub(const SseSettings &settings = {});
    ~SseHub();

    SseSettings settings() const;
    // Hot reload: new streams use the new settings; the buffers shrink at the next event.
    void setSettings(const SseSettings &settings);

    // The calling worker thread's part of the hub, created by its first stream; deleted when
    // the thread finishes.
    WorkerSse &workerSse();
    // Called by a WorkerSse going away: no more posts to it.
    void forget(WorkerSse *worker);

    struct Subscription {
        bool accepted = false; // false: too many channels are being read
        QByteArray replay;     // buffered events after the reader's Last-Event-ID
        quint64 lastId = 0;    // the newest event the reader has now (replayed or skipped)
    };
    // A reader on `from` opens `channel`. With `lastEventId` it gets the buffered events newer
    // than that id; an id newer than any (the server restarted and counts afresh) replays the
    // whole buffer, since those events are new to the reader.
    Subscription subscribe(WorkerSse *from, const QString &channel,
                           std::optional<quint64> lastEventId);
    void unsubscribe(WorkerSse *from, const QString &channel);

    struct Published {
        bool accepted = false; // false: too many channels, none idle to replace
        quint64 id = 0;
        int readers = 0; // streams open on the channel when it was sent
    };
    // From any thread (a worker serving a publish request, the UI, a test). `name` must pass
    // SseFormat::isEventName(); `data` is UTF-8 text.
    Published publish(const QString &channel, QByteArrayView name, QByteArrayView data);

    // For the UI and tests: channels and their readers, now.
    struct ChannelInfo {
        QString name;
        int readers = 0;
        quint64 events = 0; // published since the server started
        qint64 lastEventMs = 0;
    };
    QList<ChannelInfo> channels() const;

    // Where publishes are logged (table `events`); set by the server when its log is on.
    HubEventLog &eventLog() { return m_eventLog; }

private:
    struct BufferedEvent {
        quint64 id;
        QByteArray frame;
    };
    struct Channel {
        QHash<WorkerSse *, int> workers; // workers holding readers -> how many
        int readers = 0;
        std::deque<BufferedEvent> buffer;
        quint64 lastId = 0;
        qint64 lastEventMs = 0;
    };
    Channel *channelLocked(const QString &name);
    Published publishUnlogged(const QString &name, QByteArrayView event, QByteArrayView data);

    mutable QMutex m_mutex;
    HubEventLog m_eventLog;
    SseSettings m_settings;
    QHash<QThread *, WorkerSse *> m_workers;
    QHash<QString, Channel> m_channels;
};

} // namespace yard::realtime
