// CatalogueDiff between the bundled catalogue and an edited copy: each edit shows up as what an
// administrator reads before putting a new version in force (added, removed, changed matters with
// the properties and materials that changed; categories), and nothing else does. The JSON form
// reads back equal.
#include "core/domain/catalogue/CatalogueDiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace ow;

namespace {
using Edit = std::function<void(QJsonObject &)>;

// The bundled catalogue with `edit` applied to service `code` (or to the root when code is empty).
Catalogue edited(const QString &code, const Edit &edit, const QString &version = QStringLiteral("2027.1"))
{
    QJsonObject root = QJsonDocument::fromJson(Catalogue::bundledJson()).object();
    root.insert(QLatin1String("version"), version);
    if (code.isEmpty()) {
        edit(root);
    } else {
        QJsonArray services = root.value(QLatin1String("services")).toArray();
        for (qsizetype i = 0; i < services.size(); ++i) {
            QJsonObject s = services.at(i).toObject();
            if (s.value(QLatin1String("code")).toString() == code) {
                edit(s);
                services.replace(i, s);
            }
        }
        root.insert(QLatin1String("services"), services);
    }
    auto c = Catalogue::fromJson(root);
    if (!c)
        qFatal("edited catalogue invalid: %s", qPrintable(c.error().detail));
    return c.value();
}

Catalogue bundled()
{
    return Catalogue::fromJson(Catalogue::bundledJson()).value();
}

QStringList codes(const QList<CatalogueDiff::Named> &list)
{
    QStringList out;
    for (const auto &n : list)
        out << n.code;
    return out;
}

QJsonArray withMaterial(QJsonArray materials, const QString &code)
{
    materials.append(QJsonObject{{QLatin1String("code"), code},
                                 {QLatin1String("name_zh"), QStringLiteral("承诺书")},
                                 {QLatin1String("name_en"), QStringLiteral("Letter of commitment")},
                                 {QLatin1String("required"), true}});
    return materials;
}
} // namespace

Q_DECLARE_METATYPE(Edit)

class TestCatalogueDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameCatalogueHasNoChanges()
    {
        const CatalogueDiff d = CatalogueDiff::between(bundled(), bundled());
        QVERIFY(d.isEmpty());
        QCOMPARE(d.fromVersion, bundled().version());
    }

    void oneEditOneChange_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QStringList>("properties");
        QTest::addColumn<QStringList>("materialsAdded");
        QTest::addColumn<QStringList>("materialsRemoved");
        QTest::addColumn<QStringList>("materialsChanged");

        QTest::newRow("time limit") << "SI-002" << Edit([](QJsonObject &s) { s.insert(QLatin1String("time_limit_days"), 3); })
                                    << QStringList{QStringLiteral("time_limit_days")} << QStringList() << QStringList() << QStringList();
        QTest::newRow("names") << "SI-001" << Edit([](QJsonObject &s) {
            s.insert(QLatin1String("name_zh"), QStringLiteral("新名称"));
            s.insert(QLatin1String("name_en"), QStringLiteral("New name"));
        }) << QStringList{QStringLiteral("name_en"), QStringLiteral("name_zh")} << QStringList() << QStringList() << QStringList();
        QTest::newRow("material added") << "SI-001" << Edit([](QJsonObject &s) {
            s.insert(QLatin1String("materials"), withMaterial(s.value(QLatin1String("materials")).toArray(), QStringLiteral("pledge")));
        }) << QStringList() << QStringList{QStringLiteral("pledge")} << QStringList() << QStringList();
        QTest::newRow("material removed") << "SI-001" << Edit([](QJsonObject &s) {
            QJsonArray m = s.value(QLatin1String("materials")).toArray();
            m.removeAt(1);
            s.insert(QLatin1String("materials"), m);
        }) << QStringList() << QStringList() << QStringList{QStringLiteral("agent_id")} << QStringList();
        QTest::newRow("material now optional") << "SI-001" << Edit([](QJsonObject &s) {
            QJsonArray m = s.value(QLatin1String("materials")).toArray();
            QJsonObject first = m.at(0).toObject();
            first.insert(QLatin1String("required"), false);
            m.replace(0, first);
            s.insert(QLatin1String("materials"), m);
        }) << QStringList() << QStringList() << QStringList() << QStringList{QStringLiteral("business_licence")};
        QTest::newRow("materials reordered") << "SI-001" << Edit([](QJsonObject &s) {
            QJsonArray m = s.value(QLatin1String("materials")).toArray();
            const QJsonValue first = m.takeAt(0);
            m.append(first);
            s.insert(QLatin1String("materials"), m);
        }) << QStringList{QStringLiteral("materials")} << QStringList() << QStringList() << QStringList();
        QTest::newRow("risk and kind") << "SI-003" << Edit([](QJsonObject &s) {
            s.insert(QLatin1String("risk"), QStringLiteral("high"));
        }) << QStringList{QStringLiteral("risk")} << QStringList() << QStringList() << QStringList();
    }

    void oneEditOneChange()
    {
        QFETCH(QString, service);
        QFETCH(Edit, edit);
        QFETCH(QStringList, properties);
        QFETCH(QStringList, materialsAdded);
        QFETCH(QStringList, materialsRemoved);
        QFETCH(QStringList, materialsChanged);

        const Catalogue from = bundled();
        const Catalogue to = edited(service, edit);
        const CatalogueDiff d = CatalogueDiff::between(from, to);
        QVERIFY(d.added.isEmpty());
        QVERIFY(d.removed.isEmpty());
        QVERIFY(d.categoriesAdded.isEmpty() && d.categoriesRemoved.isEmpty() && d.categoriesChanged.isEmpty());
        QCOMPARE(d.changed.size(), 1);
        const CatalogueDiff::ChangedMatter &m = d.changed.first();
        QCOMPARE(m.matter.code, service);
        QCOMPARE(m.matter.name, to.service(service)->name);
        QCOMPARE(m.properties, properties);
        QCOMPARE(codes(m.materialsAdded), materialsAdded);
        QCOMPARE(codes(m.materialsRemoved), materialsRemoved);
        QCOMPARE(codes(m.materialsChanged), materialsChanged);
        QCOMPARE(d.toVersion, QStringLiteral("2027.1"));

        // The JSON form reads back the same.
        const auto back = CatalogueDiff::fromJson(d.toJson());
        QVERIFY(back.ok());
        QCOMPARE(back.value(), d);
    }

    void addedAndRemovedMattersAndCategories()
    {
        const Catalogue to = edited(QString(), [](QJsonObject &root) {
            QJsonArray services = root.value(QLatin1String("services")).toArray();
            QJsonObject copy = services.at(0).toObject();
            services.removeAt(1); // SI-002 goes
            copy.insert(QLatin1String("code"), QStringLiteral("SI-099"));
            copy.insert(QLatin1String("category"), QStringLiteral("new_cat"));
            services.append(copy);
            root.insert(QLatin1String("services"), services);
            QJsonArray categories = root.value(QLatin1String("categories")).toArray();
            categories.append(QJsonObject{{QLatin1String("code"), QStringLiteral("new_cat")},
                                          {QLatin1String("prefix"), QStringLiteral("X")},
                                          {QLatin1String("name_zh"), QStringLiteral("新类别")},
                                          {QLatin1String("name_en"), QStringLiteral("New category")}});
            QJsonObject records = categories.at(8).toObject();
            records.insert(QLatin1String("name_en"), QStringLiteral("Archives"));
            categories.replace(8, records);
            root.insert(QLatin1String("categories"), categories);
        });
        const CatalogueDiff d = CatalogueDiff::between(bundled(), to);
        QCOMPARE(codes(d.added), QStringList{QStringLiteral("SI-099")});
        QCOMPARE(codes(d.removed), QStringList{QStringLiteral("SI-002")});
        QVERIFY(d.changed.isEmpty());
        QCOMPARE(codes(d.categoriesAdded), QStringList{QStringLiteral("new_cat")});
        QCOMPARE(codes(d.categoriesChanged), QStringList{QStringLiteral("records")});
        QVERIFY(d.categoriesRemoved.isEmpty());
        QVERIFY(!d.isEmpty());

        // Backwards, the same change the other way round.
        const CatalogueDiff back = CatalogueDiff::between(to, bundled());
        QCOMPARE(codes(back.added), QStringList{QStringLiteral("SI-002")});
        QCOMPARE(codes(back.removed), QStringList{QStringLiteral("SI-099")});
        QCOMPARE(codes(back.categoriesRemoved), QStringList{QStringLiteral("new_cat")});
    }

    void delegationIsNotCompared()
    {
        Catalogue to = bundled();
        to.setLowestLevels({{QStringLiteral("SI-001"), OrgLevel::City}});
        QVERIFY(CatalogueDiff::between(bundled(), to).isEmpty());
    }

    void fromEmptyEverythingIsAdded()
    {
        const CatalogueDiff d = CatalogueDiff::between(Catalogue(), bundled());
        QCOMPARE(d.added.size(), bundled().services().size());
        QCOMPARE(d.categoriesAdded.size(), bundled().categories().size());
    }
};

QTEST_GUILESS_MAIN(TestCatalogueDiff)
#include "tst_catalogue_diff.moc"
