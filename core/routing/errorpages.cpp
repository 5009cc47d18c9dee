#include "errorpages.h"

#include "http/httpresponse.h"
#include "requestvalues.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace yard::routing {

namespace {
// Three types cover what an error page is written in; anything else is shown as text rather
// than guessed at (a page is never sniffed, so a .txt cannot turn into HTML).
QByteArray contentTypeFor(const QString &path) {
    if (path.endsWith(u".html", Qt::CaseInsensitive) || path.endsWith(u".htm", Qt::CaseInsensitive))
        return QByteArrayLiteral("text/html; charset=utf-8");
    if (path.endsWith(u".json", Qt::CaseInsensitive))
        return QByteArrayLiteral("application/json");
    return QByteArrayLiteral("text/plain; charset=utf-8");
}

void setContentType(http::HttpResponse &response, const QByteArray &value) {
    static const QByteArray s_contentType = QByteArrayLiteral("Content-Type");
    for (qsizetype i = response.headers.size() - 1; i >= 0; --i) {
        if (response.headers[i].first.compare(s_contentType, Qt::CaseInsensitive) == 0)
            response.headers.remove(i);
    }
    response.addHeader(s_contentType, value);
}
} // namespace

bool ErrorPages::load(const project::ErrorPageList &pages, const QDir &base, QString *error) {
    for (const auto &[status, path] : pages) {
        QFile file(base.filePath(path));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("cannot read %1: %2").arg(file.fileName(), file.errorString());
            return false;
        }
        Page page;
        page.status = status;
        page.contentType = contentTypeFor(path);
        page.text = file.readAll();
        page.body = Template::compile(page.text);
        page.escaping = escapingForContentType(page.contentType);
        m_pages.push_back(std::move(page));
    }
    return true;
}

void ErrorPages::apply(const http::HttpRequest &request, const PathParams &params,
                       http::HttpResponse &response) const {
    for (const Page &page : m_pages) {
        if (page.status != response.status)
            continue;
        setContentType(response, page.contentType);
        response.file.reset();
        if (page.body.isConstant()) {
            response.body = page.text; // shared, not copied
        } else {
            response.body.clear();
            const RequestValues values(request, params);
            page.body.render(values, page.escaping, response.body);
        }
        return;
    }
}

} // namespace yard::routing
