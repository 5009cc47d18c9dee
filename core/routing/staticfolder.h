#pragma once

#include "rootdirectory.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace yard::http {
class HttpRequest;
struct HttpResponse;
} // namespace yard::http

namespace yard::routing {

class StaticPath;

struct StaticOptions {
    QString root;             // absolute, canonical folder path
    int maxAge = 0;           // seconds, Cache-Control max-age
    bool immutable = false;   // adds ", immutable" when maxAge > 0
    bool listing = false;     // HTML directory listing, off by default
    bool spaFallback = false; // unknown paths without an extension serve /index.html (200)
};

// Serves one folder under a URL prefix: GET and HEAD, validators and 304, byte ranges,
// precompressed ".br"/".gz" siblings, directory index or listing. Nothing outside the folder is
// ever opened: every path is resolved by the kernel beneath a descriptor of the folder (see
// open() in the .cpp). Immutable after construction, so every worker thread calls serve() at
// once without a lock; it keeps no cache.
class StaticFolder final {
    Q_DISABLE_COPY_MOVE(StaticFolder)

public:
    explicit StaticFolder(StaticOptions options);
    ~StaticFolder();

    // `subPath`: the request path after the route's mount prefix, still percent-encoded, starting
    // with "/" (or empty = the folder itself). `mountPrefix` is that URL prefix, for listings and
    // directory redirects.
    void serve(const http::HttpRequest &request, QByteArrayView mountPrefix, QByteArrayView subPath,
               http::HttpResponse &response) const;

private:
    void serveDirectory(const http::HttpRequest &request, QByteArrayView mountPrefix,
                        QByteArrayView subPath, const StaticPath &path, const OpenedFile &dir,
                        http::HttpResponse &response) const;
    void serveFile(const http::HttpRequest &request, QByteArrayView relative, OpenedFile &file,
                   bool fallback, http::HttpResponse &response) const;
    bool openSibling(QByteArrayView relative, QByteArrayView suffix, OpenedFile &file) const;

    StaticOptions m_options;
    RootDirectory m_root;
    QByteArray m_cacheControl; // the Cache-Control value of every file response
};

} // namespace yard::routing
