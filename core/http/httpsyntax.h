#pragma once

// Internal to yard_http: character classes and error values shared by the parser's pieces.

#include <QByteArrayView>
#include <array>

namespace yard::http::syntax {

// The value of a hexadecimal digit (chunk sizes, percent-encoding), or -1.
constexpr int hexDigitValue(unsigned char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

inline constexpr int kBadRequest = 400;
inline constexpr int kContentTooLarge = 413;
inline constexpr int kUriTooLong = 414;
inline constexpr int kFieldsTooLarge = 431;
inline constexpr int kNotImplemented = 501;
inline constexpr int kVersionNotSupported = 505;

// A rejection: the status to answer with and a short English reason for the log.
struct ParseError {
    int status = 0;
    const char *reason = nullptr;
};

using ByteTable = std::array<quint8, 256>;

template <typename Classify> constexpr ByteTable makeTable(Classify classify) {
    ByteTable table{};
    for (int c = 0; c < 256; ++c)
        table[static_cast<std::size_t>(c)] = classify(static_cast<unsigned char>(c));
    return table;
}

constexpr bool isAlpha(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
constexpr bool isDigit(unsigned char c) {
    return c >= '0' && c <= '9';
}
constexpr bool isOneOf(unsigned char c, const char *set) {
    for (; *set; ++set) {
        if (static_cast<unsigned char>(*set) == c)
            return true;
    }
    return false;
}

// tchar, RFC 9110 §5.6.2: the characters of a token (method, field-name, transfer-coding).
inline constexpr ByteTable kTchar = makeTable([](unsigned char c) -> quint8 {
    return isAlpha(c) || isDigit(c) || isOneOf(c, "!#$%&'*+-.^_`|~");
});

// Field value bytes, RFC 9110 §5.5: field-vchar (VCHAR / obs-text) or whitespace (SP / HTAB).
// Everything else (NUL, CR, LF, other CTLs, DEL) is invalid in a value.
inline constexpr quint8 kValueInvalid = 0;
inline constexpr quint8 kValueVchar = 1;
inline constexpr quint8 kValueSpace = 2;
inline constexpr ByteTable kFieldValue = makeTable([](unsigned char c) -> quint8 {
    if (c == ' ' || c == '\t')
        return kValueSpace;
    return (c > 0x20 && c != 0x7f) ? kValueVchar : kValueInvalid;
});

// request-target bytes, RFC 9112 §3.2 / RFC 3986: visible ASCII without '#' (a fragment is never
// sent). '?' gets its own class so the parser can note where the query starts while it scans.
// Printable characters outside RFC 3986's set ('"', '<', '{', '|', ...) are let through, as
// nginx does: some clients send them unencoded and they are harmless to a file/route lookup.
inline constexpr quint8 kTargetInvalid = 0;
inline constexpr quint8 kTargetChar = 1;
inline constexpr quint8 kTargetQuery = 2;
inline constexpr ByteTable kTarget = makeTable([](unsigned char c) -> quint8 {
    if (c == '?')
        return kTargetQuery;
    return (c > 0x20 && c < 0x7f && c != '#') ? kTargetChar : kTargetInvalid;
});

// Bytes of an authority (RFC 3986 §3.2.2-3.2.3: reg-name, IP-literal, port), used for Host and
// for absolute-form and authority-form targets. No userinfo ('@'): RFC 9110 §4.2.4.
inline constexpr ByteTable kAuthority = makeTable([](unsigned char c) -> quint8 {
    return isAlpha(c) || isDigit(c) || isOneOf(c, "-._~%!$&'()*+,;=:[]");
});

inline constexpr ByteTable kAsciiLower = makeTable(
    [](unsigned char c) -> quint8 { return (c >= 'A' && c <= 'Z') ? quint8(c + ('a' - 'A')) : c; });

inline quint8 byteAt(const char *data, qsizetype i) {
    return static_cast<unsigned char>(data[i]);
}

// ASCII case-insensitive equality; field names and the tokens we look for are ASCII.
inline bool equalsIgnoreCase(QByteArrayView a, QByteArrayView b) {
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (kAsciiLower[byteAt(a.data(), i)] != kAsciiLower[byteAt(b.data(), i)])
            return false;
    }
    return true;
}

} // namespace yard::http::syntax
