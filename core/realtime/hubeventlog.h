#pragma once

#include "logging/eventrecord.h"

#include <QMutex>
#include <QString>
#include <memory>

namespace yard::logging {
class LogWriter;
}

namespace yard::realtime {

// Where a hub writes the `events` rows of what it sends outside any worker's batch: a publish
// to an SSE channel, or a message the administrator sends to a room. One record per call, so
// only for those (a member's message goes through its worker's batch). Thread-safe.
class HubEventLog final {
public:
    void set(std::shared_ptr<logging::LogWriter> writer, const QString &server);
    void write(const logging::EventRecordView &record) const;

private:
    mutable QMutex m_mutex;
    std::shared_ptr<logging::LogWriter> m_writer; // null: the server logs nothing
    QString m_server;
};

} // namespace yard::realtime
