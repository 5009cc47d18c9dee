#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace yard::sessions {

// Where a sign-in may send the browser back to (the `next` parameter): only a path on this same
// origin. Anything a browser could read as another origin is refused, which closes the open
// redirect (CWE-601): "//evil" and "/\evil" (browsers treat '\' like '/' in http URLs, WHATWG
// URL "special scheme" parsing), "https://evil", "javascript:…", and the same hidden behind
// percent-encoding or control characters.
namespace redirecttarget {

// `target` as received in a form or a query, already percent-decoded once by the caller.
bool isSafe(QByteArrayView target);
// `target` when safe, else `fallback`.
QByteArray orFallback(QByteArrayView target, const QByteArray &fallback);

} // namespace redirecttarget
} // namespace yard::sessions
