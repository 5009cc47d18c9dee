#include "httprequest.h"

#include "httpsyntax.h"

namespace yard::http {

QByteArrayView HttpRequest::path() const {
    if (m_rootPath)
        return QByteArrayView("/");
    return view(m_path);
}

HttpHeaderField HttpRequest::headerAt(qsizetype index) const {
    const FieldSpan &field = m_fields[std::size_t(index)];
    return {view({field.nameOffset, field.nameLength}),
            view({field.valueOffset, field.valueLength})};
}

QByteArrayView HttpRequest::header(QByteArrayView name) const {
    for (const FieldSpan &field : m_fields) {
        if (field.nameLength == name.size() &&
            syntax::equalsIgnoreCase(view({field.nameOffset, field.nameLength}), name))
            return view({field.valueOffset, field.valueLength});
    }
    return {};
}

// Keeps the capacity of every buffer (resize(0), std::vector::clear) so that a parser reused on
// one connection stops allocating after its first requests.
void HttpRequest::clear() {
    m_head.resize(0);
    m_body.resize(0);
    m_fields.clear();
    m_method = m_target = m_path = m_query = m_authority = m_upgrade = Span{};
    m_contentLength = -1;
    m_targetForm = TargetForm::Origin;
    m_minorVersion = 1;
    m_rootPath = m_chunked = m_keepAlive = m_expectContinue = false;
}

} // namespace yard::http
