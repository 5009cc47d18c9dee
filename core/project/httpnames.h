#pragma once

#include <QString>
#include <QStringView>

namespace yard::project {

// RFC 9110 §5.6.2: a token (method names, header field names). Empty is not a token.
bool isHttpToken(QStringView text);
bool isHttpTokenChar(QChar c);

// Fields Yardmaster computes for every response (RFC 9112 framing, RFC 9110 §6.6.1 Date): a
// project may not set them.
bool isComputedResponseHeader(QStringView name);

} // namespace yard::project
