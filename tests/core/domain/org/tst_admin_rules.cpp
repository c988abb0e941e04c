// AdminRules' shapes of names and codes, to their very last character: a "$"-anchored pattern also
// matched before a final newline, so "teller9\n" passed as a user name (the class of bug the
// catalogue import's fuzz target found in the catalogue's version, tests/fuzz).
#include "core/domain/org/AdminRules.h"

#include <QTest>

using namespace ow;

class TestAdminRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shapes_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("user name") << "username" << "teller9" << true;
        QTest::newRow("user name, newline after") << "username" << "teller9\n" << false;
        QTest::newRow("user name, newline before") << "username" << "\nteller9" << false;
        QTest::newRow("user name, upper case") << "username" << "Teller9" << false;
        QTest::newRow("code") << "code" << "MY-FC-CJ-01" << true;
        QTest::newRow("code, newline after") << "code" << "MY-FC-CJ-01\n" << false;
        QTest::newRow("code, empty group") << "code" << "MY--FC" << false;
        QTest::newRow("staff number") << "staff" << "A-1234" << true;
        QTest::newRow("staff number, newline after") << "staff" << "A-1234\n" << false;
        QTest::newRow("staff number, none") << "staff" << "" << true;
    }

    void shapes()
    {
        QFETCH(QString, rule);
        QFETCH(QString, text);
        QFETCH(bool, accepted);
        const QString problem = rule == QLatin1String("username") ? AdminRules::usernameProblem(text)
                                : rule == QLatin1String("code")   ? AdminRules::codeProblem(text)
                                                                  : AdminRules::staffNoProblem(text);
        QVERIFY2(problem.isEmpty() == accepted, qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestAdminRules)
#include "tst_admin_rules.moc"
