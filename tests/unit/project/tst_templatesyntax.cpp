#include "project/projectreader.h"
#include "project/templatesyntax.h"

#include <QTest>

using namespace yard::project;

class TestTemplateSyntax : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // `problem` is the expected message, "" for a valid template, or "~part" for a message that
    // only has to contain "part".
    void problem_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("problem");
        const auto row = [](const char *name, const char *text, const char *path,
                            const char *problem) {
            QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(path)
                                << QString::fromUtf8(problem);
        };
        row("plain text", "hello", "/", "");
        row("json braces", "{\"a\":{\"b\":[{\"c\":1}]}}", "/", "");
        row("capture", "{\"id\":\"{{params.id}}\"}", "/users/:id", "");
        row("whitespace", "{{ params.id\t}}", "/users/:id", "");
        row("number in json", "{\"id\":{{params.id}}}", "/users/:id", "");
        row("rest", "{{params.rest}}", "/files/*", "");
        row("every kind",
            "{{query.page}} {{header.User-Agent}} {{body.user.name}} "
            "{{body.items.0}} {{session.user}}",
            "/", "");
        row("not a capture", "{{params.slug}}", "/blog/:year/:id",
            "\"{{params.slug}}\" is not a capture of this route's path (captures: year, id)");
        row("no captures", "{{params.id}}", "/users", "~(it has none; add \":id\" to the path)");
        row("rest without star", "{{params.rest}}", "/files", "~is not a capture");
        row("unknown kind", "{{foo}}", "/",
            "\"{{foo}}\" is not a template value (use params.X, query.X, header.X, body.X or "
            "session.user)");
        row("empty braces", "{{ }}", "/", "~\"{{}}\" is not a template value");
        row("unclosed", "a {{params.id", "/users/:id",
            "\"{{\" is not closed; write \"}}\" after the value name");
        row("unclosed before another", "{{params.id {{query.a}}", "/users/:id",
            "~\"{{\" is not closed");
        row("query without name", "{{query.}}", "/", "~does not name a query parameter");
        row("header with space", "{{header.User Agent}}", "/", "~does not name a header");
        row("body empty segment", "{{body.a..b}}", "/", "~is not a body field path");
        row("session id", "{{session.id}}", "/", "~(use session.user)");
        row("case matters", "{{Params.id}}", "/users/:id", "~is not a template value");
        row("long name shortened", "{{ this is not a placeholder but a long sentence }}", "/",
            "~\"{{this is not a placeholder but a long sen…}}\" is not a template value");
    }

    void problem() {
        QFETCH(QString, text);
        QFETCH(QString, path);
        QFETCH(QString, problem);
        const QString actual = templateProblem(text, pathCaptureNames(path));
        if (problem.startsWith(u'~'))
            QVERIFY2(actual.contains(problem.mid(1)), qPrintable(actual));
        else
            QCOMPARE(actual, problem);
    }

    void captureNames_data() {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QStringList>("names");
        QTest::addRow("none") << "/api/hello" << QStringList();
        QTest::addRow("two") << "/blog/:year/:slug" << QStringList{"year", "slug"};
        QTest::addRow("rest") << "/files/*" << QStringList{"rest"};
        QTest::addRow("capture and rest") << "/u/:id/*" << QStringList{"id", "rest"};
    }

    void captureNames() {
        QFETCH(QString, pattern);
        QFETCH(QStringList, names);
        QCOMPARE(pathCaptureNames(pattern), names);
    }

    // The reader reports template problems at the body or target they are in.
    void readerChecksTemplates() {
        // Single quotes keep the JSON readable without a raw string literal, which moc can misread.
        const QByteArray json =
            QByteArray("{'version': 1, 'servers': [{'name': 'web', 'port': 8080, 'routes': ["
                       "{'path': '/users/:id', 'action': 'respond', 'body': '{{params.id}}'},"
                       "{'path': '/users/:id', 'action': 'respond', 'body': '{{params.name}}'},"
                       "{'path': '/old/:slug', 'action': 'redirect', 'to': '/n/{{params.slug}}'},"
                       "{'path': '/old', 'action': 'redirect', 'to': '/n/{{query.page'}]}]}")
                .replace('\'', '"');
        const ProjectReadResult result = ProjectReader::read(json);
        QStringList pointers;
        for (const ProjectError &error : result.errors)
            pointers.append(error.pointer);
        QCOMPARE(pointers, (QStringList{QStringLiteral("/servers/0/routes/1/body"),
                                        QStringLiteral("/servers/0/routes/3/to")}));
    }
};

QTEST_GUILESS_MAIN(TestTemplateSyntax)
#include "tst_templatesyntax.moc"
