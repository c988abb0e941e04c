// The guide desk's parts without a server: the search results' model and the materials
// checklist pass QAbstractItemModelTester through fills and ticks; the checklist's pre-check, the
// pre-check's text ("导服台已预审材料：4 项中 3 项，缺 …") and the one-time notice say what was
// ticked and what is missing.
#include "core/domain/catalogue/Catalogue.h"
#include "ui/common/LanguageManager.h"
#include "ui/desk/guide/MaterialCheckModel.h"
#include "ui/desk/guide/MatterResultModel.h"
#include "ui/desk/guide/OneTimeNotice.h"
#include "ui/desk/guide/PrecheckText.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>
#include <QTest>

using namespace ow;

class TestGuideModels : public QObject
{
    Q_OBJECT
    Catalogue m_catalogue;

private Q_SLOTS:
    void initTestCase()
    {
        LanguageManager::apply(QStringLiteral("zh_CN"));
        auto c = Catalogue::fromJson(Catalogue::bundledJson());
        QVERIFY(c.ok());
        m_catalogue = c.value();
    }

    void resultsModel()
    {
        MatterResultModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        MatterSearchResult r{QStringLiteral("失业金怎么领"),
                             {MatterSearchHit{QStringLiteral("UI-001"), 18, {{QStringLiteral("name"), QStringLiteral("失业保险金")}}},
                              MatterSearchHit{QStringLiteral("UI-002"), 15, {{QStringLiteral("category"), QStringLiteral("失业保险")}}}}};
        model.setResult(r, &m_catalogue);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.codeAt(0), QStringLiteral("UI-001"));
        QCOMPARE(model.codeAt(5), QString());
        const QString shown = model.data(model.index(0)).toString();
        QVERIFY2(shown.startsWith(QStringLiteral("失业保险金申领（UI-001）\n")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("名称“失业保险金”")), qPrintable(shown));
        QCOMPARE(model.data(model.index(1), MatterResultModel::ScoreRole).toInt(), 15);
        QVERIFY(model.data(model.index(1), Qt::ToolTipRole).toString().contains(QStringLiteral("类别")));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void checklistModel()
    {
        MaterialCheckModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &MaterialCheckModel::precheckChanged);
        const ServiceItem *item = m_catalogue.service(QStringLiteral("UI-001"));
        QVERIFY(item);
        model.setMatter(item);
        QCOMPARE(model.rowCount(), item->materials.size());
        QCOMPARE(model.data(model.index(0), Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(model.flags(model.index(0)).testFlag(Qt::ItemIsUserCheckable));
        QCOMPARE(model.precheck().missing.size(), item->materials.size());

        // Tick three of four, by the view's way and by code.
        QVERIFY(model.setData(model.index(0), Qt::Checked, Qt::CheckStateRole));
        model.setPresent(item->materials.at(1).code, true);
        model.setPresent(item->materials.at(2).code, true);
        QCOMPARE(model.data(model.index(2), Qt::CheckStateRole).toInt(), int(Qt::Checked));
        const MaterialPrecheck check = model.precheck();
        QCOMPARE(check.present.size(), 3);
        QCOMPARE(check.missing, QStringList{item->materials.at(3).code});
        QVERIFY(changed.size() >= 4);
        // Unticking takes it back.
        model.setPresent(item->materials.at(2).code, false);
        QCOMPARE(model.precheck().present.size(), 2);
        model.setPresent(item->materials.at(2).code, true);

        // The text the teller and the guide read.
        const QString text = PrecheckText::of(model.precheck(), item, QStringLiteral("zh_CN"));
        QCOMPARE(text, QStringLiteral("导服台已预审材料：4 项中 3 项，缺 %1").arg(item->materials.at(3).name.zh));
        QCOMPARE(PrecheckText::of(MaterialPrecheck{{QStringLiteral("a"), QStringLiteral("b")}, {}}, item, QStringLiteral("zh_CN")),
                 QStringLiteral("导服台已预审材料：2 项齐全"));
        // The one-time notice lists every material and marks the missing one.
        const QString notice = OneTimeNotice::html(*item, model.precheck(), QStringLiteral("zh_CN"));
        QVERIFY(notice.contains(QStringLiteral("一次性告知")));
        for (const Material &m : item->materials)
            QVERIFY2(notice.contains(m.name.zh.toHtmlEscaped()), qPrintable(m.name.zh));
        QCOMPARE(notice.count(QStringLiteral("尚未携带")), 1);

        // Another matter: nothing ticked; none: no rows.
        model.setMatter(m_catalogue.service(QStringLiteral("CD-006")));
        QVERIFY(model.precheck().present.isEmpty());
        model.setMatter(nullptr);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.matter());
    }
};

QTEST_MAIN(TestGuideModels)
#include "tst_guide_models.moc"
