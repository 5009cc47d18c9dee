#include "pathpattern.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

namespace yard::project {

namespace {
// A free function's tr() is filed by lupdate under its namespace, so free functions translate
// through this class, which names the context the program looks the text up in.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(yard::project::ProjectReader)
};

bool isNameStart(QChar c) {
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
}

bool isNameChar(QChar c) {
    return isNameStart(c) || (c >= u'0' && c <= u'9');
}

QString segmentProblem(const QString &segment, bool last, QSet<QString> &names) {
    if (segment == u"*")
        return last ? QString() : Text::tr("\"*\" may only be the last segment (\"/files/*\")");
    if (segment.contains(u'*'))
        return Text::tr("\"*\" must be a whole segment (\"/files/*\", not \"/files*\")");
    if (!segment.startsWith(u':'))
        return segment.contains(u':') ? Text::tr("a capture starts its segment (\"/users/:id\")")
                                      : QString();
    const QString name = segment.mid(1);
    if (name.isEmpty() || !isNameStart(name.front()))
        return Text::tr("\"%1\" is not a capture name (use letters, digits and _, "
                        "starting with a letter)")
            .arg(segment);
    for (QChar c : name) {
        if (!isNameChar(c))
            return Text::tr("\"%1\" is not a capture name (use letters, digits and _, "
                            "starting with a letter)")
                .arg(segment);
    }
    if (names.contains(name))
        return Text::tr("\":%1\" is captured twice; give each capture its own name").arg(name);
    names.insert(name);
    return {};
}
} // namespace

QString pathPatternProblem(const QString &pattern) {
    if (!pattern.startsWith(u'/'))
        return Text::tr("\"%1\" must start with \"/\"").arg(pattern);
    for (QChar c : pattern) {
        if (c.unicode() <= 0x20 || c.unicode() == 0x7f)
            return Text::tr("\"%1\" contains a space or control character; percent-encode it")
                .arg(pattern);
        if (c == u'?' || c == u'#')
            return Text::tr("\"%1\" contains \"%2\"; routes match the path only, remove the query")
                .arg(pattern, c);
    }
    const QStringList segments = pattern.mid(1).split(u'/');
    QSet<QString> names;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const bool last = i + 1 == segments.size();
        if (segments[i].isEmpty() && !last)
            return Text::tr("\"%1\" has an empty segment (\"//\"); remove the extra \"/\"")
                .arg(pattern);
        const QString problem = segmentProblem(segments[i], last, names);
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

bool isPrefixPattern(const QString &pattern) {
    return !pattern.contains(u':');
}

} // namespace yard::project
