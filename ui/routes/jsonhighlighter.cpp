#include "jsonhighlighter.h"

#include <QRegularExpression>

namespace yard::ui {

JsonHighlighter::JsonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document) {
    updateColours(false);
}

void JsonHighlighter::updateColours(bool dark) {
    m_key.setForeground(dark ? QColor(0x9c, 0xdc, 0xfe) : QColor(0x00, 0x45, 0x9e));
    m_string.setForeground(dark ? QColor(0xce, 0x91, 0x78) : QColor(0xa3, 0x15, 0x15));
    m_number.setForeground(dark ? QColor(0xb5, 0xce, 0xa8) : QColor(0x09, 0x86, 0x58));
    m_keyword.setForeground(dark ? QColor(0x56, 0x9c, 0xd6) : QColor(0x00, 0x00, 0xff));
    m_template.setForeground(dark ? QColor(0xdc, 0xdc, 0xaa) : QColor(0x79, 0x5e, 0x26));
    m_template.setFontWeight(QFont::Bold);
    rehighlight();
}

void JsonHighlighter::highlightBlock(const QString &text) {
    static const QRegularExpression string(QStringLiteral(R"("(?:[^"\\]|\\.)*"(\s*:)?)"));
    static const QRegularExpression number(
        QStringLiteral(R"(-?\b\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\b)"));
    static const QRegularExpression keyword(QStringLiteral(R"(\b(?:true|false|null)\b)"));
    static const QRegularExpression templ(QStringLiteral(R"(\{\{[^}]*\}\})"));
    for (auto it = number.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        setFormat(int(match.capturedStart()), int(match.capturedLength()), m_number);
    }
    for (auto it = keyword.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        setFormat(int(match.capturedStart()), int(match.capturedLength()), m_keyword);
    }
    // Strings last: digits and words inside them are text, not numbers or keywords.
    for (auto it = string.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const bool isKey = match.capturedLength(1) > 0;
        setFormat(int(match.capturedStart()),
                  int(match.capturedLength(0) - match.capturedLength(1)), isKey ? m_key : m_string);
    }
    for (auto it = templ.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        setFormat(int(match.capturedStart()), int(match.capturedLength()), m_template);
    }
}

} // namespace yard::ui
