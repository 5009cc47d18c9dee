#pragma once

#include <QByteArrayView>
#include <QVarLengthArray>

namespace yard::routing {

// One ":name" capture (or "rest" for a trailing "*") of a matched route. `value` is a slice of
// the request path, still percent-encoded; both views live as long as the request.
struct PathParam {
    QByteArrayView name;
    QByteArrayView value;
};

using PathParams = QVarLengthArray<PathParam, 8>;

} // namespace yard::routing
