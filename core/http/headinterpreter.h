#pragma once

#include "httplimits.h"
#include "httprequest.h"
#include "httpsyntax.h"

namespace yard::http::detail {

// The checks that need a whole request line or a whole header section, once it is in the head
// buffer: the request-target's form, and what the header fields mean for framing and for the
// connection. A status of 0 in the result means "accepted".
class HeadInterpreter final {
public:
    // `queryMark` is the head offset of the target's first '?', or -1.
    static syntax::ParseError finishRequestLine(HttpRequest &request, qsizetype queryMark);
    static syntax::ParseError finishHeaders(HttpRequest &request, const HttpLimits &limits);

private:
    static syntax::ParseError absoluteForm(HttpRequest &request, qsizetype queryMark);
};

} // namespace yard::http::detail
