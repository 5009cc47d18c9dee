#include "utf8validator.h"

#include <cstring>

namespace yard::realtime {

bool Utf8Validator::feed(const char *data, qsizetype length) {
    const auto *bytes = reinterpret_cast<const quint8 *>(data);
    qsizetype i = 0;
    while (i < length) {
        if (m_need == 0) {
            // Chat text is mostly ASCII: skip it eight bytes at a time.
            while (i + 8 <= length) {
                quint64 word;
                std::memcpy(&word, bytes + i, sizeof word);
                if (word & 0x8080808080808080ULL)
                    break;
                i += 8;
            }
            if (i == length)
                break;
            const quint8 b = bytes[i++];
            if (b < 0x80)
                continue;
            m_lower = 0x80;
            m_upper = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                m_need = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                m_need = 2;
                if (b == 0xE0)
                    m_lower = 0xA0; // overlong below U+0800
                else if (b == 0xED)
                    m_upper = 0x9F; // surrogates U+D800..U+DFFF
            } else if (b >= 0xF0 && b <= 0xF4) {
                m_need = 3;
                if (b == 0xF0)
                    m_lower = 0x90; // overlong below U+10000
                else if (b == 0xF4)
                    m_upper = 0x8F; // above U+10FFFF
            } else {
                return false; // 0x80..0xC1 (continuation or overlong lead), 0xF5..0xFF
            }
            continue;
        }
        const quint8 b = bytes[i++];
        if (b < m_lower || b > m_upper)
            return false;
        m_lower = 0x80;
        m_upper = 0xBF;
        --m_need;
    }
    return true;
}

} // namespace yard::realtime
