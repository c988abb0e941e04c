// The catalogue item models: structure (QAbstractItemModelTester) and search filtering.
#include "core/domain/catalogue/Catalogue.h"
#include "ui/desk/CatalogueModel.h"
#include "ui/common/LanguageManager.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace ow;

class TestCatalogueModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        LanguageManager::apply(QStringLiteral("zh_CN"));
        auto c = Catalogue::fromJson(Catalogue::bundledJson());
        QVERIFY2(c.ok(), "bundled catalogue must load");
        m_catalogue = c.value();
    }

    void modelPassesTester()
    {
        CatalogueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCatalogue(m_catalogue);
        QCOMPARE(model.rowCount(), m_catalogue.categories().size());
        int services = 0;
        for (int r = 0; r < model.rowCount(); ++r)
            services += model.rowCount(model.index(r, 0));
        QCOMPARE(services, m_catalogue.services().size());
        const QModelIndex first = model.index(0, CatalogueModel::CodeColumn, model.index(0, 0));
        QCOMPARE(first.data().toString(), m_catalogue.services().first().code);
        QVERIFY(!model.serviceAt(model.index(0, 0))); // a category row is not a service
    }

    void filterFindsByPinyinInitials_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("mustContain");
        QTest::newRow("pension initials") << QStringLiteral("ylbx") << QStringLiteral("养老保险");
        QTest::newRow("card initials") << QStringLiteral("shbzk") << QStringLiteral("社会保障卡");
        QTest::newRow("chinese text") << QStringLiteral("失业") << QStringLiteral("失业");
    }

    void filterFindsByPinyinInitials()
    {
        QFETCH(QString, query);
        QFETCH(QString, mustContain);
        CatalogueModel model;
        CatalogueFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCatalogue(m_catalogue);
        filter.setQuery(query);
        int hits = 0;
        for (int c = 0; c < filter.rowCount(); ++c) {
            const QModelIndex cat = filter.index(c, 0);
            for (int r = 0; r < filter.rowCount(cat); ++r) {
                ++hits;
                const ServiceItem *s = model.serviceAt(filter.mapToSource(filter.index(r, 0, cat)));
                QVERIFY(s);
                QVERIFY2(s->name.zh.contains(mustContain) || s->pinyin.contains(query),
                         qPrintable(s->name.zh + QStringLiteral(" should match ") + query));
            }
        }
        QVERIFY2(hits > 0, qPrintable(query));
        QVERIFY(hits < m_catalogue.services().size());
        filter.setQuery(QString());
        QCOMPARE(filter.rowCount(), m_catalogue.categories().size());
    }

private:
    Catalogue m_catalogue = Catalogue::fromJson(Catalogue::bundledJson()).value();
};

QTEST_MAIN(TestCatalogueModel)
#include "tst_catalogue_model.moc"
