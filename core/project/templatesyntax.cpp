#include "templatesyntax.h"

#include "httpnames.h"

#include <QCoreApplication>
#include <algorithm>

namespace yard::project {

namespace {
// A free function's tr() is filed by lupdate under its namespace, so free functions translate
// through this class, which names the context the program looks the text up in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(yard::project::ProjectReader)
};

// A query parameter name or a body field name: anything the braces and the dots cannot confuse.
bool isPlainName(QStringView name) {
    if (name.isEmpty())
        return false;
    for (QChar c : name) {
        if (c.isSpace() || c == u'{' || c == u'}')
            return false;
    }
    return true;
}

// The placeholder as the user wrote it, shortened so that a stray "{{" before a long body does
// not paste the whole body into the message.
QString quoted(const QString &name) {
    constexpr qsizetype kMaxQuoted = 40;
    const QString shown = name.size() > kMaxQuoted ? QString(name.left(kMaxQuoted) + u'…') : name;
    return u"\"{{" + shown + u"}}\"";
}

QString paramProblem(const QString &name, QStringView key, const QStringList &captureNames) {
    if (captureNames.contains(key))
        return {};
    if (captureNames.isEmpty())
        return Text::tr("%1 is not a capture of this route's path (it has none; add \":%2\" to the "
                        "path)")
            .arg(quoted(name), key);
    return Text::tr("%1 is not a capture of this route's path (captures: %2)")
        .arg(quoted(name), captureNames.join(QStringLiteral(", ")));
}

QString headerProblem(const QString &name, QStringView key) {
    const bool valid = !key.isEmpty() && std::all_of(key.begin(), key.end(), isHttpTokenChar);
    if (valid)
        return {};
    return Text::tr("%1 does not name a header (write header.NAME, such as header.User-Agent)")
        .arg(quoted(name));
}

QString bodyProblem(const QString &name, QStringView key) {
    const auto segments = key.split(u'.');
    if (std::all_of(segments.begin(), segments.end(), isPlainName))
        return {};
    return Text::tr("%1 is not a body field path (use names and indices separated by dots, such as "
                    "body.user.name or body.items.0)")
        .arg(quoted(name));
}

QString valueProblem(const QString &name, const QStringList &captureNames) {
    const QStringView view(name);
    if (view.startsWith(u"params."))
        return paramProblem(name, view.mid(7), captureNames);
    if (view.startsWith(u"query.")) {
        if (isPlainName(view.mid(6)))
            return {};
        return Text::tr("%1 does not name a query parameter (write query.NAME, such as query.page)")
            .arg(quoted(name));
    }
    if (view.startsWith(u"header."))
        return headerProblem(name, view.mid(7));
    if (view.startsWith(u"body."))
        return bodyProblem(name, view.mid(5));
    if (view == u"session.user")
        return {};
    if (view.startsWith(u"session."))
        return Text::tr("%1 is not a session value (use session.user)").arg(quoted(name));
    return Text::tr("%1 is not a template value (use params.X, query.X, header.X, body.X or "
                    "session.user)")
        .arg(quoted(name));
}
} // namespace

QList<TemplatePiece> splitTemplate(const QString &text) {
    QList<TemplatePiece> pieces;
    const auto literal = [&](qsizetype from, qsizetype to) {
        if (to > from)
            pieces.append(TemplatePiece{TemplatePiece::Kind::Literal, text.mid(from, to - from)});
    };
    qsizetype pos = 0;
    while (pos < text.size()) {
        qsizetype open = text.indexOf(u"{{", pos);
        if (open < 0)
            break;
        while (open + 2 < text.size() && text[open + 2] == u'{')
            ++open;
        const qsizetype close = text.indexOf(u"}}", open + 2);
        const qsizetype nextOpen = text.indexOf(u"{{", open + 2);
        literal(pos, open);
        if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
            pieces.append(TemplatePiece{TemplatePiece::Kind::Unclosed, text.mid(open)});
            return pieces;
        }
        pieces.append(TemplatePiece{TemplatePiece::Kind::Value,
                                    text.mid(open + 2, close - open - 2).trimmed()});
        pos = close + 2;
    }
    literal(pos, text.size());
    return pieces;
}

QString templateProblem(const QString &text, const QStringList &captureNames) {
    for (const TemplatePiece &piece : splitTemplate(text)) {
        if (piece.kind == TemplatePiece::Kind::Unclosed)
            return Text::tr("\"{{\" is not closed; write \"}}\" after the value name");
        if (piece.kind == TemplatePiece::Kind::Value) {
            const QString problem = valueProblem(piece.text, captureNames);
            if (!problem.isEmpty())
                return problem;
        }
    }
    return {};
}

QStringList pathCaptureNames(const QString &pattern) {
    QStringList names;
    const QStringList segments = pattern.split(u'/');
    for (const QString &segment : segments) {
        if (segment.startsWith(u':'))
            names.append(segment.mid(1));
    }
    if (!segments.isEmpty() && segments.last() == u"*")
        names.append(QStringLiteral("rest"));
    return names;
}

} // namespace yard::project
