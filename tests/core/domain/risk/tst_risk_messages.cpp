// The catalogue of what risk alerts say (RiskMessages): every id has a source text translated in
// both .ts files with the same places (%1…), the Chinese one actually loaded; a message is made
// text in one pass with its nested terms; an alert's ids and arguments go through JSON, and an
// alert stored before the ids keeps its text. And the checks say nothing of their own: every
// text they give is an id of the catalogue (read from their sources).
#include "core/domain/risk/RiskMessages.h"
#include "core/domain/util/LanguagePack.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>
#include <QXmlStreamReader>

#include <algorithm>

using namespace ow;

namespace {

struct Translation
{
    QString text;
    bool finished = false;
};

// The messages of the "ow::RiskMessages" context of a .ts file: source → its translation.
QHash<QString, Translation> riskContext(const QString &path)
{
    QHash<QString, Translation> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&f);
    QString context, source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation") && context == QLatin1String(RiskMessages::kContext)) {
            const bool unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            out.insert(source, {xml.readElementText(), !unfinished});
        }
    }
    return out;
}

QSet<QString> places(const QString &text)
{
    QSet<QString> out;
    static const QRegularExpression re(QStringLiteral("%[1-9]"));
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured());
    return out;
}

bool hasChinese(const QString &s)
{
    return std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff; });
}

const QString kSource = QStringLiteral(OW_SOURCE_DIR);

} // namespace

class TestRiskMessages : public QObject
{
    Q_OBJECT
    LanguagePack m_languages;

private Q_SLOTS:
    void everyIdHasOneSourceText()
    {
        const QStringList ids = RiskMessages::ids();
        QVERIFY(ids.size() > 40);
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
        for (const QString &id : ids)
            QVERIFY2(RiskMessages::source(id) && *RiskMessages::source(id), qPrintable(id));
        QVERIFY(!RiskMessages::source(u"no_such.summary"));
    }

