#include "currentsession.h"

namespace yard::routing {

namespace {
thread_local QByteArrayView t_user;
}

CurrentSession::CurrentSession(QByteArrayView user)
    : m_previous(t_user) {
    t_user = user;
}

CurrentSession::~CurrentSession() {
    t_user = m_previous;
}

QByteArrayView CurrentSession::user() {
    return t_user;
}

} // namespace yard::routing
