#pragma once

#include "pathparams.h"
#include "template.h"

#include <QJsonValue>

namespace yard::http {
class HttpRequest;
}

namespace yard::routing {

// Template values of one request. Decodes only what a template asks for: the query is split on
// the first query() call and the JSON body parsed on the first bodyField() call, at most once.
// The request and the params must outlive this object. One thread, one request: the scratch
// buffers below make even the const methods unsafe to share.
class RequestValues final : public TemplateValues {
public:
    RequestValues(const http::HttpRequest &request, const PathParams &params);
    Q_DISABLE_COPY_MOVE(RequestValues)

    QByteArrayView param(QByteArrayView name) const override;
    QByteArrayView query(QByteArrayView name) const override;
    QByteArrayView header(QByteArrayView name) const override;
    QByteArrayView bodyField(QByteArrayView dottedPath) const override;
    QByteArrayView sessionUser() const override;

private:
    struct QueryPair {
        QByteArrayView name; // both still encoded
        QByteArrayView value;
    };

    void splitQuery() const;
    void parseBody() const;
    QByteArrayView decoded(QByteArrayView encoded, bool plusIsSpace) const;

    const http::HttpRequest &m_request;
    const PathParams &m_params;
    mutable QByteArray m_scratch; // holds the last decoded value
    mutable QByteArray m_nameScratch;
    mutable QVarLengthArray<QueryPair, 16> m_query;
    mutable QJsonValue m_body{QJsonValue::Undefined}; // also when there is no JSON body
    mutable bool m_querySplit = false;
    mutable bool m_bodyParsed = false;
};

} // namespace yard::routing
