// MatterFinder: the guide desk's lookup over the bundled catalogue — a matter by its code, its
// pinyin initials, its name, or a citizen's question in everyday words, best first, with why.
#include "core/domain/catalogue/MatterFinder.h"

#include <QTest>

using namespace ow;

class TestMatterFinder : public QObject
{
    Q_OBJECT
    Catalogue m_catalogue;

    QString first(const QString &query) const
    {
        const QList<MatterHit> hits = MatterFinder(m_catalogue).find(query, 5);
        return hits.isEmpty() ? QString() : hits.first().item->code;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto c = Catalogue::fromJson(Catalogue::bundledJson());
        QVERIFY(c.ok());
        m_catalogue = c.value();
    }

    void findsByCodeFirst()
    {
        const QList<MatterHit> hits = MatterFinder(m_catalogue).find(QStringLiteral("ui-001"), 5);
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().item->code, QStringLiteral("UI-001"));
        QCOMPARE(hits.first().reasons.first(), (MatchReason{QStringLiteral("code"), QStringLiteral("UI-001")}));
    }

    void findsByPinyinInitials()
    {
        const QList<MatterHit> hits = MatterFinder(m_catalogue).find(QStringLiteral("sybxjsl"), 5);
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().item->code, QStringLiteral("UI-001"));
        QCOMPARE(hits.first().reasons.first().field, QStringLiteral("pinyin"));
    }

    void findsAMatterFromAQuestion_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QString>("matter");
        QTest::newRow("unemployment benefit") << QStringLiteral("我失业了，失业金怎么领？") << QStringLiteral("UI-001");
        QTest::newRow("lost card") << QStringLiteral("社保卡丢了怎么办") << QStringLiteral("CD-006");
        QTest::newRow("unpaid wages") << QStringLiteral("老板欠工资不给，农民工去哪投诉") << QStringLiteral("LR-003");
        QTest::newRow("work injury") << QStringLiteral("上班受伤了要做工伤认定") << QStringLiteral("WI-001");
    }

    void findsAMatterFromAQuestion()
    {
        QFETCH(QString, question);
        QFETCH(QString, matter);
        QCOMPARE(first(question), matter);
    }

    void saysWhyItMatched()
    {
        const QList<MatterHit> hits = MatterFinder(m_catalogue).find(QStringLiteral("失业金怎么领"), 3);
        QVERIFY(!hits.isEmpty());
        const MatterHit &best = hits.first();
        QCOMPARE(best.item->code, QStringLiteral("UI-001"));
        // 失业金 is read as 失业保险金: the whole of it is in the name.
        QCOMPARE(best.reasons.first(), (MatchReason{QStringLiteral("name"), QStringLiteral("失业保险金")}));
        QVERIFY(best.score > hits.last().score || hits.size() == 1);
    }

    void genericWordsFindNothing()
    {
        QVERIFY(MatterFinder(m_catalogue).find(QStringLiteral("请问需要办理什么手续"), 5).isEmpty());
        QVERIFY(MatterFinder(m_catalogue).find(QStringLiteral("   "), 5).isEmpty());
    }

    void bestFirstAndLimited()
    {
        const QList<MatterHit> hits = MatterFinder(m_catalogue).find(QStringLiteral("养老保险"), 4);
        QCOMPARE(hits.size(), 4);
        for (qsizetype i = 1; i < hits.size(); ++i)
            QVERIFY(hits.at(i - 1).score >= hits.at(i).score);
    }

    void bigramsLeaveGenericOnesOut()
    {
        QCOMPARE(MatterFinder::bigrams(QStringLiteral("怎么办理失业")), (QStringList{QStringLiteral("么办"), QStringLiteral("理失"),
                                                                             QStringLiteral("失业")}));
        QCOMPARE(MatterFinder::normalized(QStringLiteral("社保卡")), QStringLiteral("社会保障卡"));
    }
};

QTEST_GUILESS_MAIN(TestMatterFinder)
#include "tst_matter_finder.moc"
