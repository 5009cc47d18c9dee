#include "signinexchange.h"

#include "http/httpresponse.h"
#include "http/worker.h"
#include "sessiongate.h"
#include "sessions/userdirectory.h"

#include <QThreadPool>
#include <mutex>

namespace yard::routing {

// Where the checking thread posts its result: the worker, while the exchange lives. The
// exchange clears it (under the lock) when it goes, so the checker never posts to a worker that
// has been deleted: a worker deletes its connections, and so their exchanges, before itself.
struct SignInExchange::Mailbox {
    std::mutex mutex;
    http::Worker *worker = nullptr;
};

SignInExchange::SignInExchange(std::shared_ptr<const SessionGate> gate, SignInAttempt attempt,
                               QString password)
    : m_gate(std::move(gate))
    , m_attempt(std::move(attempt))
    , m_password(std::move(password))
    , m_mailbox(std::make_shared<Mailbox>()) {}

SignInExchange::~SignInExchange() {
    const std::lock_guard lock(m_mailbox->mutex);
    m_mailbox->worker = nullptr;
}

void SignInExchange::start(http::ExchangeSink &sink, const http::HttpRequest &, QByteArrayView,
                           bool) {
    m_sink = &sink;
    {
        const std::lock_guard lock(m_mailbox->mutex);
        m_mailbox->worker = &sink.worker();
    }
    const std::weak_ptr<SignInExchange> self = weak_from_this();
    // The check holds copies and the mailbox, never the gate: the gate owns the sessions
    // database, which must end with its server, on the owner's thread. A check that held the
    // last reference ended the database on a pool thread after QCoreApplication's teardown had
    // closed every Qt Sql connection from the main thread, the sessions thread's included, while
    // that thread still ran a statement on it (SIGBUS in libsqlite3).
    QThreadPool::globalInstance()->start([hash = m_gate->passwordHashOf(m_attempt.username),
                                          password = std::exchange(m_password, {}),
                                          mailbox = m_mailbox, self] {
        const bool valid = sessions::UserDirectory::check(hash, password);
        const std::lock_guard lock(mailbox->mutex);
        if (!mailbox->worker)
            return; // the client left, or the server stopped
        QMetaObject::invokeMethod(
            mailbox->worker,
            [self, valid] {
                if (const auto exchange = self.lock())
                    exchange->checked(valid);
            },
            Qt::QueuedConnection);
    });
}

void SignInExchange::checked(bool valid) {
    if (!m_sink)
        return;
    http::HttpResponse response;
    m_gate->completeSignIn(m_attempt, valid, response);
    http::ExchangeSink *sink = std::exchange(m_sink, nullptr);
    sink->answer(response);
}

http::ExchangeOutcome SignInExchange::clientClosed() {
    m_sink = nullptr;
    const std::lock_guard lock(m_mailbox->mutex);
    m_mailbox->worker = nullptr;
    return {};
}

} // namespace yard::routing
