// Training scenarios (issue 17): the file a trainer writes read and refused field by field, its
// generated citizens (valid ID numbers, marked names, the same for the same seed), and the review
// that finds a trainee's mistakes — each kind from hand-made facts, and nothing when the trainee
// did it right.
#include "core/domain/api/TrainingBodies.h"
#include "core/domain/catalogue/Catalogue.h"
#include "core/domain/training/TrainingReview.h"
#include "core/domain/training/TrainingScenario.h"
#include "core/domain/util/ResidentId.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace ow;

namespace {
const QDate kToday(2026, 12, 8);

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

ScenarioArrival arrival(QStringList services, QStringList missing = {})
{
    ScenarioArrival a;
    a.services = std::move(services);
    a.missing = std::move(missing);
    return a;
}

// A ticket of SI-008 served from 09:00 for `minutes` minutes, its matter settled as `outcome`.
Ticket served(int minutes, MatterOutcome outcome, const QString &service = QStringLiteral("SI-008"))
{
    Ticket t;
    t.id = 7;
    t.number = QStringLiteral("A001");
    t.state = TicketState::Finished;
    t.servingSince = QDateTime(kToday, QTime(9, 0), QTimeZone::utc());
    t.finishedAt = t.servingSince.addSecs(60LL * minutes);
    TicketMatter m;
    m.serviceCode = service;
    m.outcome = outcome;
    t.matters = {m};
    return t;
}

TrainingCaseFact caseOf(CaseAction decision, MaterialStatuses materials)
{
    return {QStringLiteral("FC20261208001"), QStringLiteral("SI-008"), decision, std::move(materials), QString()};
}
} // namespace

class TestTrainingScenario : public QObject
{
    Q_OBJECT
    Catalogue m_catalogue = Catalogue::fromJson(Catalogue::bundledJson()).value();