    void everyIdIsTranslatedInBothLanguagesWithTheSamePlaces_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("zh_CN") << QStringLiteral("onewindow_zh_CN.ts");
        QTest::newRow("en") << QStringLiteral("onewindow_en.ts");
    }
    void everyIdIsTranslatedInBothLanguagesWithTheSamePlaces()
    {
        QFETCH(QString, file);
        const auto ts = riskContext(kSource + QStringLiteral("/translations/") + file);
        QVERIFY2(!ts.isEmpty(), qPrintable(file));
        for (const QString &id : RiskMessages::ids()) {
            const QString source = QString::fromUtf8(RiskMessages::source(id));
            QVERIFY2(ts.contains(source), qPrintable(file + QLatin1String(": no ") + id));
            const Translation t = ts.value(source);
            QVERIFY2(t.finished && !t.text.isEmpty(), qPrintable(file + QLatin1String(": unfinished ") + id));
            QVERIFY2(places(t.text) == places(source), qPrintable(file + QLatin1String(": other places in ") + id + QLatin1String(": ") + t.text));
            // A text's places run %1…%N without a gap, so that N is how many arguments it takes.
            QCOMPARE(places(source).size(), RiskMessages::placeholders(source));
            for (int n = 1; n <= RiskMessages::placeholders(source); ++n)
                QVERIFY2(places(source).contains(QStringLiteral("%%1").arg(n)), qPrintable(id));
        }
    }

    void theChineseTranslationIsTheOneLoaded()
    {
        for (const QString &id : RiskMessages::ids()) {
            const QString source = QString::fromUtf8(RiskMessages::source(id));
            if (!source.contains(QRegularExpression(QStringLiteral("[a-z]{2}"))))
                continue; // "%1 %2": nothing to translate
            const QString zh = m_languages.translate(QStringLiteral("zh_CN"), RiskMessages::kContext, RiskMessages::source(id));
            QVERIFY2(hasChinese(zh), qPrintable(id + QLatin1String(": ") + zh));
            QCOMPARE(m_languages.translate(QStringLiteral("en"), RiskMessages::kContext, RiskMessages::source(id)), source);
        }
    }

    void aMessageIsMadeTextInTheReadersLanguage()
    {
        const RiskMessage m{QStringLiteral("out_of_order_calls.summary"),
                            QJsonArray{QStringLiteral("teller1"), 3, QStringLiteral("2026-12-07"), 2}};
        QCOMPARE(RiskMessages::english(m), QStringLiteral("teller1 called 3 tickets out of order on 2026-12-07 (threshold 2)"));
        QCOMPARE(RiskMessages::render(m, m_languages, QStringLiteral("en")), RiskMessages::english(m));
        QCOMPARE(RiskMessages::render(m, m_languages, QStringLiteral("zh_CN")),
                 QStringLiteral("teller1 于 2026-12-07 越号呼叫 3 张号票（阈值 2 张）"));
    }

    void termsAreNestedMessagesInTheSameLanguage()
    {
        const RiskMessage m{QStringLiteral("evidence.case"),
                            QJsonArray{QStringLiteral("MY-2026-000123"), QStringLiteral("SI-008"), RiskMessages::term("case_action", QStringLiteral("approve"))}};
        QCOMPARE(RiskMessages::english(m), QStringLiteral("MY-2026-000123 SI-008 approved"));
        QCOMPARE(RiskMessages::render(m, m_languages, QStringLiteral("zh_CN")), QStringLiteral("MY-2026-000123 SI-008 审批通过"));
        // A code the catalogue has no word for stays the code.
        QCOMPARE(RiskMessages::term("case_action", QStringLiteral("teleport")), QJsonValue(QStringLiteral("teleport")));
        const RiskMessage window{QStringLiteral("evidence.ticket_at_window"),
                                 QJsonArray{QStringLiteral("A012"), RiskMessages::term("ticket_event", QStringLiteral("no_show")), 3}};
        QCOMPARE(RiskMessages::english(window), QStringLiteral("A012 no-show at window 3"));
        QCOMPARE(RiskMessages::render(window, m_languages, QStringLiteral("zh_CN")), QStringLiteral("A012 过号（3 号窗口）"));
    }

    void argumentsAreFilledOnceAndNumbersWithoutNoise()
    {
        // An argument that holds "%2" (a teller's own words) stays as it is.
        const RiskMessage why{QStringLiteral("ticket.out_of_order_because"), QJsonArray{QStringLiteral("熟人 %2 %1")}};
        QCOMPARE(RiskMessages::english(why), QStringLiteral("called out of order: 熟人 %2 %1"));
        const RiskMessage factor{QStringLiteral("refusal_outlier.summary"),
                                 QJsonArray{QStringLiteral("teller2"), 4, 5, QStringLiteral("2026-12-07"), 0, 6, 1.5}};
        QCOMPARE(RiskMessages::english(factor),
                 QStringLiteral("teller2 refused 4 of 5 applications on 2026-12-07; the hall's other tellers 0 of 6 (factor 1.5)"));
        const RiskMessage two{QStringLiteral("refusal_outlier.summary"),
                              QJsonArray{QStringLiteral("teller2"), 4, 5, QStringLiteral("2026-12-07"), 0, 6, 2.0}};
        QVERIFY(RiskMessages::english(two).endsWith(QLatin1String("(factor 2)")));
    }

    void anUnknownIdOrEndlessNestingMakesNoText()
    {
        QCOMPARE(RiskMessages::english({QStringLiteral("no_such.summary"), {}}), QString());
        QJsonObject deep{{QLatin1String("id"), QStringLiteral("ticket.out_of_order_because")}};
        for (int i = 0; i < 5; ++i)
            deep = QJsonObject{{QLatin1String("id"), QStringLiteral("ticket.out_of_order_because")}, {QLatin1String("args"), QJsonArray{deep}}};
        const QString text = RiskMessages::english({QStringLiteral("evidence.ticket"), QJsonArray{QStringLiteral("A001"), deep}});
        QVERIFY2(text.startsWith(QLatin1String("A001 called out of order: ")), qPrintable(text));
        QVERIFY2(text.count(QLatin1String("out of order")) <= 3, qPrintable(text));
    }

    void anAlertCarriesItsIdsThroughJson()
    {
        RiskAlert a;
        a.id = 7;
        a.rule = RiskRuleId::OutOfOrderCalls;
        a.hall = a.owner = QStringLiteral("MY-CITY");
        a.day = QDate(2026, 12, 7);
        a.subject = {RiskSubjectKind::Staff, QStringLiteral("teller1"), 3, QStringLiteral("张三")};
        a.summaryMessage = {QStringLiteral("out_of_order_calls.summary"), QJsonArray{QStringLiteral("teller1"), 3, QStringLiteral("2026-12-07"), 2}};
        a.summary = RiskMessages::english(a.summaryMessage);
        RiskEvidence e{RiskEvidenceKind::TicketEvent, 11, QDateTime(QDate(2026, 12, 7), QTime(9, 0), QTimeZone::utc()), {},
                       {QStringLiteral("evidence.ticket"), QJsonArray{QStringLiteral("A001"), RiskMessages::term("ticket_event", QStringLiteral("called"))}}};
        e.note = RiskMessages::english(e.noteMessage);
        a.evidence = {e};
        a.evidenceCount = 1;
        a.raisedAt = QDateTime(QDate(2026, 12, 7), QTime(9, 1), QTimeZone::utc());
        const QJsonObject o = a.toJson();
        QCOMPARE(o.value(QLatin1String("summary_id")).toString(), QStringLiteral("out_of_order_calls.summary"));
        QCOMPARE(o.value(QLatin1String("summary_args")).toArray().size(), 4);
        const QJsonObject ev = o.value(QLatin1String("evidence")).toArray().first().toObject();
        QCOMPARE(ev.value(QLatin1String("note_id")).toString(), QStringLiteral("evidence.ticket"));
        QCOMPARE(ev.value(QLatin1String("note")).toString(), QStringLiteral("A001 called"));
        QCOMPARE(RiskAlert::fromJson(o).value(), a);

        RiskAlert zh = a;
        RiskMessages::localize(zh, m_languages, QStringLiteral("zh_CN"));
        QCOMPARE(zh.summary, QStringLiteral("teller1 于 2026-12-07 越号呼叫 3 张号票（阈值 2 张）"));
        QCOMPARE(zh.evidence.first().note, QStringLiteral("A001 叫号"));
        QCOMPARE(zh.summaryMessage, a.summaryMessage);
        // Wrong arguments are refused when read.
        QJsonObject bad = o;
        bad.insert(QLatin1String("summary_args"), QStringLiteral("teller1"));
        QVERIFY(!RiskAlert::fromJson(bad));
    }

    void anAlertStoredBeforeTheIdsKeepsItsText()
    {
        QJsonObject o{{QLatin1String("id"), 1}, {QLatin1String("rule"), QStringLiteral("time_limit")}, {QLatin1String("level"), QStringLiteral("medium")},
                      {QLatin1String("hall"), QStringLiteral("MY-CITY")}, {QLatin1String("owner"), QStringLiteral("MY-CITY")},
                      {QLatin1String("subject"), QJsonObject{{QLatin1String("kind"), QStringLiteral("case")}, {QLatin1String("ref"), QStringLiteral("C1")}}},
                      {QLatin1String("summary"), QStringLiteral("C1 SI-008 (accepted) is due 2026-12-09")},
                      {QLatin1String("evidence"), QJsonArray{QJsonObject{{QLatin1String("kind"), QStringLiteral("case_event")}, {QLatin1String("id"), 4},
                                                                         {QLatin1String("note"), QStringLiteral("C1 SI-008 accepted")}}}},
                      {QLatin1String("status"), QStringLiteral("open")}};
        RiskAlert a = RiskAlert::fromJson(o).value();
        QVERIFY(a.summaryMessage.isEmpty());
        RiskMessages::localize(a, m_languages, QStringLiteral("zh_CN"));
        QCOMPARE(a.summary, QStringLiteral("C1 SI-008 (accepted) is due 2026-12-09"));
        QCOMPARE(a.evidence.first().note, QStringLiteral("C1 SI-008 accepted"));
        QVERIFY(!a.toJson().contains(QLatin1String("summary_id")));
    }

    // The checks build no text of their own: a string literal in them is SQL, a key, a format, a
    // code — or a message id, and then one the catalogue knows.
    void theChecksSayOnlyMessageIds()
    {
        const QDir dir(kSource + QStringLiteral("/core/service/risk/checks"));
        const QStringList files = dir.entryList({QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files);
        QVERIFY(files.size() >= 12);
        static const QRegularExpression literal(QStringLiteral("\"((?:[^\"\\\\]|\\\\.)*)\""));
        static const QRegularExpression id(QStringLiteral("^[a-z_]+(\\.[a-z_]+)+$"));
        static const QRegularExpression allowed(QStringLiteral("^(SELECT .*|[a-z_]+(:([a-z_]+|%\\d))+|[a-z_]*|%1 %2|HH:mm|yyyy-MM-dd HH:mm)$"),
                                                QRegularExpression::DotMatchesEverythingOption);
        int ids = 0;
        for (const QString &name : files) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
            for (const QString &line : lines) {
                const QString code = line.trimmed();
                if (code.startsWith(QLatin1String("//")) || code.startsWith(QLatin1String("#include")))
                    continue;
                for (auto it = literal.globalMatch(code); it.hasNext();) {
                    const QString text = it.next().captured(1);
                    if (id.match(text).hasMatch()) {
                        ++ids;
                        QVERIFY2(RiskMessages::source(text), qPrintable(name + QLatin1String(": unknown message id ") + text));
                    } else {
                        // SQL spans lines; its continuation lines are quoted SQL too (upper-case words, ?, =).
                        const bool sql = text.contains(QRegularExpression(QStringLiteral("\\b(SELECT|FROM|WHERE|JOIN|AND|IN|ORDER BY|LIMIT)\\b")));
                        QVERIFY2(sql || allowed.match(text).hasMatch(), qPrintable(name + QLatin1String(": text built in a check: \"") + text + QLatin1Char('"')));
                    }
                }
            }
        }
        QVERIFY(ids >= 20);
    }
};

QTEST_GUILESS_MAIN(TestRiskMessages)
#include "tst_risk_messages.moc"
