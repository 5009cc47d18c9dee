#include "proxymessages.h"

#include "http/httprequest.h"
#include "http/httpresponse.h"

#include <QCoreApplication>
#include <QVarLengthArray>

namespace yard::proxy {

namespace {
// lupdate files a free function's tr() under its namespace: this names the context the program
// looks the text up in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(yard::proxy::ProxyExchange)
};

bool equalsLower(QByteArrayView text, QByteArrayView lower) {
    return text.compare(lower, Qt::CaseInsensitive) == 0;
}

// The field names a request's Connection field lists: hop-by-hop for this request only.
using NameList = QVarLengthArray<QByteArrayView, 8>;
NameList connectionOptions(const http::HttpRequest &request) {
    NameList options;
    for (const http::HttpHeaderField field : request.headers()) {
        if (!equalsLower(field.name, "connection"))
            continue;
        QByteArrayView list = field.value;
        while (!list.isEmpty()) {
            const qsizetype comma = list.indexOf(',');
            QByteArrayView option = (comma < 0 ? list : list.first(comma)).trimmed();
            if (!option.isEmpty())
                options.append(option);
            list = comma < 0 ? QByteArrayView() : list.sliced(comma + 1);
        }
    }
    return options;
}

bool isListed(QByteArrayView name, const NameList &names) {
    for (QByteArrayView listed : names) {
        if (equalsLower(name, listed))
            return true;
    }
    return false;
}

// Fields the proxy writes itself on the way up.
bool isRegenerated(QByteArrayView name) {
    static constexpr QByteArrayView names[] = {
        "host", "x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "forwarded",
        "via",  "expect"};
    for (QByteArrayView own : names) {
        if (equalsLower(name, own))
            return true;
    }
    return false;
}

void appendField(QByteArray &out, QByteArrayView name, QByteArrayView value) {
    out += name;
    out += ": ";
    out += value;
    out += "\r\n";
}

QByteArray htmlEscaped(const QString &text) {
    return text.toHtmlEscaped().toUtf8();
}
} // namespace

void writeUpstreamRequestHead(QByteArray &out, const ProxyTarget &target,
                              const http::HttpRequest &request, QByteArrayView remoteAddress,
                              RequestBodyFraming framing, qint64 contentLength) {
    out += request.method();
    out += ' ';
    out += target.rewrite(request.path(), request.query());
    out += " HTTP/1.1\r\n";
    const QByteArrayView clientHost = request.header("host");
    appendField(out, "Host",
                target.changeOrigin || clientHost.isEmpty() ? QByteArrayView(target.hostPort)
                                                            : clientHost);
    const NameList options = connectionOptions(request);
    QByteArray forwardedFor;
    QByteArray forwarded;
    QByteArray via;
    for (const http::HttpHeaderField field : request.headers()) {
        if (equalsLower(field.name, "x-forwarded-for"))
            forwardedFor += (forwardedFor.isEmpty() ? "" : ", ") + field.value.toByteArray();
        else if (equalsLower(field.name, "forwarded"))
            forwarded += (forwarded.isEmpty() ? "" : ", ") + field.value.toByteArray();
        else if (equalsLower(field.name, "via"))
            via += (via.isEmpty() ? "" : ", ") + field.value.toByteArray();
        if (isHopByHopName(field.name) || isRegenerated(field.name) ||
            isListed(field.name, options))
            continue;
        appendField(out, field.name, field.value);
    }
    const bool v6 = remoteAddress.contains(':');
    appendField(out, "X-Forwarded-For",
                forwardedFor.isEmpty() ? remoteAddress.toByteArray()
                                       : forwardedFor + ", " + remoteAddress.toByteArray());
    if (!clientHost.isEmpty())
        appendField(out, "X-Forwarded-Host", clientHost);
    appendField(out, "X-Forwarded-Proto", "http");
    // RFC 7239: an IPv6 node is quoted and bracketed; a host with odd bytes is quoted.
    QByteArray element =
        "for=" + (v6 ? "\"[" + remoteAddress.toByteArray() + "]\"" : remoteAddress.toByteArray());
    if (!clientHost.isEmpty())
        element += ";host=\"" + clientHost.toByteArray() + '"';
    element += ";proto=http";
    appendField(out, "Forwarded", forwarded.isEmpty() ? element : forwarded + ", " + element);
    appendField(out, "Via",
                via.isEmpty() ? QByteArray("1.1 yardmaster") : via + ", 1.1 yardmaster");
    for (const auto &[name, value] : target.extraHeaders)
        appendField(out, name, value);
    if (framing == RequestBodyFraming::Length)
        appendField(out, "Content-Length", QByteArray::number(contentLength));
    else if (framing == RequestBodyFraming::Chunked)
        appendField(out, "Transfer-Encoding", "chunked");
    if (!request.upgrade().isEmpty()) {
        appendField(out, "Connection", "Upgrade");
        appendField(out, "Upgrade", request.upgrade());
    }
    out += "\r\n";
}

