#include "fieldscanner.h"

#include <algorithm>

namespace yard::http::detail {

using namespace syntax;

void FieldScanner::start(qsizetype byteBudget, int maxFields, int tooLargeStatus) {
    m_state = State::LineStart;
    m_budget = byteBudget;
    m_fieldsLeft = maxFields;
    m_tooLargeStatus = tooLargeStatus;
    m_valueEnd = 0;
    m_field = {};
    m_error = {};
}

FieldScanner::Result FieldScanner::scan(const char *data, qsizetype len, qsizetype &pos,
                                        qsizetype base, std::vector<FieldSpan> *out) {
    // Scanning stops at the budget, so the size limit trips at the first byte past it whatever
    // way the bytes were split into feeds.
    const qsizetype start = pos;
    const qsizetype end = pos + std::min(len - pos, m_budget);
    const Result result = scanBounded(data, end, pos, base, out);
    m_budget -= pos - start;
    if (result == Result::NeedMore && pos < len)
        return fail(m_tooLargeStatus, "field section too large");
    return result;
}

FieldScanner::Result FieldScanner::scanBounded(const char *data, qsizetype end, qsizetype &pos,
                                               qsizetype base, std::vector<FieldSpan> *out) {
    qsizetype p = pos;
    while (p < end) {
        switch (m_state) {
        case State::LineStart: {
            const quint8 c = byteAt(data, p);
            if (c == '\r') {
                m_state = State::EndLF;
                ++p;
                break;
            }
            pos = p;
            if (c == ' ' || c == '\t')
                return fail(kBadRequest, "obs-fold or whitespace before a field line");
            if (!kTchar[c])
                return fail(kBadRequest, c == '\n' ? "bare LF" : "invalid field name");
            if (m_fieldsLeft == 0)
                return fail(m_tooLargeStatus, "too many fields");
            m_field.nameOffset = base + p;
            m_state = State::Name;
            ++p;
            break;
        }
        case State::Name: {
            while (p < end && kTchar[byteAt(data, p)])
                ++p;
            if (p == end)
                break;
            const quint8 c = byteAt(data, p);
            pos = p;
            if (c == ' ' || c == '\t') // RFC 9112 §5.1
                return fail(kBadRequest, "whitespace between field name and colon");
            if (c != ':')
                return fail(kBadRequest, "invalid character in field name");
            m_field.nameLength = base + p - m_field.nameOffset;
            m_state = State::ValueStart;
            ++p;
            break;
        }
        case State::ValueStart:
            while (p < end && kFieldValue[byteAt(data, p)] == kValueSpace)
                ++p;
            if (p == end)
                break;
            m_field.valueOffset = m_valueEnd = base + p;
            m_state = State::Value;
            break;
        case State::Value: {
            // Runs of visible bytes, then runs of whitespace: the value's end (trailing OWS
            // excluded) is known without looking back.
            for (;;) {
                const qsizetype runStart = p;
                while (p < end && kFieldValue[byteAt(data, p)] == kValueVchar)
                    ++p;
                if (p != runStart)
                    m_valueEnd = base + p;
                while (p < end && kFieldValue[byteAt(data, p)] == kValueSpace)
                    ++p;
                if (p == runStart)
                    break;
            }
            if (p == end)
                break;
            const quint8 c = byteAt(data, p);
            pos = p;
            if (c != '\r') {
                return fail(kBadRequest,
                            c == '\n' ? "bare LF" : "invalid character in field value");
            }
            m_field.valueLength = m_valueEnd - m_field.valueOffset;
            m_state = State::ValueLF;
            ++p;
            break;
        }
        case State::ValueLF:
            pos = p;
            if (data[p] != '\n')
                return fail(kBadRequest, "bare CR");
            if (out)
                out->push_back(m_field);
            --m_fieldsLeft;
            m_state = State::LineStart;
            ++p;
            break;
        case State::EndLF:
            pos = p;
            if (data[p] != '\n')
                return fail(kBadRequest, "bare CR");
            pos = p + 1;
            return Result::End;
        }
    }
    pos = p;
    return Result::NeedMore;
}

FieldScanner::Result FieldScanner::fail(int status, const char *reason) {
    m_error = {status, reason};
    return Result::Error;
}

} // namespace yard::http::detail
