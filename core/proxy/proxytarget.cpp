#include "proxytarget.h"

#include <QCoreApplication>
#include <QUrl>
#include <cstring>
#include <netdb.h>

namespace yard::proxy {

namespace {
// lupdate files a free function's tr() under its namespace: this names the context the program
// looks the text up in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(yard::proxy::ProxyTarget)
};

// Every address `host` names, in the resolver's order, without duplicates. Runs when a route
// table is built (start, hot reload), never on a request.
std::vector<ProxyTarget::Address> resolve(const QByteArray &host, quint16 port, QString *error) {
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *found = nullptr;
    const QByteArray service = QByteArray::number(port);
    const int status = ::getaddrinfo(host.constData(), service.constData(), &hints, &found);
    std::vector<ProxyTarget::Address> addresses;
    if (status != 0) {
        *error = Text::tr("the upstream host %1 does not resolve: %2")
                     .arg(QString::fromUtf8(host), QString::fromLocal8Bit(::gai_strerror(status)));
        return addresses;
    }
    for (const addrinfo *entry = found; entry; entry = entry->ai_next) {
        ProxyTarget::Address address;
        address.length = socklen_t(entry->ai_addrlen);
        std::memcpy(&address.storage, entry->ai_addr, entry->ai_addrlen);
        bool seen = false;
        for (const ProxyTarget::Address &other : addresses) {
            seen = seen || (other.length == address.length &&
                            std::memcmp(&other.storage, &address.storage, address.length) == 0);
        }
        if (!seen)
            addresses.push_back(address);
    }
    ::freeaddrinfo(found);
    return addresses;
}
} // namespace

std::shared_ptr<const ProxyTarget> ProxyTarget::build(const project::RouteConfig &route,
                                                      QString *error) {
    const QUrl url(route.upstream.value_or(QString()), QUrl::StrictMode);
    auto target = std::make_shared<ProxyTarget>();
    const quint16 port = quint16(url.port(80));
    const QByteArray host = url.host(QUrl::FullyEncoded).toUtf8();
    target->addresses = resolve(host, port, error);
    if (target->addresses.empty())
        return nullptr;
    const QByteArray hostInUrl = host.contains(':') ? '[' + host + ']' : host;
    target->hostPort = url.port() < 0 ? hostInUrl : hostInUrl + ':' + QByteArray::number(port);
    target->upstreamUrl = "http://" + target->hostPort;
    target->basePath = url.path(QUrl::FullyEncoded).toUtf8();
    while (target->basePath.endsWith('/'))
        target->basePath.chop(1);
    QByteArray prefix = route.path.toUtf8();
    if (prefix.endsWith('*'))
        prefix.chop(1);
    while (prefix.endsWith('/'))
        prefix.chop(1);
    target->mountPrefix = prefix;
    target->stripPrefix = route.stripPrefix.value_or(false);
    target->changeOrigin = route.changeOrigin.value_or(false);
    for (const auto &[name, value] : route.headers.value_or(project::HeaderList()))
        target->extraHeaders.append({name.toLatin1(), value.toUtf8()});
    target->connectTimeoutMs = route.connectTimeoutMs.value_or(target->connectTimeoutMs);
    target->firstByteTimeoutMs = route.firstByteTimeoutMs.value_or(target->firstByteTimeoutMs);
    target->idleTimeoutMs = route.idleTimeoutMs.value_or(target->idleTimeoutMs);
    return target;
}

QByteArray ProxyTarget::rewrite(QByteArrayView path, QByteArrayView query) const {
    QByteArray target = basePath;
    QByteArrayView rest = path;
    if (stripPrefix && path.startsWith(mountPrefix))
        rest = path.sliced(mountPrefix.size());
    if (rest.isEmpty() || rest.front() != '/')
        target += '/';
    target += rest;
    if (!query.isEmpty())
        target += '?' + query.toByteArray();
    return target;
}

} // namespace yard::proxy
