// What a report is asked for (ReportRequest: days, range, grouping, format — each refusal naming
// its parameter with a translated message), who reads which halls (ReportScope), and the CSV
// table (CsvTable: byte order mark, quoting, read back).
#include "core/domain/reports/CsvTable.h"
#include "core/domain/reports/ReportRequest.h"
#include "core/domain/reports/ReportScope.h"

#include <QTest>

using namespace ow;

namespace {
QList<Hall> tree()
{
    QList<Hall> halls;
    for (const auto &[code, parent, level] : {std::tuple{"MY-CITY", "", OrgLevel::City}, std::tuple{"MY-FC", "MY-CITY", OrgLevel::County},
                                              std::tuple{"MY-YX", "MY-CITY", OrgLevel::County},
                                              std::tuple{"MY-FC-CJ", "MY-FC", OrgLevel::Township}}) {
        Hall h;
        h.code = QString::fromLatin1(code);
        h.parentCode = QString::fromLatin1(parent);
        h.level = level;
        halls << h;
    }
    return halls;
}

Account account(Role role, const QString &hall, OrgLevel level)
{
    Account a;
    a.role = role;
    a.hallCode = hall;
    a.hallLevel = level;
    return a;
}
} // namespace

class TestReportRequest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("acceptsCsv");
        QTest::addColumn<QString>("badField"); // "": accepted
        const int q = int(ReportKind::Queue), c = int(ReportKind::Cases);
        QTest::newRow("one day") << q << "2026-11-02" << "2026-11-02" << "" << "" << false << "";
        QTest::newRow("a leap year: 366 days") << q << "2024-01-01" << "2024-12-31" << "day" << "" << false << "";
        QTest::newRow("367 days") << q << "2026-01-01" << "2027-01-02" << "" << "" << false << "to";
        QTest::newRow("backwards") << q << "2026-11-02" << "2026-11-01" << "" << "" << false << "to";
        QTest::newRow("no from") << q << "" << "2026-11-01" << "" << "" << false << "from";
        QTest::newRow("not a date") << q << "2026-11-02" << "2026-13-01" << "" << "" << false << "to";
        QTest::newRow("queue by window") << q << "2026-11-02" << "2026-11-02" << "window" << "" << false << "";
        QTest::newRow("queue by hour") << q << "2026-11-02" << "2026-11-02" << "hour" << "" << false << "";
        QTest::newRow("queue by office") << q << "2026-11-02" << "2026-11-02" << "office" << "" << false << "group";
        QTest::newRow("cases by reviewer") << c << "2026-11-02" << "2026-11-02" << "reviewer" << "" << false << "";
        QTest::newRow("cases by hour") << c << "2026-11-02" << "2026-11-02" << "hour" << "" << false << "group";
        QTest::newRow("by nonsense") << q << "2026-11-02" << "2026-11-02" << "colour" << "" << false << "group";
        QTest::newRow("csv") << q << "2026-11-02" << "2026-11-02" << "" << "csv" << false << "";
        QTest::newRow("xml") << q << "2026-11-02" << "2026-11-02" << "" << "xml" << false << "format";
    }

    void parse()
    {
        QFETCH(int, kind);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, group);
        QFETCH(QString, format);
        QFETCH(bool, acceptsCsv);
        QFETCH(QString, badField);
        const auto r = ReportRequest::parse(ReportKind(kind), from, to, QStringLiteral("MY-FC"), group, format, acceptsCsv);
        QCOMPARE(r.ok(), badField.isEmpty());
        if (!r) {
            QCOMPARE(toString(r.error().code), toString(ErrorCode::ValidationFailed));
            QVERIFY(r.error().extra.value(QLatin1String("fields")).toObject().contains(badField));
            QVERIFY(r.error().text.source); // a message for the person, translated where shown
            return;
        }
        QCOMPARE(r.value().hallCode, QStringLiteral("MY-FC"));
        QCOMPARE(toString(r.value().group), group.isEmpty() ? QStringLiteral("hall") : group);
        QCOMPARE(toString(r.value().format), format.isEmpty() ? QStringLiteral("json") : format);
    }

    void rangeMessages()
    {
        const auto backwards = ReportRequest::parse(ReportKind::Queue, QStringLiteral("2026-11-02"), QStringLiteral("2026-11-01"), {}, {}, {}, false);
        QCOMPARE(backwards.error().text.english(), QStringLiteral("The report's last day 2026-11-01 is before its first day 2026-11-02."));
        const auto long_ = ReportRequest::parse(ReportKind::Queue, QStringLiteral("2026-01-01"), QStringLiteral("2027-01-02"), {}, {}, {}, false);
        QCOMPARE(long_.error().text.english(), QStringLiteral("A report covers at most 366 days; 2026-01-01 to 2027-01-02 is 367 days."));
    }

    void acceptHeaderChoosesCsvUnlessFormatSays()
    {
        const QString day = QStringLiteral("2026-11-02");
        QCOMPARE(toString(ReportRequest::parse(ReportKind::Queue, day, day, {}, {}, {}, true).value().format), QStringLiteral("csv"));
        QCOMPARE(toString(ReportRequest::parse(ReportKind::Queue, day, day, {}, {}, QStringLiteral("json"), true).value().format),
                 QStringLiteral("json"));
    }

    void scope_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("hall");
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("asked");
        QTest::addColumn<QString>("expected"); // the halls, or the error code
        const int sup = int(Role::Supervisor), adm = int(Role::Admin), city = int(OrgLevel::City), county = int(OrgLevel::County);
        QTest::newRow("city supervisor, own") << sup << "MY-CITY" << city << "" << "MY-CITY MY-FC MY-YX MY-FC-CJ";
        QTest::newRow("city supervisor, a county") << sup << "MY-CITY" << city << "MY-FC" << "MY-FC MY-FC-CJ";
        QTest::newRow("city administrator") << adm << "MY-CITY" << city << "MY-YX" << "MY-YX";
        QTest::newRow("county supervisor, own") << sup << "MY-FC" << county << "" << "MY-FC MY-FC-CJ";
        QTest::newRow("county supervisor, below") << sup << "MY-FC" << county << "MY-FC-CJ" << "MY-FC-CJ";
        QTest::newRow("county supervisor, beside") << sup << "MY-FC" << county << "MY-YX" << "forbidden";
        QTest::newRow("county supervisor, above") << sup << "MY-FC" << county << "MY-CITY" << "forbidden";
        QTest::newRow("county supervisor, unknown") << sup << "MY-FC" << county << "NOPE" << "not_found";
        QTest::newRow("county administrator") << adm << "MY-FC" << county << "" << "forbidden";
        QTest::newRow("teller") << int(Role::Teller) << "MY-CITY" << city << "" << "forbidden";
        QTest::newRow("reviewer") << int(Role::Reviewer) << "MY-CITY" << city << "" << "forbidden";
        QTest::newRow("kiosk") << int(Role::Kiosk) << "MY-CITY" << city << "" << "forbidden";
        QTest::newRow("display") << int(Role::Display) << "MY-CITY" << city << "" << "forbidden";
    }

    void scope()
    {
        QFETCH(int, role);
        QFETCH(QString, hall);
        QFETCH(int, level);
        QFETCH(QString, asked);
        QFETCH(QString, expected);
        auto scope = ReportScope::of(account(Role(role), hall, OrgLevel(level)), tree());
        if (!scope) {
            QCOMPARE(toString(scope.error().code), expected);
            QVERIFY(scope.error().text.source);
            return;
        }
        const auto halls = scope.value().select(asked);
        if (!halls) {
            QCOMPARE(toString(halls.error().code), expected);
            QVERIFY(halls.error().text.source);
            return;
        }
        QStringList codes;
        for (const Hall &h : halls.value())
            codes << h.code;
        QCOMPARE(codes.join(QLatin1Char(' ')), expected);
    }

    void csv()
    {
        CsvTable table({QStringLiteral("key"), QStringLiteral("name_zh"), QStringLiteral("share")});
        table.addRow({QStringLiteral("MY-CITY"), QStringLiteral("绵阳市人社局, 市本级"), CsvTable::number(0.6667)});
        table.addRow({QStringLiteral("A\"1\""), QStringLiteral("two\nlines"), CsvTable::number(std::nullopt)});
        const QByteArray bytes = table.toUtf8();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF" "key,name_zh,share\r\n"));
        QVERIFY(bytes.contains("\"绵阳市人社局, 市本级\",0.6667\r\n"));
        QVERIFY(bytes.contains("\"A\"\"1\"\"\",\"two\nlines\",\r\n"));
        const QList<QStringList> back = CsvTable::parse(bytes);
        QCOMPARE(back.size(), 3);
        QCOMPARE(back.at(1), (QStringList{QStringLiteral("MY-CITY"), QStringLiteral("绵阳市人社局, 市本级"), QStringLiteral("0.6667")}));
        QCOMPARE(back.at(2), (QStringList{QStringLiteral("A\"1\""), QStringLiteral("two\nlines"), QString()}));
        QCOMPARE(CsvTable::number(236.0), QStringLiteral("236"));
        QCOMPARE(CsvTable::number(442.5), QStringLiteral("442.5"));
    }
};

QTEST_GUILESS_MAIN(TestReportRequest)
#include "tst_report_request.moc"
