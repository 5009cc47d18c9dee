#pragma once

#include <QByteArray>

namespace yard::routing {

// The built-in sign-in page (GET loginPath when no route serves it): a plain, accessible form
// that posts to `action`, carries `next` in a hidden field, and says why the last attempt failed
// (`error`: "invalid" or "throttled"). Every value is HTML-escaped.
QByteArray loginPageHtml(const QByteArray &action, const QByteArray &next, const QByteArray &error);

} // namespace yard::routing