ClientFraming writeClientResponseHead(QByteArray &out, const ResponseHead &head, BodyFraming body,
                                      int clientMinorVersion, bool clientKeepAlive,
                                      QByteArrayView dateLine) {
    ClientFraming framing;
    const bool upgrade = head.status() == 101;
    const bool streams = body == BodyFraming::Chunked || body == BodyFraming::UntilClose;
    framing.chunked = streams && clientMinorVersion == 1;
    framing.closes = !upgrade && (!clientKeepAlive || (streams && !framing.chunked));
    out += clientMinorVersion == 1 ? "HTTP/1.1 " : "HTTP/1.0 ";
    out += QByteArray::number(head.status());
    out += ' ';
    out += head.reason().isEmpty() ? http::reasonPhrase(head.status()) : head.reason();
    out += "\r\n";
    bool hasDate = false;
    QByteArrayView upgradeValue;
    for (qsizetype i = 0; i < head.fieldCount(); ++i) {
        const ResponseHead::Field field = head.field(i);
        if (upgrade && equalsLower(field.name, "upgrade"))
            upgradeValue = field.value;
        if (head.isHopByHop(i) || equalsLower(field.name, "via"))
            continue;
        hasDate = hasDate || equalsLower(field.name, "date");
        appendField(out, field.name, field.value);
    }
    appendField(out, "Via", "1.1 yardmaster");
    if (!hasDate)
        out += dateLine;
    if (upgrade) {
        appendField(out, "Connection", "Upgrade");
        appendField(out, "Upgrade", upgradeValue);
    } else if (body == BodyFraming::Length ||
               (body == BodyFraming::None && head.contentLength() >= 0 && head.status() >= 200 &&
                head.status() != 204)) {
        appendField(out, "Content-Length", QByteArray::number(head.contentLength()));
    } else if (framing.chunked) {
        appendField(out, "Transfer-Encoding", "chunked");
    }
    if (framing.closes)
        appendField(out, "Connection", "close");
    else if (!upgrade && clientMinorVersion == 0)
        appendField(out, "Connection", "keep-alive");
    out += "\r\n";
    return framing;
}

void writeGatewayError(http::HttpResponse &response, int status, const ProxyTarget &target,
                       const QString &problem) {
    const QString upstream = QString::fromUtf8(target.upstreamUrl);
    const QString title =
        status == 504 ? Text::tr("504 Gateway Timeout") : Text::tr("502 Bad Gateway");
    const QString hint =
        Text::tr("Is your dev server running on %1?").arg(QString::fromUtf8(target.hostPort));
    QByteArray body =
        "<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>" + htmlEscaped(title) +
        "</title></head>\n<body><h1>" + htmlEscaped(title) + "</h1>\n<p>" +
        htmlEscaped(Text::tr("Yardmaster could not get an answer from the upstream %1: %2.")
                        .arg(upstream, problem)) +
        "</p>\n<p>" + htmlEscaped(hint) + "</p>\n</body></html>\n";
    response.status = status;
    response.headers.clear();
    response.addHeader("Content-Type", "text/html; charset=utf-8");
    response.addHeader("Cache-Control", "no-store");
    response.body = std::move(body);
}

} // namespace yard::proxy
