#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <optional>

namespace yard::routing {

// IMF-fixdate (RFC 9110 §5.6.7), e.g. "Sun, 06 Nov 1994 08:49:37 GMT". Locale-independent.
QByteArray httpDate(qint64 secondsSinceEpoch);
// Parses any of the three HTTP date formats a recipient must accept (RFC 9110 §5.6.7): IMF-fixdate,
// RFC 850 and asctime. nullopt when malformed.
std::optional<qint64> parseHttpDate(QByteArrayView text);

// A strong entity tag from what identifies a file's content in practice: its size and its
// modification time in nanoseconds, as "\"<hex size>-<hex mtime>\"".
QByteArray fileEtag(qint64 size, qint64 mtimeNs);

// If-None-Match (RFC 9110 §13.1.2): "*" or a list of entity tags, compared weakly (a W/ prefix on
// either side is ignored). A malformed list matches nothing.
bool noneMatchHits(QByteArrayView ifNoneMatch, QByteArrayView etag);
// If-Range with an entity tag (RFC 9110 §13.1.5): strong comparison, so a weak tag never matches.
bool strongEtagEquals(QByteArrayView candidate, QByteArrayView etag);

// Which of the precompressed codings Accept-Encoding allows (RFC 9110 §12.5.3): a coding is
// acceptable when listed (or covered by "*") with a qvalue above 0.
struct AcceptedCodings {
    bool br = false;
    bool gzip = false;
};
AcceptedCodings acceptedCodings(QByteArrayView acceptEncoding);

} // namespace yard::routing
