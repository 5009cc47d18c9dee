#include "project/pathpattern.h"

#include <QTest>

using namespace yard::project;

class TestPathPattern : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void problem_data() {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("valid");
        QTest::addRow("root") << "/" << true;
        QTest::addRow("literal") << "/api/hello" << true;
        QTest::addRow("trailing slash") << "/docs/" << true;
        QTest::addRow("capture") << "/users/:id" << true;
        QTest::addRow("two captures") << "/blog/:year/:slug" << true;
        QTest::addRow("rest") << "/files/*" << true;
        QTest::addRow("capture then rest") << "/u/:id/*" << true;
        QTest::addRow("percent-encoded") << "/a%20b" << true;
        QTest::addRow("no slash") << "api" << false;
        QTest::addRow("empty") << "" << false;
        QTest::addRow("double slash") << "/a//b" << false;
        QTest::addRow("star middle") << "/a/*/b" << false;
        QTest::addRow("star in segment") << "/files*" << false;
        QTest::addRow("empty capture") << "/users/:" << false;
        QTest::addRow("capture digit") << "/users/:1" << false;
        QTest::addRow("capture dash") << "/users/:user-id" << false;
        QTest::addRow("colon inside") << "/a:b" << false;
        QTest::addRow("duplicate capture") << "/:a/:a" << false;
        QTest::addRow("query") << "/a?b" << false;
        QTest::addRow("fragment") << "/a#b" << false;
        QTest::addRow("space") << "/a b" << false;
        QTest::addRow("control") << "/a\tb" << false;
    }

    void problem() {
        QFETCH(QString, pattern);
        QFETCH(bool, valid);
        QCOMPARE(pathPatternProblem(pattern).isEmpty(), valid);
    }
};

QTEST_GUILESS_MAIN(TestPathPattern)
#include "tst_pathpattern.moc"
