#pragma once

#include "http/exchange.h"

#include <QByteArray>
#include <QString>
#include <memory>

namespace yard::routing {

class SessionGate;

// What a sign-in asked for, kept while its password is checked.
struct SignInAttempt {
    QString username;
    QByteArray remoteAddress;
    QByteArray next;      // checked same-origin target
    QByteArray sessionId; // the session it came with (ended on success: no fixation)
    bool json = false;
};

// A sign-in whose password is checked off the worker thread: PBKDF2 with 100 000 rounds takes
// a few hundred milliseconds, and the worker serves its other connections meanwhile. The answer
// is written when the check comes back; a client that left by then gets nothing.
class SignInExchange final : public http::Exchange,
                             public std::enable_shared_from_this<SignInExchange> {
public:
    SignInExchange(std::shared_ptr<const SessionGate> gate, SignInAttempt attempt,
                   QString password);
    ~SignInExchange() override;

    void start(http::ExchangeSink &sink, const http::HttpRequest &request,
               QByteArrayView remoteAddress, bool bodyFollows) override;
    qsizetype feed(const char *, qsizetype) override { return 0; }
    bool requestComplete() const override { return true; }
    bool isTunnel() const override { return false; }
    void clientDrained() override {}
    http::ExchangeOutcome clientClosed() override;
    void checkTimeouts(Clock::time_point) override {}

private:
    struct Mailbox;
    void checked(bool valid);

    std::shared_ptr<const SessionGate> m_gate;
    SignInAttempt m_attempt;
    QString m_password;
    http::ExchangeSink *m_sink = nullptr;
    std::shared_ptr<Mailbox> m_mailbox;
};

} // namespace yard::routing