    // The kinds of the mistakes found, by their wire names.
    QStringList kinds(const ScenarioArrival &a, const TrainingTicketFacts &facts)
    {
        QStringList out;
        for (const TrainingMistake &m : TrainingReview::mistakes(0, a, facts, m_catalogue))
            out.append(toString(m.kind));
        return out;
    }

private Q_SLOTS:
    void aScenarioReadsAndWritesBack()
    {
        auto s = TrainingScenario::fromJson(parse(R"({"title":" 养老保险转移 ","seed":7,"arrivals":[
            {"at_minute":0,"services":["SI-008"]},
            {"at_minute":3,"services":["SI-008"],"missing":["transfer_cert"],"note":"一次性告知"},
            {"at_minute":5,"services":["EM-001"],"rating":"very_dissatisfied"}]})"));
        QVERIFY2(s, qPrintable(s ? QString() : s.error().detail));
        QCOMPARE(s.value().title, QStringLiteral("养老保险转移"));
        QCOMPARE(s.value().arrivals.size(), 3);
        QCOMPARE(s.value().arrivals.at(1).missing, QStringList{QStringLiteral("transfer_cert")});
        QVERIFY(s.value().arrivals.at(2).rating == RatingLevel::VeryDissatisfied);
        QCOMPARE(TrainingScenario::fromJson(s.value().toJson()).value(), s.value());
    }

    void aBadScenarioIsRefusedFieldByField()
    {
        auto s = TrainingScenario::fromJson(parse(R"({"arrivals":[{"at_minute":-1,"services":[]},{"services":["SI-008"],"rating":"meh"}]})"));
        QVERIFY(!s);
        const QJsonObject fields = s.error().extra.value(QLatin1String("fields")).toObject();
        QVERIFY2(fields.contains(QLatin1String("title")), qPrintable(QJsonDocument(fields).toJson()));
        QVERIFY(fields.contains(QLatin1String("arrivals[0].at_minute")));
        QVERIFY(fields.contains(QLatin1String("arrivals[0].services")));
        QVERIFY(fields.contains(QLatin1String("arrivals[1].rating")));
        QVERIFY(!TrainingScenario::fromJson(parse(R"({"title":"x","arrivals":[]})")));
    }

    void aFileNamesEveryProblemInWords()
    {
        auto notJson = TrainingScenario::fromFile("{\"title\": ");
        QVERIFY(!notJson);
        QVERIFY2(notJson.error().detail.startsWith(QLatin1String("not a JSON object")), qPrintable(notJson.error().detail));
        auto bad = TrainingScenario::fromFile(R"({"arrivals":[{"services":[]}]})");
        QVERIFY(!bad);
        QVERIFY2(bad.error().detail.contains(QLatin1String("title: required")), qPrintable(bad.error().detail));
        QVERIFY(bad.error().detail.contains(QLatin1String("arrivals[0].services: at least one matter")));
        QVERIFY(TrainingScenario::fromFile(R"({"title":"x","arrivals":[{"services":["SI-008"]}]})"));
    }

    void whatDoesNotFitTheCatalogueIsNamed()
    {
        TrainingScenario s;
        s.title = QStringLiteral("x");
        s.arrivals = {arrival({QStringLiteral("SI-008")}, {QStringLiteral("transfer_cert")}),
                      arrival({QStringLiteral("XX-999")}), arrival({QStringLiteral("SI-008")}, {QStringLiteral("photo")})};
        const QJsonObject problems = s.catalogueProblems(m_catalogue);
        QCOMPARE(problems.size(), 2);
        QVERIFY(problems.value(QLatin1String("arrivals[1].services")).toString().contains(QLatin1String("XX-999")));
        QVERIFY(problems.value(QLatin1String("arrivals[2].missing")).toString().contains(QLatin1String("photo")));
    }

    void citizensAreValidMarkedAndRepeatable()
    {
        const QList<TrainingCitizen> a = TrainingCitizens::generate(40, 7, kToday);
        QCOMPARE(a.size(), 40);
        QSet<QString> ids;
        QSet<QString> names;
        for (const TrainingCitizen &c : a) {
            names.insert(c.name);
            QCOMPARE(ResidentId::check(c.idNumber, kToday), ResidentId::Problem::None);
            QVERIFY(c.idNumber.startsWith(QLatin1String("5107")));
            QVERIFY(c.name.endsWith(TrainingCitizens::kMark));
            QCOMPARE(c.phone.size(), 11);
            ids.insert(c.idNumber);
        }
        QCOMPARE(ids.size(), 40);
        QCOMPARE(names.size(), 40); // told apart by name in the trainer's report
        QCOMPARE(TrainingCitizens::generate(40, 7, kToday), a);
        QVERIFY(TrainingCitizens::generate(40, 8, kToday) != a);
    }

    void rightWorkHasNoMistakes()
    {
        // SI-008 (committed, 12 minutes standard): everything brought, accepted in 10 minutes.
        TrainingTicketFacts facts{served(10, MatterOutcome::AcceptedAsCase), {caseOf(CaseAction::Accept, {
            {QStringLiteral("id_card"), MaterialStatus::Received}, {QStringLiteral("transfer_cert"), MaterialStatus::Received}})}, {}};
        QCOMPARE(kinds(arrival({QStringLiteral("SI-008")}), facts), QStringList{});
        // Transfer certificate left at home, and the refusal says so: right too.
        TrainingTicketFacts refused{served(5, MatterOutcome::Refused), {caseOf(CaseAction::Refuse, {
            {QStringLiteral("id_card"), MaterialStatus::Received}})}, {}};
        QCOMPARE(kinds(arrival({QStringLiteral("SI-008")}, {QStringLiteral("transfer_cert")}), refused), QStringList{});
    }

    void aMaterialLeftAtHomeTakenAsReceived()
    {
        TrainingTicketFacts facts{served(10, MatterOutcome::AcceptedAsCase), {caseOf(CaseAction::Accept, {
            {QStringLiteral("id_card"), MaterialStatus::Received}, {QStringLiteral("transfer_cert"), MaterialStatus::Received}})}, {}};
        const QList<TrainingMistake> m = TrainingReview::mistakes(2, arrival({QStringLiteral("SI-008")}, {QStringLiteral("transfer_cert")}), facts, m_catalogue);
        QCOMPARE(m.size(), 1);
        QVERIFY(m.first().kind == TrainingMistakeKind::WrongMaterialAccepted);
        QCOMPARE(m.first().arrival, 2);
        QCOMPARE(m.first().material, QStringLiteral("transfer_cert"));
        QCOMPARE(m.first().caseNumber, QStringLiteral("FC20261208001"));
        QCOMPARE(m.first().ticket, QStringLiteral("A001"));
        QCOMPARE(TrainingMistake::fromJson(m.first().toJson()).value(), m.first());
        // Done on the spot without a case, though a required material was missing: the same mistake.
        TrainingTicketFacts done{served(5, MatterOutcome::Done, QStringLiteral("PE-005")), {}, {}};
        QCOMPARE(kinds(arrival({QStringLiteral("PE-005")}, {QStringLiteral("id_card")}), done),
                 QStringList{QStringLiteral("wrong_material_accepted")});
        // An optional material left at home is no reason for anything.
        QCOMPARE(kinds(arrival({QStringLiteral("PE-005")}, {QStringLiteral("ss_card")}), done), QStringList{});
    }

    void aRefusalWhenEverythingWasBrought()
    {
        TrainingTicketFacts facts{served(5, MatterOutcome::Refused), {caseOf(CaseAction::Refuse, {
            {QStringLiteral("id_card"), MaterialStatus::Received}, {QStringLiteral("transfer_cert"), MaterialStatus::Received}})}, {}};
        QCOMPARE(kinds(arrival({QStringLiteral("SI-008")}), facts), QStringList{QStringLiteral("refusal_without_reason")});
        // Refused at finish, without a case.
        TrainingTicketFacts atFinish{served(5, MatterOutcome::Refused), {}, {}};
        QCOMPARE(kinds(arrival({QStringLiteral("SI-008")}, {QStringLiteral("power_of_attorney")}), atFinish),
                 QStringList{QStringLiteral("refusal_without_reason")});
    }

    void servedLongerThanTheStandard()
    {
        QCOMPARE(TrainingReview::standardMinutes({QStringLiteral("SI-008")}, m_catalogue), 12);
        QCOMPARE(TrainingReview::standardMinutes({QStringLiteral("SI-008"), QStringLiteral("PE-005")}, m_catalogue), 20);
        TrainingTicketFacts facts{served(13, MatterOutcome::AcceptedAsCase), {}, {}};
        const QList<TrainingMistake> m = TrainingReview::mistakes(0, arrival({QStringLiteral("SI-008")}), facts, m_catalogue);
        QCOMPARE(m.size(), 1);
        QVERIFY(m.first().kind == TrainingMistakeKind::TimeOverStandard);
        QCOMPARE(m.first().minutes, 13);
        QCOMPARE(m.first().standardMinutes, 12);
        QCOMPARE(kinds(arrival({QStringLiteral("SI-008")}), {served(12, MatterOutcome::AcceptedAsCase), {}, {}}), QStringList{});
    }

    void aStartRequestNamesItsScenarioProblemsUnderScenario()
    {
        auto r = StartTrainingRequest::fromJson(parse(R"({"hall":"MY-FC-CJ","trainee":"cj_teller1","scenario":{"arrivals":[]}})"));
        QVERIFY(!r);
        QVERIFY(r.error().extra.value(QLatin1String("fields")).toObject().contains(QLatin1String("scenario.title")));
        QVERIFY(!StartTrainingRequest::fromJson(parse(R"({"hall":"MY-FC-CJ","trainee":"cj_teller1"})")));
    }
};

QTEST_GUILESS_MAIN(TestTrainingScenario)
#include "tst_training_scenario.moc"
