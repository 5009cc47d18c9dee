#pragma once

#include <QtGlobal>

namespace yard::realtime {

// Incremental UTF-8 validation (Unicode 15, Table 3-7 "Well-Formed UTF-8 Byte Sequences"): no
// overlong forms, no surrogates, nothing above U+10FFFF. A code point may be split across feeds,
// as it may be across the fragments of one text message (RFC 6455 §5.6, §8.1).
class Utf8Validator final {
public:
    // False at the first byte that cannot start or continue a well-formed sequence.
    bool feed(const char *data, qsizetype length);
    // True when no sequence is left open: the text so far ends on a code point boundary.
    bool isComplete() const { return m_need == 0; }
    void reset() { *this = Utf8Validator(); }

private:
    quint8 m_need = 0;     // continuation bytes still expected
    quint8 m_lower = 0x80; // bounds of the next continuation byte
    quint8 m_upper = 0xBF;
};

} // namespace yard::realtime
