#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace yard::routing {

// Renders an HTML index of the open directory `dirFd` (not consumed): entries sorted by name,
// folders first, dotfiles hidden, every name HTML-escaped and percent-encoded in its href, with
// size and modification time. `title` is the URL path shown (raw bytes, escaped here); `showParent`
// adds a "../" link. Returns false when the directory cannot be read.
bool renderDirectoryListing(int dirFd, QByteArrayView title, bool showParent, QByteArray &html);

} // namespace yard::routing
