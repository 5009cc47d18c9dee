#pragma once

#include "pathparams.h"
#include "project/projectmodel.h"
#include "template.h"

#include <QByteArray>
#include <QCoreApplication>
#include <vector>

class QDir;

namespace yard::http {
class HttpRequest;
struct HttpResponse;
} // namespace yard::http

namespace yard::routing {

// A server's custom error pages ("errorPages"), read and compiled when the route table is
// built. A page is a template like a respond body; its Content-Type comes from the file's
// extension. Immutable after load(): every worker uses it at once.
class ErrorPages final {
    Q_DECLARE_TR_FUNCTIONS(yard::routing::RouteTable)

public:
    // Reads every page relative to `base`; false with `error` set when one cannot be read.
    bool load(const project::ErrorPageList &pages, const QDir &base, QString *error);

    bool isEmpty() const { return m_pages.empty(); }

    // When a page exists for `response.status`, replaces the body and Content-Type with it;
    // the status and every other field (Allow, Retry-After, …) stay as they are.
    void apply(const http::HttpRequest &request, const PathParams &params,
               http::HttpResponse &response) const;

private:
    struct Page {
        int status = 0;
        QByteArray contentType;
        QByteArray text; // the whole page when it has no placeholders
        Template body;
        TemplateEscaping escaping = TemplateEscaping::None;
    };
    std::vector<Page> m_pages; // a handful: a linear search by status
};

} // namespace yard::routing
