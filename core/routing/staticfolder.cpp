#include "staticfolder.h"

#include "byteranges.h"
#include "directorylisting.h"
#include "http/httprequest.h"
#include "http/httpresponse.h"
#include "httpvalidators.h"
#include "mimetypes.h"
#include "staticpath.h"

#include <QRandomGenerator>
#include <cerrno>

namespace yard::routing {

namespace {

const QByteArray s_acceptRanges = QByteArrayLiteral("Accept-Ranges");
const QByteArray s_bytes = QByteArrayLiteral("bytes");
const QByteArray s_cacheControl = QByteArrayLiteral("Cache-Control");
const QByteArray s_contentEncoding = QByteArrayLiteral("Content-Encoding");
const QByteArray s_contentRange = QByteArrayLiteral("Content-Range");
const QByteArray s_contentType = QByteArrayLiteral("Content-Type");
const QByteArray s_etag = QByteArrayLiteral("ETag");
const QByteArray s_lastModified = QByteArrayLiteral("Last-Modified");
const QByteArray s_location = QByteArrayLiteral("Location");
const QByteArray s_vary = QByteArrayLiteral("Vary");
const QByteArray s_acceptEncoding = QByteArrayLiteral("Accept-Encoding");
const QByteArray s_noCache = QByteArrayLiteral("no-cache");
const QByteArray s_html = QByteArrayLiteral("text/html; charset=utf-8");
const QByteArray s_plain = QByteArrayLiteral("text/plain; charset=utf-8");

// Plain-text error answers. A refused path (traversal, encoded slash, hidden name) is a 404 like
// a missing file, not a 400: the request is well-formed HTTP (RFC 9110 §15.5.1 is about syntax),
// and answering exactly as for an absent file tells a scanner nothing about what was filtered.
void fail(http::HttpResponse &response, int status) {
    static const QByteArray s_403 = QByteArrayLiteral("Forbidden\n");
    static const QByteArray s_404 = QByteArrayLiteral("Not Found\n");
    static const QByteArray s_405 = QByteArrayLiteral("Method Not Allowed\n");
    static const QByteArray s_416 = QByteArrayLiteral("Range Not Satisfiable\n");
    static const QByteArray s_500 = QByteArrayLiteral("Internal Server Error\n");
    static const QByteArray s_503 = QByteArrayLiteral("Service Unavailable\n");
    response.status = status;
    response.addHeader(s_contentType, s_plain);
    switch (status) {
    case 403:
        response.body = s_403;
        break;
    case 404:
        response.body = s_404;
        break;
    case 405:
        response.body = s_405;
        break;
    case 416:
        response.body = s_416;
        break;
    case 503:
        response.body = s_503;
        break;
    default:
        response.body = s_500;
    }
}

int statusFor(int error) {
    switch (error) {
    case ENOENT:
    case ENOTDIR:
    case ENAMETOOLONG:
        return 404;
    case EXDEV: // resolved outside the folder
    case ELOOP:
    case EACCES:
    case EPERM:
        return 403;
    case EMFILE:
    case ENFILE:
    case ENOMEM:
        return 503;
    default:
        return 500;
    }
}

bool isMissing(int error) {
    return error == ENOENT || error == ENOTDIR;
}

// A NUL-terminated path assembled on the stack: relative + suffix.
using PathBuffer = QVarLengthArray<char, 320>;
const char *joinPath(PathBuffer &buffer, QByteArrayView a, QByteArrayView b) {
    buffer.clear();
    buffer.append(a.data(), a.size());
    buffer.append(b.data(), b.size());
    buffer.append('\0');
    return buffer.constData();
}

bool isNotModified(const http::HttpRequest &request, QByteArrayView etag, qint64 mtime) {
    // RFC 9110 §13.2.2: If-None-Match wins; If-Modified-Since only counts without it.
    const QByteArrayView noneMatch = request.header("If-None-Match");
    if (!noneMatch.isNull())
        return noneMatchHits(noneMatch, etag);
    const QByteArrayView since = request.header("If-Modified-Since");
    if (since.isNull())
        return false;
    const std::optional<qint64> date = parseHttpDate(since);
    return date && mtime <= *date;
}

// If-Range (RFC 9110 §13.1.5): the range applies only if the validator still matches, by strong
// comparison for an entity tag or exact equality for a date.
bool ifRangeHolds(QByteArrayView ifRange, QByteArrayView etag, qint64 mtime) {
    if (ifRange.isNull())
        return true;
    ifRange = ifRange.trimmed();
    if (ifRange.startsWith('"') || ifRange.startsWith("W/"))
        return strongEtagEquals(ifRange, etag);
    const std::optional<qint64> date = parseHttpDate(ifRange);
    return date && *date == mtime;
}

} // namespace

StaticFolder::StaticFolder(StaticOptions options)
    : m_options(std::move(options))
    , m_root(m_options.root)
    , m_cacheControl(m_options.maxAge > 0
                         ? "public, max-age=" + QByteArray::number(m_options.maxAge) +
                               (m_options.immutable ? ", immutable" : "")
                         : s_noCache) {}

StaticFolder::~StaticFolder() = default;

bool StaticFolder::openSibling(QByteArrayView relative, QByteArrayView suffix,
                               OpenedFile &file) const {
    PathBuffer buffer;
    return m_root.open(joinPath(buffer, relative, suffix), file) == 0 && S_ISREG(file.st.st_mode);
}

void StaticFolder::serve(const http::HttpRequest &request, QByteArrayView mountPrefix,
                         QByteArrayView subPath, http::HttpResponse &response) const {
    static const QByteArray s_allow = QByteArrayLiteral("Allow");
    static const QByteArray s_getHead = QByteArrayLiteral("GET, HEAD");
    const QByteArrayView method = request.method();
    if (method != "GET" && method != "HEAD") {
        fail(response, 405);
        response.addHeader(s_allow, s_getHead); // RFC 9110 §15.5.6
        return;
    }
    StaticPath path;
    if (!path.decode(subPath))
        return fail(response, 404);
    OpenedFile file;
    if (const int error = m_root.open(path.fileSystemPath(), file)) {
        if (isMissing(error) && m_options.spaFallback && !path.lastSegmentHasDot()) {
            OpenedFile index;
            if (m_root.open("index.html", index) == 0 && S_ISREG(index.st.st_mode))
                return serveFile(request, "index.html", index, true, response);
        }
        return fail(response, statusFor(error));
    }
    if (S_ISDIR(file.st.st_mode))
        return serveDirectory(request, mountPrefix, subPath, path, file, response);
    // Sockets, devices and FIFOs are not content; "file.txt/" names no file (as ENOTDIR would).
    if (!S_ISREG(file.st.st_mode) || path.trailingSlash())
        return fail(response, 404);
    serveFile(request, path.relative(), file, false, response);
}

void StaticFolder::serveDirectory(const http::HttpRequest &request, QByteArrayView mountPrefix,
                                  QByteArrayView subPath, const StaticPath &path,
                                  const OpenedFile &dir, http::HttpResponse &response) const {
    if (!path.trailingSlash()) {
        // Relative links in the index resolve against the URL, so it must end with '/'.
        QByteArray location = mountPrefix.toByteArray();
        location.append(subPath).append('/');
        // A leading "//" would make the Location protocol-relative: an open redirect.
        while (location.startsWith("//"))
            location.remove(0, 1);
        if (!request.query().isEmpty())
            location.append('?').append(request.query());
        response.status = 301;
        response.addHeader(s_location, location);
        return;
    }
    PathBuffer indexPath;
    OpenedFile index;
    const QByteArrayView indexName = path.isRoot() ? "index.html" : "/index.html";
    const int error = m_root.open(joinPath(indexPath, path.relative(), indexName), index);
    if (error == 0 && S_ISREG(index.st.st_mode)) {
        const QByteArrayView relative(indexPath.constData(), indexPath.size() - 1);
        return serveFile(request, relative, index, false, response);
    }
    if (error != 0 && !isMissing(error))
        return fail(response, statusFor(error));
    if (!m_options.listing)
        return fail(response, 404);
    QByteArray title = mountPrefix.toByteArray() + '/';
    if (!path.isRoot())
        title.append(path.relative()).append('/');
    if (!renderDirectoryListing(dir.fd, title, !path.isRoot(), response.body))
        return fail(response, 500);
    response.status = 200;
    response.addHeader(s_contentType, s_html);
    response.addHeader(s_cacheControl, s_noCache);
}

void StaticFolder::serveFile(const http::HttpRequest &request, QByteArrayView relative,
                             OpenedFile &file, bool fallback, http::HttpResponse &response) const {
    static const QByteArray s_br = QByteArrayLiteral("br");
    static const QByteArray s_gzip = QByteArrayLiteral("gzip");
    const MimeType &mime = mimeTypeFor(relative);
    // Content negotiation over precompressed siblings (RFC 9110 §12.5.3). Only compressible types
    // look for them, and those always carry Vary, so a client without Accept-Encoding costs no
    // extra syscall and a shared cache never mixes codings up (§12.5.5).
    OpenedFile sibling;
    const QByteArray *coding = nullptr;
    const QByteArrayView acceptEncoding = request.header("Accept-Encoding");
    if (mime.compressible && !acceptEncoding.isEmpty()) {
        const AcceptedCodings accepted = acceptedCodings(acceptEncoding);
        if (accepted.br && openSibling(relative, ".br", sibling))
            coding = &s_br;
        else if (accepted.gzip && openSibling(relative, ".gz", sibling))
            coding = &s_gzip;
    }
    OpenedFile &chosen = coding ? sibling : file;
    const qint64 size = chosen.st.st_size;
    const qint64 mtime = chosen.st.st_mtim.tv_sec;
    const QByteArray etag = fileEtag(size, mtime * 1000000000LL + chosen.st.st_mtim.tv_nsec);
    const QByteArray lastModified = httpDate(mtime);
    // An SPA fallback answers for URLs that are not files: caching it for long would pin one
    // version of the app shell under every route.
    const QByteArray &cacheControl = fallback ? s_noCache : m_cacheControl;

    // RFC 9110 §15.4.5: a 304 carries the validators, Cache-Control and Vary of the 200.
    if (isNotModified(request, etag, mtime)) {
        response.status = 304;
        response.addHeader(s_etag, etag);
        response.addHeader(s_lastModified, lastModified);
        response.addHeader(s_cacheControl, cacheControl);
        if (mime.compressible)
            response.addHeader(s_vary, s_acceptEncoding);
        return;
    }
    // Range is defined for GET only (RFC 9110 §14.2). On a compressed variant it selects bytes
    // of the encoded representation, which is the one its ETag and If-Range describe.
    ByteRanges ranges;
    RangeVerdict verdict = RangeVerdict::Ignore;
    const QByteArrayView range = request.header("Range");
    if (!range.isNull() && request.method() == "GET" &&
        ifRangeHolds(request.header("If-Range"), etag, mtime))
        verdict = evaluateRange(range, size, ranges);
    if (verdict == RangeVerdict::Unsatisfiable) {
        fail(response, 416);
        response.addHeader(s_contentRange, unsatisfiedContentRange(size)); // RFC 9110 §15.5.17
        response.addHeader(s_acceptRanges, s_bytes);
        return;
    }

    response.status = verdict == RangeVerdict::Partial ? 206 : 200;
    if (ranges.size() <= 1)
        response.addHeader(s_contentType, mime.type);
    if (coding)
        response.addHeader(s_contentEncoding, *coding);
    response.addHeader(s_etag, etag);
    response.addHeader(s_lastModified, lastModified);
    response.addHeader(s_cacheControl, cacheControl);
    response.addHeader(s_acceptRanges, s_bytes);
    if (mime.compressible)
        response.addHeader(s_vary, s_acceptEncoding);

    if (ranges.size() > 1) {
        // Multipart bodies are small by construction (kMaxMultipartBytes) and rare, so they are
        // built in memory; the boundary is random so file content cannot forge a part.
        const QByteArray boundary = QByteArray::number(QRandomGenerator::global()->generate64(), 16)
                                        .rightJustified(16, '0');
        if (!buildMultipartBody(chosen.fd, ranges, size, mime.type, boundary, response.body)) {
            response.headers.clear();
            return fail(response, 500);
        }
        response.addHeader(s_contentType, "multipart/byteranges; boundary=" + boundary);
        return;
    }
    // Every file, small or large, goes out with sendfile(): no read into user space, no copy.
    response.file = std::make_shared<http::FileHandle>(chosen.release());
    response.fileOffset = ranges.isEmpty() ? 0 : ranges[0].first;
    response.fileLength = ranges.isEmpty() ? size : ranges[0].length();
    if (!ranges.isEmpty())
        response.addHeader(s_contentRange, contentRange(ranges[0], size));
}

} // namespace yard::routing
