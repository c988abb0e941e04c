// Case assignment by skill, competent office, load and due date; and the competent office of a
// case accepted anywhere in the city.
#include "core/domain/cases/ReviewerAssignment.h"

#include <QTest>

using namespace ow;

namespace {
Hall hall(const char *code, OrgLevel level, const char *parent)
{
    Hall h;
    h.code = QString::fromLatin1(code);
    h.level = level;
    h.parentCode = QString::fromLatin1(parent);
    return h;
}
} // namespace

class TestReviewerAssignment : public QObject
{
    Q_OBJECT
    const QList<ReviewerLoad> m_reviewers{
        {1, QStringLiteral("CITY"), {QStringLiteral("pension")}, 5, 0, {}},
        {2, QStringLiteral("CITY"), {QStringLiteral("pension"), QStringLiteral("medical")}, 3, 2, {}},
        {3, QStringLiteral("CITY"), {}, 4, 0, {}},                          // handles everything
        {4, QStringLiteral("COUNTY"), {QStringLiteral("pension")}, 0, 0, {}}, // another office
        {5, QStringLiteral("CITY"), {QStringLiteral("employment")}, 0, 0, {}},
    };

private Q_SLOTS:
    void bySkillOfficeLoadAndDue_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("office");
        QTest::addColumn<bool>("urgent");
        QTest::addColumn<qint64>("excluded");
        QTest::addColumn<qint64>("chosen");
        QTest::newRow("least load among the skilled of the office") << "pension" << "CITY" << false << qint64(0) << qint64(2);
        QTest::newRow("urgent: fewest urgent cases first") << "pension" << "CITY" << true << qint64(0) << qint64(3);
        QTest::newRow("the receiver is never chosen") << "pension" << "CITY" << false << qint64(2) << qint64(3);
        QTest::newRow("a skill only one has, and the generalist") << "employment" << "CITY" << false << qint64(0) << qint64(5);
        QTest::newRow("only the competent office") << "pension" << "COUNTY" << false << qint64(0) << qint64(4);
        QTest::newRow("nobody there") << "pension" << "TOWN" << false << qint64(0) << qint64(0);
    }
    void bySkillOfficeLoadAndDue()
    {
        QFETCH(QString, category);
        QFETCH(QString, office);
        QFETCH(bool, urgent);
        QFETCH(qint64, excluded);
        QFETCH(qint64, chosen);
        const auto who = ReviewerAssignment::choose({category, office, urgent, {excluded}, {}}, m_reviewers);
        QCOMPARE(who.value_or(0), chosen);
    }

    void onlyTheMattersTheyMayDecide()
    {
        // Issue 13: an administrator may limit a reviewer to some matters of their categories.
        const QList<ReviewerLoad> reviewers{
            {1, QStringLiteral("CITY"), {QStringLiteral("pension")}, 0, 0, {QStringLiteral("PE-001")}},
            {2, QStringLiteral("CITY"), {QStringLiteral("pension")}, 5, 0, {}},
        };
        QCOMPARE(ReviewerAssignment::choose({QStringLiteral("pension"), QStringLiteral("CITY"), false, {}, QStringLiteral("PE-001")}, reviewers)
                     .value_or(0),
                 qint64(1));
        QCOMPARE(ReviewerAssignment::choose({QStringLiteral("pension"), QStringLiteral("CITY"), false, {}, QStringLiteral("PE-002")}, reviewers)
                     .value_or(0),
                 qint64(2));
    }

    void spreadsAStreamOfCases()
    {
        // 300 cases over the three city pension reviewers, each taking the least loaded: the
        // loads end within one of each other (from 5, 3 and 4).
        QList<ReviewerLoad> reviewers = m_reviewers;
        for (int i = 0; i < 300; ++i) {
            const auto who = ReviewerAssignment::choose({QStringLiteral("pension"), QStringLiteral("CITY"), false, {}, {}}, reviewers);
            QVERIFY(who);
            for (ReviewerLoad &r : reviewers)
                r.openCases += r.id == *who ? 1 : 0;
        }
        QList<int> loads{reviewers[0].openCases, reviewers[1].openCases, reviewers[2].openCases};
        QVERIFY(*std::max_element(loads.begin(), loads.end()) - *std::min_element(loads.begin(), loads.end()) <= 1);
        QCOMPARE(loads[0] + loads[1] + loads[2], 312);
    }

    void competentOffice()
    {
        const QList<Hall> halls{hall("CITY", OrgLevel::City, ""), hall("COUNTY", OrgLevel::County, "CITY"),
                                hall("TOWN", OrgLevel::Township, "COUNTY")};
        QCOMPARE(ReviewerAssignment::competentOffice(QStringLiteral("TOWN"), OrgLevel::City, halls), QStringLiteral("CITY"));
        QCOMPARE(ReviewerAssignment::competentOffice(QStringLiteral("TOWN"), OrgLevel::County, halls), QStringLiteral("COUNTY"));
        QCOMPARE(ReviewerAssignment::competentOffice(QStringLiteral("TOWN"), OrgLevel::Township, halls), QStringLiteral("TOWN"));
        QCOMPARE(ReviewerAssignment::competentOffice(QStringLiteral("CITY"), OrgLevel::County, halls), QStringLiteral("CITY"));
    }
};

QTEST_GUILESS_MAIN(TestReviewerAssignment)
#include "tst_reviewerassignment.moc"
