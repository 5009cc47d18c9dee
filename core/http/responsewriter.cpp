#include "responsewriter.h"

#include <QDateTime>
#include <QTimeZone>
#include <array>

namespace yard::http {

namespace {
struct Reason {
    int status;
    const char *text;
};
constexpr std::array<Reason, 40> s_reasons = {{
    {100, "Continue"},
    {101, "Switching Protocols"},
    {200, "OK"},
    {201, "Created"},
    {202, "Accepted"},
    {204, "No Content"},
    {206, "Partial Content"},
    {301, "Moved Permanently"},
    {302, "Found"},
    {303, "See Other"},
    {304, "Not Modified"},
    {307, "Temporary Redirect"},
    {308, "Permanent Redirect"},
    {400, "Bad Request"},
    {401, "Unauthorized"},
    {403, "Forbidden"},
    {404, "Not Found"},
    {405, "Method Not Allowed"},
    {406, "Not Acceptable"},
    {408, "Request Timeout"},
    {409, "Conflict"},
    {410, "Gone"},
    {411, "Length Required"},
    {412, "Precondition Failed"},
    {413, "Content Too Large"},
    {414, "URI Too Long"},
    {415, "Unsupported Media Type"},
    {416, "Range Not Satisfiable"},
    {417, "Expectation Failed"},
    {418, "I'm a teapot"},
    {422, "Unprocessable Content"},
    {426, "Upgrade Required"},
    {429, "Too Many Requests"},
    {431, "Request Header Fields Too Large"},
    {500, "Internal Server Error"},
    {501, "Not Implemented"},
    {502, "Bad Gateway"},
    {503, "Service Unavailable"},
    {504, "Gateway Timeout"},
    {505, "HTTP Version Not Supported"},
}};

bool isEngineField(QByteArrayView name) {
    return name.compare("content-length", Qt::CaseInsensitive) == 0 ||
           name.compare("connection", Qt::CaseInsensitive) == 0 ||
           name.compare("date", Qt::CaseInsensitive) == 0 ||
           name.compare("transfer-encoding", Qt::CaseInsensitive) == 0;
}

// RFC 9110 §15: 1xx, 204 and 304 responses never carry content or Content-Length framing.
bool hasNoContent(int status) {
    return status < 200 || status == 204 || status == 304;
}

void appendStatusLine(QByteArray &out, int minorVersion, int status) {
    out += minorVersion == 0 ? "HTTP/1.0 " : "HTTP/1.1 ";
    const char digits[3] = {char('0' + status / 100), char('0' + status / 10 % 10),
                            char('0' + status % 10)};
    out.append(digits, 3);
    out += ' ';
    out += reasonPhrase(status);
    out += "\r\n";
}
} // namespace

QByteArrayView reasonPhrase(int status) {
    for (const Reason &reason : s_reasons) {
        if (reason.status == status)
            return reason.text;
    }
    return "Unknown";
}

void ResponseWriter::writeHead(QByteArray &out, const HttpResponse &response,
                               const ResponseFraming &framing) {
    appendStatusLine(out, framing.minorVersion, response.status);
    for (const auto &[name, value] : response.headers) {
        if (isEngineField(name))
            continue;
        out += name;
        out += ": ";
        out += value;
        out += "\r\n";
    }
    out += framing.dateLine;
    if (!hasNoContent(response.status)) {
        out += "Content-Length: ";
        out += QByteArray::number(response.contentLength());
        out += "\r\n";
    }
    // HTTP/1.1 persists by default and HTTP/1.0 closes by default (RFC 9112 §9.3).
    if (!framing.keepAlive)
        out += "Connection: close\r\n";
    else if (framing.minorVersion == 0)
        out += "Connection: keep-alive\r\n";
    out += "\r\n";
}

void ResponseWriter::writeError(QByteArray &out, int status, QByteArrayView dateLine) {
    const QByteArrayView reason = reasonPhrase(status);
    appendStatusLine(out, 1, status);
    out += "Content-Type: text/plain; charset=utf-8\r\n";
    out += dateLine;
    out += "Content-Length: ";
    out += QByteArray::number(reason.size() + 1);
    out += "\r\nConnection: close\r\n\r\n";
    out += reason;
    out += '\n';
}

HttpDate::HttpDate() {
    refresh();
}

void HttpDate::refresh() {
    static constexpr const char *days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static constexpr const char *months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDate date = now.date();
    const QTime time = now.time();
    // Locale-independent on purpose: HTTP dates are always English.
    m_line = "Date: " + QByteArray(days[date.dayOfWeek() - 1]) + ", " +
             QByteArray::number(date.day()).rightJustified(2, '0') + ' ' +
             months[date.month() - 1] + ' ' + QByteArray::number(date.year()) + ' ' +
             QByteArray::number(time.hour()).rightJustified(2, '0') + ':' +
             QByteArray::number(time.minute()).rightJustified(2, '0') + ':' +
             QByteArray::number(time.second()).rightJustified(2, '0') + " GMT\r\n";
}

} // namespace yard::http
