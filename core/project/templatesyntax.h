#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace yard::project {

// One piece of a route template (a respond body or a redirect target, CONTRACT.md "Templates").
struct TemplatePiece {
    enum class Kind : quint8 {
        Literal,  // text copied as is
        Value,    // a "{{name}}" placeholder
        Unclosed, // "{{" without its "}}": the rest of the text, from the "{{"
    };
    Kind kind = Kind::Literal;
    // Literal and Unclosed: the text. Value: the name between the braces without the whitespace
    // around it ("params.id").
    QString text;
};

// Splits a template into pieces. The one definition of the syntax, shared by the checker below
// and by routing::Template::compile, so that what the checker accepts is what the server renders.
// A run of three or more "{" opens the placeholder at its last two ("{{{params.id}}}" renders
// "{" value "}"), and a "}}" outside a placeholder is literal: JSON bodies end objects with it.
QList<TemplatePiece> splitTemplate(const QString &text);

// What is wrong with a template, as one sentence telling the user how to fix it; empty when it is
// valid. `captureNames` are the route path's captures (see pathCaptureNames).
QString templateProblem(const QString &text, const QStringList &captureNames);

// The names a path pattern captures: each ":name" segment, and "rest" for a trailing "*".
QStringList pathCaptureNames(const QString &pattern);

} // namespace yard::project
