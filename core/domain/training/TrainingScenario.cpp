#include "core/domain/training/TrainingScenario.h"

#include "core/domain/catalogue/Catalogue.h"
#include "core/domain/util/JsonReader.h"
#include "core/domain/util/ResidentId.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>

namespace ow {

QJsonObject ScenarioArrival::toJson() const
{
    QJsonObject o{{QLatin1String("at_minute"), atMinute}, {QLatin1String("services"), QJsonArray::fromStringList(services)}};
    if (!missing.isEmpty())
        o.insert(QLatin1String("missing"), QJsonArray::fromStringList(missing));
    if (rating)
        o.insert(QLatin1String("rating"), toString(*rating));
    putText(o, QLatin1String("note"), note);
    return o;
}

Result<ScenarioArrival> ScenarioArrival::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    ScenarioArrival a;
    a.atMinute = static_cast<int>(r.integer(QLatin1String("at_minute")));
    if (a.atMinute < 0 || a.atMinute > TrainingScenario::kMaxMinute)
        r.problem(QStringLiteral("at_minute"), QStringLiteral("from 0 to %1").arg(TrainingScenario::kMaxMinute));
    a.services = r.texts(QLatin1String("services"));
    if (a.services.isEmpty() && !r.problems().contains(QLatin1String("services")))
        r.problem(QStringLiteral("services"), QStringLiteral("at least one matter"));
    a.missing = r.texts(QLatin1String("missing"));
    a.rating = r.enumValue(QLatin1String("rating"), &ratingLevelFromString);
    a.note = r.text(QLatin1String("note"));
    return r.finish(a);
}

QJsonObject TrainingScenario::toJson() const
{
    return {{QLatin1String("title"), title}, {QLatin1String("seed"), seed}, {QLatin1String("arrivals"), arrayOf(arrivals)}};
}

Result<TrainingScenario> TrainingScenario::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    TrainingScenario s;
    s.title = r.requiredText(QLatin1String("title")).trimmed();
    s.seed = static_cast<int>(r.integer(QLatin1String("seed"), 1));
    s.arrivals = r.list<ScenarioArrival>(QLatin1String("arrivals"));
    if (s.arrivals.isEmpty() && r.ok())
        r.problem(QStringLiteral("arrivals"), QStringLiteral("at least one arrival"));
    if (s.arrivals.size() > kMaxArrivals)
        r.problem(QStringLiteral("arrivals"), QStringLiteral("at most %1 arrivals").arg(kMaxArrivals));
    return r.finish(s);
}

Result<TrainingScenario> TrainingScenario::fromFile(const QByteArray &contents)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(contents, &error);
    if (!doc.isObject()) {
        Error e = invalidFieldsError({});
        e.detail = QStringLiteral("not a JSON object: %1").arg(error.error == QJsonParseError::NoError ? QStringLiteral("an array") : error.errorString());
        return e;
    }
    auto scenario = fromJson(doc.object());
    if (scenario)
        return scenario;
    Error e = scenario.error();
    const QJsonObject fields = e.extra.value(QLatin1String("fields")).toObject();
    QStringList problems;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        problems << QStringLiteral("%1: %2").arg(it.key(), it.value().toString());
    e.detail = problems.join(QStringLiteral("; "));
    return e;
}

QJsonObject TrainingScenario::catalogueProblems(const Catalogue &catalogue) const
{
    QJsonObject out;
    for (qsizetype i = 0; i < arrivals.size(); ++i) {
        const ScenarioArrival &a = arrivals.at(i);
        QSet<QString> materials;
        for (const QString &code : a.services) {
            const ServiceItem *s = catalogue.service(code);
            if (!s) {
                out.insert(QStringLiteral("arrivals[%1].services").arg(i), QStringLiteral("unknown matter %1").arg(code));
                continue;
            }
            for (const Material &m : s->materials)
                materials.insert(m.code);
        }
        for (const QString &code : a.missing) {
            if (!materials.contains(code))
                out.insert(QStringLiteral("arrivals[%1].missing").arg(i), QStringLiteral("%1 is no material of these matters").arg(code));
        }
    }
    return out;
}

const QString TrainingCitizens::kMark = QStringLiteral("（培训）");

QJsonObject TrainingCitizen::toJson() const
{
    return {{QLatin1String("id_number"), idNumber}, {QLatin1String("name"), name}, {QLatin1String("phone"), phone}};
}

Result<TrainingCitizen> TrainingCitizen::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    TrainingCitizen c{r.requiredText(QLatin1String("id_number")), r.requiredText(QLatin1String("name")), r.text(QLatin1String("phone"))};
    return r.finish(c);
}

QList<TrainingCitizen> TrainingCitizens::generate(int count, int seed, QDate today)
{
    static const char16_t *const surnames[] = {u"赵", u"钱", u"孙", u"李", u"周", u"吴", u"郑", u"王", u"冯", u"陈", u"褚", u"卫", u"蒋", u"沈", u"韩", u"杨"};
    static const char16_t *const given[] = {u"明远", u"晓梅", u"建国", u"丽华", u"志强", u"秀英", u"海燕", u"德明",
                                            u"春生", u"桂兰", u"玉兰", u"文杰", u"思远", u"雨涵", u"子轩", u"欣怡"};
    static const char *const regions[] = {"510703", "510704", "510705", "510722", "510723", "510781"}; // 绵阳: 涪城 游仙 安州 三台 盐亭 江油
    QRandomGenerator rng(static_cast<quint32>(seed));
    QList<TrainingCitizen> out;
    QSet<QString> ids;
    QSet<QString> names;
    while (out.size() < count) {
        const QDate birth = today.addYears(-18 - static_cast<int>(rng.bounded(45))).addDays(-static_cast<int>(rng.bounded(365)));
        const QString first17 = QString::fromLatin1(regions[rng.bounded(6)]) + birth.toString(QStringLiteral("yyyyMMdd"))
                                + QStringLiteral("%1").arg(rng.bounded(1000), 3, 10, QLatin1Char('0'));
        const QString id = first17 + ResidentId::checksumCharacter(first17);
        const QString name = QString::fromUtf16(surnames[rng.bounded(16)]) + QString::fromUtf16(given[rng.bounded(16)]) + kMark;
        // Different people in one session: a trainer tells them apart by name (256 names at most).
        if (ids.contains(id) || (names.contains(name) && names.size() < 256))
            continue;
        ids.insert(id);
        names.insert(name);
        out.append({id, name, QStringLiteral("1990000%1").arg(out.size(), 4, 10, QLatin1Char('0'))});
    }
    return out;
}

} // namespace ow
