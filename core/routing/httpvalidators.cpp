#include "httpvalidators.h"

#include <charconv>
#include <cstring>

namespace yard::routing {

namespace {

constexpr char kDays[7][4] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
constexpr char kMonths[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d) {
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

struct CivilDate {
    qint64 year;
    unsigned month; // 1-12
    unsigned day;   // 1-31
};

// The inverse of daysFromCivil (H. Hinnant's civil_from_days).
CivilDate civilFromDays(qint64 z) {
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {qint64(yoe) + era * 400 + (m <= 2), m, d};
}

// A small cursor over the date text; every reader fails (returns false) instead of throwing.
struct Reader {
    QByteArrayView s;
    qsizetype i = 0;
    bool literal(char c) { return i < s.size() && s[i] == c ? (++i, true) : false; }
    bool number(int digits, int &out) {
        out = 0;
        for (int k = 0; k < digits; ++k, ++i) {
            if (i >= s.size() || s[i] < '0' || s[i] > '9')
                return false;
            out = out * 10 + (s[i] - '0');
        }
        return true;
    }
    bool month(int &out) {
        for (int m = 0; m < 12 && i + 3 <= s.size(); ++m) {
            if (s.sliced(i, 3) == QByteArrayView(kMonths[m], 3)) {
                out = m + 1;
                i += 3;
                return true;
            }
        }
        return false;
    }
    bool time(int &h, int &m, int &sec) {
        return number(2, h) && literal(':') && number(2, m) && literal(':') && number(2, sec);
    }
};

bool isOws(char c) {
    return c == ' ' || c == '\t';
}

// Reads one entity-tag at `i` (RFC 9110 §8.8.3) and returns its opaque-tag (with quotes).
std::optional<QByteArrayView> readEtag(QByteArrayView list, qsizetype &i) {
    if (list.sliced(i).startsWith("W/"))
        i += 2;
    if (i >= list.size() || list[i] != '"')
        return std::nullopt;
    const qsizetype close = list.indexOf('"', i + 1);
    if (close < 0)
        return std::nullopt;
    const QByteArrayView tag = list.sliced(i, close + 1 - i);
    i = close + 1;
    return tag;
}

QByteArrayView opaque(QByteArrayView etag) {
    return etag.startsWith("W/") ? etag.sliced(2) : etag;
}

} // namespace

QByteArray httpDate(qint64 secondsSinceEpoch) {
    // Plain arithmetic rather than gmtime_r(), which takes glibc's global time zone lock: this
    // runs for every file response on every worker thread.
    const qint64 days =
        secondsSinceEpoch >= 0 ? secondsSinceEpoch / 86400 : (secondsSinceEpoch - 86399) / 86400;
    const qint64 secs = secondsSinceEpoch - days * 86400;
    const CivilDate date = civilFromDays(days);
    const int weekday = int((days % 7 + 11) % 7); // 1970-01-01 was a Thursday
    if (date.year < 0 || date.year > 9999)
        return QByteArrayLiteral("Thu, 01 Jan 1970 00:00:00 GMT");
    // Formatted by hand: snprintf was most of the user-space cost of a file response.
    char b[29];
    const auto two = [&b](int at, unsigned v) {
        b[at] = char('0' + v / 10);
        b[at + 1] = char('0' + v % 10);
    };
    std::memcpy(b, kDays[weekday], 3);
    std::memcpy(b + 3, ", 00 ", 5);
    two(5, date.day);
    std::memcpy(b + 8, kMonths[date.month - 1], 3);
    b[11] = ' ';
    two(12, unsigned(date.year / 100));
    two(14, unsigned(date.year % 100));
    std::memcpy(b + 16, " 00:00:00 GMT", 13);
    two(17, unsigned(secs / 3600));
    two(20, unsigned(secs / 60 % 60));
    two(23, unsigned(secs % 60));
    return QByteArray(b, sizeof b);
}

std::optional<qint64> parseHttpDate(QByteArrayView text) {
    Reader r{text.trimmed()};
    int day = 0, month = 0, year = 0, h = 0, m = 0, s = 0;
    const qsizetype comma = r.s.indexOf(',');
    bool ok;
    if (comma == 3) { // IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT"
        r.i = 4;
        ok = r.literal(' ') && r.number(2, day) && r.literal(' ') && r.month(month) &&
             r.literal(' ') && r.number(4, year) && r.literal(' ') && r.time(h, m, s);
    } else if (comma > 3) { // RFC 850: "Sunday, 06-Nov-94 08:49:37 GMT"
        r.i = comma + 1;
        ok = r.literal(' ') && r.number(2, day) && r.literal('-') && r.month(month) &&
             r.literal('-') && r.number(2, year) && r.literal(' ') && r.time(h, m, s);
        year += year < 70 ? 2000 : 1900; // RFC 9110 §5.6.7: pick the nearest century
    } else {                             // asctime: "Sun Nov  6 08:49:37 1994"
        r.i = 3;
        ok = r.literal(' ') && r.month(month) && r.literal(' ');
        if (ok && r.literal(' '))
            ok = r.number(1, day);
        else
            ok = ok && r.number(2, day);
        ok = ok && r.literal(' ') && r.time(h, m, s) && r.literal(' ') && r.number(4, year);
    }
    if (ok && comma >= 3)
        ok = r.literal(' ') && r.s.sliced(r.i) == "GMT";
    else
        ok = ok && r.i == r.s.size();
    if (!ok || day < 1 || day > 31 || h > 23 || m > 59 || s > 60)
        return std::nullopt;
    return daysFromCivil(year, unsigned(month), unsigned(day)) * 86400 + h * 3600 + m * 60 + s;
}

QByteArray fileEtag(qint64 size, qint64 mtimeNs) {
    char buffer[40];
    char *p = buffer;
    *p++ = '"';
    p = std::to_chars(p, buffer + sizeof buffer, static_cast<unsigned long long>(size), 16).ptr;
    *p++ = '-';
    p = std::to_chars(p, buffer + sizeof buffer, static_cast<unsigned long long>(mtimeNs), 16).ptr;
    *p++ = '"';
    return QByteArray(buffer, p - buffer);
}

bool noneMatchHits(QByteArrayView ifNoneMatch, QByteArrayView etag) {
    const QByteArrayView list = ifNoneMatch.trimmed();
    if (list == "*")
        return true;
    const QByteArrayView ours = opaque(etag);
    qsizetype i = 0;
    while (i < list.size()) {
        // #rule lists allow empty elements and OWS around commas (RFC 9110 §5.6.1).
        if (list[i] == ',' || isOws(list[i])) {
            ++i;
            continue;
        }
        const std::optional<QByteArrayView> tag = readEtag(list, i);
        if (!tag)
            return false;
        if (*tag == ours)
            return true;
    }
    return false;
}

bool strongEtagEquals(QByteArrayView candidate, QByteArrayView etag) {
    candidate = candidate.trimmed();
    return !candidate.startsWith("W/") && !etag.startsWith("W/") && candidate == etag;
}

AcceptedCodings acceptedCodings(QByteArrayView acceptEncoding) {
    AcceptedCodings accepted;
    bool brListed = false, gzipListed = false;
    std::optional<bool> star;
    for (qsizetype start = 0; start <= acceptEncoding.size();) {
        qsizetype end = acceptEncoding.indexOf(',', start);
        if (end < 0)
            end = acceptEncoding.size();
        QByteArrayView element = acceptEncoding.sliced(start, end - start);
        start = end + 1;
        const qsizetype semicolon = element.indexOf(';');
        const QByteArrayView coding =
            (semicolon < 0 ? element : element.first(semicolon)).trimmed();
        bool acceptable = true;
        if (semicolon >= 0) {
            // weight = OWS ";" OWS "q=" qvalue (RFC 9110 §12.4.2); only "0" matters here.
            QByteArrayView q = element.sliced(semicolon + 1).trimmed();
            if (q.size() >= 2 && (q[0] == 'q' || q[0] == 'Q') && q[1] == '=') {
                // qvalue is "0[.ddd]" or "1[.000]": non-zero exactly when a digit 1-9 appears.
                acceptable = false;
                for (char c : q.sliced(2))
                    acceptable = acceptable || (c >= '1' && c <= '9');
            }
        }
        if (coding.compare("br", Qt::CaseInsensitive) == 0)
            brListed = true, accepted.br = acceptable;
        else if (coding.compare("gzip", Qt::CaseInsensitive) == 0 ||
                 coding.compare("x-gzip", Qt::CaseInsensitive) == 0)
            gzipListed = true, accepted.gzip = acceptable;
        else if (coding == "*")
            star = acceptable;
    }
    if (star && !brListed)
        accepted.br = *star;
    if (star && !gzipListed)
        accepted.gzip = *star;
    return accepted;
}

} // namespace yard::routing
