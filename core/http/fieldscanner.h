#pragma once

#include "httprequest.h"
#include "httpsyntax.h"

#include <vector>

namespace yard::http::detail {

// Scans a field section (the header section of a request, or the trailer section of a chunked
// body) byte by byte, across any number of calls, looking at each byte once:
//   field-line = field-name ":" OWS field-value OWS CRLF   (RFC 9112 §5)
// and the empty line that ends the section. Strict: no obs-fold, no whitespace before the colon,
// no bare CR or bare LF, no CTLs or DEL in values (RFC 9112 §2.2, §5.1, §5.2; RFC 9110 §5.5).
class FieldScanner final {
public:
    enum class Result : quint8 { NeedMore, End, Error };

    // Starts a new section. `byteBudget` bounds the section's bytes (final CRLF included) and
    // `maxFields` its field lines; exceeding either fails with `tooLargeStatus`.
    void start(qsizetype byteBudget, int maxFields, int tooLargeStatus);

    // Scans data[pos, len) and advances pos past what it used; stops right after the section's
    // final CRLF (End). A field is reported in `out` (when not null) once its CRLF is seen, with
    // offsets `base + index in data`.
    Result scan(const char *data, qsizetype len, qsizetype &pos, qsizetype base,
                std::vector<FieldSpan> *out);

    const syntax::ParseError &error() const { return m_error; }

private:
    enum class State : quint8 { LineStart, Name, ValueStart, Value, ValueLF, EndLF };

    Result scanBounded(const char *data, qsizetype end, qsizetype &pos, qsizetype base,
                       std::vector<FieldSpan> *out);
    Result fail(int status, const char *reason);

    State m_state = State::LineStart;
    qsizetype m_budget = 0;
    int m_fieldsLeft = 0;
    int m_tooLargeStatus = syntax::kFieldsTooLarge;
    qsizetype m_valueEnd = 0; // stream offset just past the value's last non-whitespace byte
    FieldSpan m_field;
    syntax::ParseError m_error;
};

} // namespace yard::http::detail
