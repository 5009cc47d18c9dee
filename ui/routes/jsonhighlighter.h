#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace yard::ui {

// Colours JSON (keys, strings, numbers, true/false/null) and {{templates}} in a body editor.
// Line by line, so it stays fast on large bodies; strings never span lines in JSON.
class JsonHighlighter final : public QSyntaxHighlighter {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonHighlighter)

public:
    explicit JsonHighlighter(QTextDocument *document);
    // Re-picks the colours for the current palette (light or dark).
    void updateColours(bool dark);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_keyword;
    QTextCharFormat m_template;
};

} // namespace yard::ui
