#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace yard::routing {

struct MimeType {
    QByteArray type; // a Content-Type value, with "; charset=utf-8" for text
    // Worth sending compressed: only these look for ".br"/".gz" siblings and carry Vary.
    bool compressible = false;
};

// The media type for a file name, from its extension (ASCII case-insensitive), from a fixed table:
// QMimeDatabase takes a global lock and sniffs content, neither wanted per request.
// "application/octet-stream" when unknown. Thread-safe; returns a reference to static data.
const MimeType &mimeTypeFor(QByteArrayView fileName);

} // namespace yard::routing
