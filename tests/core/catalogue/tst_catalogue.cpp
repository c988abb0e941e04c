// Catalogue: the bundled data file, validation of a catalogue JSON, search as typed by a teller,
// and the content hash that drives ETags and re-imports.
#include "core/domain/catalogue/Catalogue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

#include <functional>

using namespace ow;

namespace {

QJsonObject bundledObject()
{
    return QJsonDocument::fromJson(Catalogue::bundledJson()).object();
}

QByteArray toBytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// The bundled catalogue with service `index` changed by `edit`.
QByteArray withService(int index, const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject root = bundledObject();
    QJsonArray services = root.value(QLatin1String("services")).toArray();
    QJsonObject s = services.at(index).toObject();
    edit(s);
    services.replace(index, s);
    root.insert(QLatin1String("services"), services);
    return toBytes(root);
}

int hanCount(const QString &text)
{
    int n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t cp = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < text.size()) {
            cp = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        if (QChar::script(cp) == QChar::Script_Han)
            ++n;
    }
    return n;
}

QStringList codes(const QList<const ServiceItem *> &items)
{
    QStringList out;
    for (const ServiceItem *s : items)
        out << s->code;
    return out;
}

} // namespace

class TestCatalogue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        auto c = Catalogue::fromJson(Catalogue::bundledJson());
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().detail));
        m_catalogue = c.value();
    }

    void bundledCatalogueIsComplete()
    {
        QVERIFY(!m_catalogue.version().isEmpty());
        QVERIFY2(m_catalogue.services().size() >= 60, qPrintable(QString::number(m_catalogue.services().size())));
        QCOMPARE(m_catalogue.categories().size(), 9);

        static const QRegularExpression prefix(QStringLiteral("^[A-Z]$"));
        QStringList prefixes;
        for (const Category &cat : m_catalogue.categories()) {
            QVERIFY2(prefix.match(cat.prefix).hasMatch(), qPrintable(cat.code));
            QVERIFY2(!prefixes.contains(cat.prefix), qPrintable(cat.prefix + QStringLiteral(" used twice")));
            prefixes << cat.prefix;
            QVERIFY(!cat.name.zh.isEmpty() && !cat.name.en.isEmpty());
            int inCategory = 0;
            for (const ServiceItem &s : m_catalogue.services())
                inCategory += s.category == cat.code ? 1 : 0;
            QVERIFY2(inCategory >= 5, qPrintable(QStringLiteral("%1 has %2 services").arg(cat.code).arg(inCategory)));
        }
    }

    void everyServiceIsWellFormed()
    {
        static const QRegularExpression code(QStringLiteral("^[A-Z]{2}-\\d{3}$"));
        static const QRegularExpression pinyin(QStringLiteral("^[a-z]+$"));
        for (const ServiceItem &s : m_catalogue.services()) {
            const QByteArray where = s.code.toUtf8();
            QVERIFY2(code.match(s.code).hasMatch(), where.constData());
            QVERIFY2(m_catalogue.category(s.category), where.constData());
            QCOMPARE(m_catalogue.service(s.code), &s);
            QVERIFY2(pinyin.match(s.pinyin).hasMatch(), where.constData());
            QVERIFY2(s.pinyin.size() == hanCount(s.name.zh),
                     qPrintable(QStringLiteral("%1 %2: pinyin %3 has %4 letters for %5 Han characters")
                                    .arg(s.code, s.name.zh, s.pinyin)
                                    .arg(s.pinyin.size())
                                    .arg(hanCount(s.name.zh))));
            if (s.kind == ServiceKind::Committed)
                QVERIFY2(s.timeLimitDays > 0, where.constData());
            QVERIFY2(!s.materials.isEmpty(), where.constData());

            bool hasIdNumber = false;
            bool hasName = false;
            QStringList keys;
            for (const FormField &f : s.fields) {
                QVERIFY2(!keys.contains(f.key), qPrintable(s.code + QStringLiteral(" repeats field ") + f.key));
                keys << f.key;
                hasIdNumber = hasIdNumber || (f.key == QLatin1String("id_number") && f.type == FieldType::IdNumber);
                hasName = hasName || (f.key == QLatin1String("name") && f.type == FieldType::Text);
                if (f.type == FieldType::Choice)
                    QVERIFY2(!f.options.isEmpty(), qPrintable(s.code + QLatin1Char(' ') + f.key));
            }
            QVERIFY2(hasIdNumber, qPrintable(s.code + QStringLiteral(" has no id_number field")));
            QVERIFY2(hasName, qPrintable(s.code + QStringLiteral(" has no name field")));
        }
    }

    void lookupByCode()
    {
        const ServiceItem *s = m_catalogue.service(QStringLiteral("CD-001"));
        QVERIFY(s);
        QCOMPARE(s->name.zh, QStringLiteral("社会保障卡申领"));
        QCOMPARE(s->category, QStringLiteral("card"));
        QCOMPARE(toString(s->kind), toString(ServiceKind::Committed));
        QCOMPARE(s->timeLimitDays, 10);
        QVERIFY(!m_catalogue.service(QStringLiteral("XX-999")));
        QVERIFY(!m_catalogue.category(QStringLiteral("nope")));
        QCOMPARE(m_catalogue.category(QStringLiteral("card"))->prefix, QStringLiteral("E"));
    }

    void search_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected"); // exact hits, catalogue order
        QTest::newRow("multi-term AND (pinyin)")
            << QStringLiteral("ylbx zyjx") << QStringList{QStringLiteral("SI-008"), QStringLiteral("SI-009"), QStringLiteral("SI-010")};
        QTest::newRow("pinyin + chinese") << QStringLiteral("shbzk 挂失") << QStringList{QStringLiteral("CD-006")};
        QTest::newRow("chinese + english") << QStringLiteral("社会保障卡 electronic") << QStringList{QStringLiteral("CD-010")};
        QTest::newRow("code") << QStringLiteral("WI-001") << QStringList{QStringLiteral("WI-001")};
        QTest::newRow("code, lower case") << QStringLiteral("wi-001") << QStringList{QStringLiteral("WI-001")};
        QTest::newRow("extra spaces") << QStringLiteral("  ylbx   zyjx  ")
                                      << QStringList{QStringLiteral("SI-008"), QStringLiteral("SI-009"), QStringLiteral("SI-010")};
        QTest::newRow("no match") << QStringLiteral("qqqqq") << QStringList{};
        QTest::newRow("one term misses") << QStringLiteral("shbzk qqqqq") << QStringList{};
    }

    void search()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        QCOMPARE(codes(m_catalogue.search(query)), expected);
    }

    void searchPinyinInitials()
    {
        const auto pension = m_catalogue.search(QStringLiteral("ylbx"));
        QVERIFY(!pension.isEmpty());
        bool foundPension = false;
        for (const ServiceItem *s : pension) {
            QVERIFY2(s->pinyin.contains(QLatin1String("ylbx")), qPrintable(s->code));
            foundPension = foundPension || s->name.zh.contains(QStringLiteral("养老保险"));
        }
        QVERIFY(foundPension);
        QVERIFY(codes(pension).contains(QStringLiteral("PE-002"))); // 城乡居民基本养老保险待遇申领

        const auto card = m_catalogue.search(QStringLiteral("shbzk"));
        QCOMPARE(card.size(), 10);
        for (const ServiceItem *s : card)
            QVERIFY2(s->name.zh.contains(QStringLiteral("社会保障卡")), qPrintable(s->code));
        // Upper-case initials are still initials.
        QCOMPARE(codes(m_catalogue.search(QStringLiteral("SHBZK"))), codes(card));
    }

    void searchByCodePrefix()
    {
        const QStringList hits = codes(m_catalogue.search(QStringLiteral("CD-0")));
        QCOMPARE(hits.size(), 10);
        for (const QString &c : hits)
            QVERIFY(c.startsWith(QLatin1String("CD-0")));
    }

    void searchEnglishIgnoresCase()
    {
        const auto lower = codes(m_catalogue.search(QStringLiteral("pension")));
        QVERIFY(lower.size() >= 5);
        QCOMPARE(codes(m_catalogue.search(QStringLiteral("PENSION"))), lower);
        QCOMPARE(codes(m_catalogue.search(QStringLiteral("PeNsIoN"))), lower);
        for (const QString &c : lower)
            QVERIFY(m_catalogue.service(c)->name.en.contains(QLatin1String("pension"), Qt::CaseInsensitive));
    }

    void emptyQueryMatchesAll()
    {
        QCOMPARE(m_catalogue.search(QString()).size(), m_catalogue.services().size());
        QCOMPARE(m_catalogue.search(QStringLiteral("   ")).size(), m_catalogue.services().size());
        QCOMPARE(m_catalogue.search(QString()).first(), &m_catalogue.services().first());
    }

    void invalidJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << Catalogue::bundledJson().left(500);
        QTest::newRow("not JSON") << QByteArray("catalogue: yes");
        QTest::newRow("array, not object") << QByteArray("[1, 2, 3]");
        QTest::newRow("trailing comma") << QByteArray(R"({"version": "1",})");
    }

    void invalidJson()
    {
        QFETCH(QByteArray, json);
        const auto c = Catalogue::fromJson(json);
        QVERIFY(!c.ok());
        QCOMPARE(toString(c.error().code), toString(ErrorCode::InvalidJson));
    }

    void validationFailed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("problem"); // must appear in the error detail

        QTest::newRow("unknown kind") << withService(3, [](QJsonObject &s) {
            s.insert(QLatin1String("kind"), QStringLiteral("instant"));
        }) << QStringLiteral("service SI-004: unknown kind 'instant'");
        QTest::newRow("committed with 0 days") << withService(5, [](QJsonObject &s) {
            s.insert(QLatin1String("kind"), QStringLiteral("committed"));
            s.insert(QLatin1String("time_limit_days"), 0);
        }) << QStringLiteral("service SI-006: a committed matter needs a time limit");
        QTest::newRow("negative days") << withService(0, [](QJsonObject &s) {
            s.insert(QLatin1String("time_limit_days"), -1);
        }) << QStringLiteral("service SI-001: a committed matter needs a time limit");
        QTest::newRow("duplicate code") << withService(1, [](QJsonObject &s) {
            s.insert(QLatin1String("code"), QStringLiteral("SI-001"));
        }) << QStringLiteral("service SI-001: duplicate code");
        QTest::newRow("unknown category") << withService(2, [](QJsonObject &s) {
            s.insert(QLatin1String("category"), QStringLiteral("pets"));
        }) << QStringLiteral("unknown category 'pets'");
        QTest::newRow("unknown risk") << withService(2, [](QJsonObject &s) {
            s.insert(QLatin1String("risk"), QStringLiteral("extreme"));
        }) << QStringLiteral("unknown risk 'extreme'");
        QTest::newRow("unknown level") << withService(2, [](QJsonObject &s) {
            s.insert(QLatin1String("competent_level"), QStringLiteral("province"));
        }) << QStringLiteral("unknown competent_level 'province'");
        QTest::newRow("missing English name") << withService(2, [](QJsonObject &s) {
            s.remove(QLatin1String("name_en"));
        }) << QStringLiteral("needs code, name_zh and name_en");
        QTest::newRow("unknown field type") << withService(2, [](QJsonObject &s) {
            QJsonArray fields = s.value(QLatin1String("fields")).toArray();
            QJsonObject f = fields.at(0).toObject();
            f.insert(QLatin1String("type"), QStringLiteral("signature"));
            fields.replace(0, f);
            s.insert(QLatin1String("fields"), fields);
        }) << QStringLiteral("unknown field type 'signature'");
        QTest::newRow("choice without options") << withService(2, [](QJsonObject &s) {
            QJsonArray fields = s.value(QLatin1String("fields")).toArray();
            fields.append(QJsonObject{{QLatin1String("key"), QStringLiteral("colour")},
                                      {QLatin1String("type"), QStringLiteral("choice")},
                                      {QLatin1String("label_zh"), QStringLiteral("颜色")},
                                      {QLatin1String("label_en"), QStringLiteral("Colour")}});
            s.insert(QLatin1String("fields"), fields);
        }) << QStringLiteral("choice field 'colour' has no options");

        QJsonObject noVersion = bundledObject();
        noVersion.remove(QLatin1String("version"));
        QTest::newRow("no version") << toBytes(noVersion) << QStringLiteral("has no version");

        // The version appears in addresses: letters, digits, '.', '_' and '-' only, to its very end
        // (a trailing newline passed a "$"-anchored check: found by tests/fuzz/fuzz_catalogue_import).
        for (const QString &bad : {QStringLiteral("1.0\n"), QStringLiteral("1.0/2"), QStringLiteral("\n1.0"), QString(41, QLatin1Char('9'))}) {
            QJsonObject badVersion = bundledObject();
            badVersion.insert(QLatin1String("version"), bad);
            QTest::newRow(qPrintable(QStringLiteral("version '%1'").arg(bad))) << toBytes(badVersion)
                                                                        << QStringLiteral("up to 40 letters, digits");
        }

        QJsonObject twinCategory = bundledObject();
        QJsonArray cats = twinCategory.value(QLatin1String("categories")).toArray();
        cats.append(cats.at(0));
        twinCategory.insert(QLatin1String("categories"), cats);
        QTest::newRow("duplicate category") << toBytes(twinCategory) << QStringLiteral("needs a unique code and a prefix");
    }

    void validationFailed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, problem);
        const auto c = Catalogue::fromJson(json);
        QVERIFY(!c.ok());
        QCOMPARE(toString(c.error().code), toString(ErrorCode::ValidationFailed));
        QVERIFY2(c.error().detail.contains(problem), qPrintable(c.error().detail));
    }

    void everyProblemIsReported()
    {
        // The data file's author sees all problems at once, not one per attempt.
        QJsonObject root = bundledObject();
        QJsonArray services = root.value(QLatin1String("services")).toArray();
        QJsonObject a = services.at(0).toObject();
        a.insert(QLatin1String("kind"), QStringLiteral("instant"));
        services.replace(0, a);
        QJsonObject b = services.at(1).toObject();
        b.insert(QLatin1String("risk"), QStringLiteral("extreme"));
        services.replace(1, b);
        root.insert(QLatin1String("services"), services);
        const auto c = Catalogue::fromJson(toBytes(root));
        QVERIFY(!c.ok());
        QCOMPARE(toString(c.error().code), toString(ErrorCode::ValidationFailed));
        QVERIFY(c.error().detail.contains(QLatin1String("SI-001: unknown kind")));
        QVERIFY(c.error().detail.contains(QLatin1String("SI-002: unknown risk")));
    }

    void roundTripKeepsContent()
    {
        const QByteArray json = QJsonDocument(m_catalogue.toJson()).toJson(QJsonDocument::Indented);
        const auto again = Catalogue::fromJson(json);
        QVERIFY(again.ok());
        QCOMPARE(again.value().contentHash(), m_catalogue.contentHash());
        QCOMPARE(again.value().services().size(), m_catalogue.services().size());
        QCOMPARE(again.value().toJson(), m_catalogue.toJson());
        // A hex SHA-256 of the content, not of the file's layout (indentation differs above).
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
        QVERIFY(hex.match(m_catalogue.contentHash()).hasMatch());
    }

    void contentHashFollowsContent_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("english name") << withService(0, [](QJsonObject &s) {
            s.insert(QLatin1String("name_en"), s.value(QLatin1String("name_en")).toString() + QLatin1Char('.'));
        });
        QTest::newRow("time limit") << withService(7, [](QJsonObject &s) {
            s.insert(QLatin1String("time_limit_days"), s.value(QLatin1String("time_limit_days")).toInt() + 1);
        });
        QTest::newRow("delegable") << withService(0, [](QJsonObject &s) {
            s.insert(QLatin1String("delegable"), !s.value(QLatin1String("delegable")).toBool());
        });
        QTest::newRow("material optional") << withService(0, [](QJsonObject &s) {
            QJsonArray m = s.value(QLatin1String("materials")).toArray();
            QJsonObject first = m.at(0).toObject();
            first.insert(QLatin1String("required"), false);
            m.replace(0, first);
            s.insert(QLatin1String("materials"), m);
        });
        QTest::newRow("field label") << withService(0, [](QJsonObject &s) {
            QJsonArray f = s.value(QLatin1String("fields")).toArray();
            QJsonObject first = f.at(0).toObject();
            first.insert(QLatin1String("label_zh"), QStringLiteral("姓名"));
            f.replace(0, first);
            s.insert(QLatin1String("fields"), f);
        });
        QJsonObject version = bundledObject();
        version.insert(QLatin1String("version"), QStringLiteral("2099.1"));
        QTest::newRow("version") << toBytes(version);
        QJsonObject order = bundledObject();
        QJsonArray services = order.value(QLatin1String("services")).toArray();
        const QJsonValue first = services.takeAt(0);
        services.append(first);
        order.insert(QLatin1String("services"), services);
        QTest::newRow("service order") << toBytes(order);
    }

    void contentHashFollowsContent()
    {
        QFETCH(QByteArray, json);
        const auto changed = Catalogue::fromJson(json);
        QVERIFY2(changed.ok(), qPrintable(changed.ok() ? QString() : changed.error().detail));
        QVERIFY(changed.value().contentHash() != m_catalogue.contentHash());
        // ...and it is stable: the same content hashes the same every time.
        QCOMPARE(Catalogue::fromJson(json).value().contentHash(), changed.value().contentHash());
    }

private:
    Catalogue m_catalogue;
};

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
