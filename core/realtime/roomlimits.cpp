#include "roomlimits.h"

namespace yard::realtime {

namespace {
// Glob matching with `*` and `?` (no classes, no escapes): the usual greedy walk that remembers
// the last `*` and retries one character further on a mismatch. Linear in practice, never
// exponential: only the last star is ever backtracked to.
bool globMatches(QStringView pattern, QStringView text) {
    qsizetype p = 0;
    qsizetype t = 0;
    qsizetype star = -1;     // position in the pattern after the last `*`
    qsizetype starText = -1; // where that `*`'s match currently ends in the text
    while (t < text.size()) {
        if (p < pattern.size() && (pattern[p] == u'?' || pattern[p] == text[t])) {
            ++p;
            ++t;
        } else if (p < pattern.size() && pattern[p] == u'*') {
            star = ++p;
            starText = t;
        } else if (star >= 0) {
            p = star;
            t = ++starText;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == u'*')
        ++p;
    return p == pattern.size();
}
} // namespace

bool RoomLimits::allowsRoom(QStringView room) const {
    return roomPattern.isEmpty() || globMatches(roomPattern, room);
}

} // namespace yard::realtime
