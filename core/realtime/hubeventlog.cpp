#include "hubeventlog.h"

#include "logging/eventbatch.h"
#include "logging/logwriter.h"

namespace yard::realtime {

void HubEventLog::set(std::shared_ptr<logging::LogWriter> writer, const QString &server) {
    const QMutexLocker lock(&m_mutex);
    m_writer = std::move(writer);
    m_server = server;
}

void HubEventLog::write(const logging::EventRecordView &record) const {
    std::shared_ptr<logging::LogWriter> writer;
    QString server;
    {
        const QMutexLocker lock(&m_mutex);
        writer = m_writer;
        server = m_server;
    }
    if (!writer)
        return;
    logging::EventBatch batch;
    batch.append(record);
    if (writer->accepting())
        writer->submitEvents(server, batch.take(), 1);
    else
        writer->recordDropped(server, 1);
}

} // namespace yard::realtime
