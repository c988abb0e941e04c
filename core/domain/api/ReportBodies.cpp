#include "core/domain/api/ReportBodies.h"

#include "core/domain/reports/CsvTable.h"
#include "core/domain/util/JsonReader.h"

#include <QJsonArray>

#include <variant>

namespace ow {

namespace {

// One figure: its name in JSON and CSV, and where it is kept.
template<typename F>
struct Column
{
    const char *name;
    std::variant<int F::*, std::optional<double> F::*> member;
};

using Q = QueueFigures;
const Column<Q> kQueueColumns[] = {
    {"issued", &Q::issued},
    {"called", &Q::called},
    {"served", &Q::served},
    {"no_show", &Q::noShow},
    {"transferred", &Q::transferred},
    {"parked", &Q::parked},
    {"wait_mean_s", &Q::waitMean},
    {"wait_p50_s", &Q::waitP50},
    {"wait_p90_s", &Q::waitP90},
    {"wait_max_s", &Q::waitMax},
    {"within_promise", &Q::withinPromise},
    {"within_promise_share", &Q::withinPromiseShare},
    {"handled", &Q::handled},
    {"handling_mean_s", &Q::handlingMean},
    {"handling_p90_s", &Q::handlingP90},
    {"standard_mean_s", &Q::standardMean},
    {"within_standard", &Q::withinStandard},
    {"within_standard_share", &Q::withinStandardShare},
    {"very_satisfied", &Q::verySatisfied},
    {"satisfied", &Q::satisfied},
    {"basically_satisfied", &Q::basicallySatisfied},
    {"dissatisfied", &Q::dissatisfied},
    {"very_dissatisfied", &Q::veryDissatisfied},
    {"ratings", &Q::ratings},
    {"satisfaction", &Q::satisfaction},
    {"bad_reviews", &Q::badReviews},
    {"rectifications_open", &Q::rectificationsOpen},
    {"rectifications_overdue", &Q::rectificationsOverdue},
    {"rectifications_closed", &Q::rectificationsClosed},
    {"consultations", &Q::consultations},
    {"consultation_seconds", &Q::consultationSeconds},
    {"complaints", &Q::complaints},
    {"open_seconds", &Q::openSeconds},
    {"paused_seconds", &Q::pausedSeconds},
    {"idle_seconds", &Q::idleSeconds},
};

using C = CaseFigures;
const Column<C> kCaseColumns[] = {
    {"accepted", &C::accepted},
    {"on_the_spot", &C::onTheSpot},
    {"refused", &C::refused},
    {"approved", &C::approved},
    {"rejected", &C::rejected},
    {"decided", &C::decided},
    {"in_supplement", &C::inSupplement},
    {"pending", &C::pending},
    {"overdue", &C::overdue},
    {"decided_in_time", &C::decidedInTime},
    {"in_time_share", &C::inTimeShare},
};

template<typename F, std::size_t N>
void writeFigures(QJsonObject &o, const F &f, const Column<F> (&columns)[N])
{
    for (const Column<F> &c : columns) {
        const QLatin1StringView key(c.name);
        if (const auto *count = std::get_if<int F::*>(&c.member)) {
            o.insert(key, f.**count);
        } else {
            const std::optional<double> &v = f.*std::get<std::optional<double> F::*>(c.member);
            o.insert(key, v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null));
        }
    }
}

template<typename F, std::size_t N>
F readFigures(JsonReader &r, const Column<F> (&columns)[N])
{
    F f;
    for (const Column<F> &c : columns) {
        const QLatin1StringView key(c.name);
        if (const auto *count = std::get_if<int F::*>(&c.member)) {
            const qint64 v = r.requiredInteger(key);
            if (v < 0)
                r.problem(QString(key), QStringLiteral("not below 0"));
            f.**count = static_cast<int>(v);
        } else {
            f.*std::get<std::optional<double> F::*>(c.member) = r.has(key) ? std::optional<double>(r.number(key)) : std::nullopt;
        }
    }
    return f;
}

template<typename F, std::size_t N>
QStringList figureNames(const Column<F> (&columns)[N])
{
    QStringList out;
    for (const Column<F> &c : columns)
        out << QString::fromLatin1(c.name);
    return out;
}

template<typename F, std::size_t N>
QStringList figureCells(const F &f, const Column<F> (&columns)[N])
{
    QStringList out;
    for (const Column<F> &c : columns) {
        if (const auto *count = std::get_if<int F::*>(&c.member))
            out << QString::number(f.**count);
        else
            out << CsvTable::number(f.*std::get<std::optional<double> F::*>(c.member));
    }
    return out;
}

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

// What a row is, before its figures: key, hall, names.
QJsonObject rowHead(const QString &key, const QString &hall, const LocalizedName &name)
{
    return {{QLatin1String("key"), key},
            {QLatin1String("hall"), textOrNull(hall)},
            {QLatin1String("name_zh"), textOrNull(name.zh)},
            {QLatin1String("name_en"), textOrNull(name.en)}};
}

template<typename Row>
void readHead(JsonReader &r, Row &row)
{
    if (!r.object().contains(QLatin1String("key")))
        r.problem(QStringLiteral("key"), QStringLiteral("required"));
    row.key = r.text(QLatin1String("key"));
    row.hall = r.text(QLatin1String("hall"));
    row.name = {r.text(QLatin1String("name_zh")), r.text(QLatin1String("name_en"))};
}

const QStringList kHeadColumns{QStringLiteral("key"), QStringLiteral("hall"), QStringLiteral("name_zh"), QStringLiteral("name_en")};

QStringList headCells(const QString &key, const QString &hall, const LocalizedName &name)
{
    return {key, hall, name.zh, name.en};
}

// The parts every report has, around its total and rows.
template<typename Report>
QJsonObject reportHead(ReportKind kind, const Report &r)
{
    return {{QLatin1String("report"), toString(kind)},
            {QLatin1String("from"), dateJson(r.from)},
            {QLatin1String("to"), dateJson(r.to)},
            {QLatin1String("hall"), r.hall},
            {QLatin1String("group"), toString(r.group)},
            {QLatin1String("generated_at"), instantJson(r.generatedAt)},
            {QLatin1String("halls"), QJsonArray::fromStringList(r.halls)}};
}

template<typename Report>
void readReportHead(JsonReader &r, ReportKind kind, Report &report)
{
    if (r.requiredText(QLatin1String("report")) != toString(kind))
        r.problem(QStringLiteral("report"), toString(kind));
    report.from = r.date(QLatin1String("from"));
    report.to = r.date(QLatin1String("to"));
    if (!report.from.isValid())
        r.problem(QStringLiteral("from"), QStringLiteral("required"));
    if (!report.to.isValid())
        r.problem(QStringLiteral("to"), QStringLiteral("required"));
    report.hall = r.requiredText(QLatin1String("hall"));
    const auto group = r.enumValue<ReportGroup>(QLatin1String("group"), &reportGroupFromString);
    if (!r.has(QLatin1String("group")))
        r.problem(QStringLiteral("group"), QStringLiteral("required"));
    else if (group && !ReportRequest::groupsOf(kind).contains(*group))
        r.problem(QStringLiteral("group"), QStringLiteral("not a grouping of this report"));
    report.group = group.value_or(ReportGroup::Hall);
    report.generatedAt = r.instant(QLatin1String("generated_at"));
    report.halls = r.texts(QLatin1String("halls"));
}

QJsonObject binJson(const WaitBin &b)
{
    return {{QLatin1String("from_s"), b.fromSeconds},
            {QLatin1String("to_s"), b.toSeconds ? QJsonValue(*b.toSeconds) : QJsonValue(QJsonValue::Null)},
            {QLatin1String("count"), b.count}};
}

QList<WaitBin> readBins(JsonReader &r)
{
    QList<WaitBin> out;
    if (!r.has(QLatin1String("wait_histogram")))
        r.problem(QStringLiteral("wait_histogram"), QStringLiteral("required"));
    const QJsonArray bins = r.array(QLatin1String("wait_histogram"));
    for (qsizetype i = 0; i < bins.size(); ++i) {
        JsonReader b(bins.at(i).toObject());
        WaitBin bin;
        bin.fromSeconds = b.requiredInteger(QLatin1String("from_s"));
        if (b.has(QLatin1String("to_s")))
            bin.toSeconds = b.integer(QLatin1String("to_s"));
        bin.count = static_cast<int>(b.requiredInteger(QLatin1String("count")));
        if (bin.count < 0)
            b.problem(QStringLiteral("count"), QStringLiteral("not below 0"));
        for (auto it = b.problems().begin(); it != b.problems().end(); ++it)
            r.problem(QStringLiteral("wait_histogram[%1].%2").arg(i).arg(it.key()), it.value().toString());
        out.append(bin);
    }
    return out;
}

} // namespace

QJsonObject QueueReportRow::toJson() const
{
    QJsonObject o = rowHead(key, hall, name);
    writeFigures(o, figures, kQueueColumns);
    return o;
}

Result<QueueReportRow> QueueReportRow::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    QueueReportRow row;
    readHead(r, row);
    row.figures = readFigures(r, kQueueColumns);
    return r.finish(row);
}

QStringList QueueReportRow::csvColumns()
{
    return kHeadColumns + figureNames(kQueueColumns);
}

QStringList QueueReportRow::csvCells() const
{
    return headCells(key, hall, name) + figureCells(figures, kQueueColumns);
}

QJsonObject QueueReport::toJson() const
{
    QJsonObject o = reportHead(ReportKind::Queue, *this);
    o.insert(QLatin1String("window"), window > 0 ? QJsonValue(window) : QJsonValue(QJsonValue::Null));
    QJsonObject t;
    writeFigures(t, total, kQueueColumns);
    o.insert(QLatin1String("total"), t);
    QJsonArray bins;
    for (const WaitBin &b : waitHistogram)
        bins.append(binJson(b));
    o.insert(QLatin1String("wait_histogram"), bins);
    o.insert(QLatin1String("rows"), arrayOf(rows));
    return o;
}

Result<QueueReport> QueueReport::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    QueueReport report;
    readReportHead(r, ReportKind::Queue, report);
    report.window = static_cast<int>(r.integer(QLatin1String("window")));
    JsonReader total(r.nestedObject(QLatin1String("total")));
    report.total = readFigures(total, kQueueColumns);
    for (auto it = total.problems().begin(); it != total.problems().end(); ++it)
        r.problem(QStringLiteral("total.") + it.key(), it.value().toString());
    report.waitHistogram = readBins(r);
    report.rows = r.list<QueueReportRow>(QLatin1String("rows"));
    return r.finish(report);
}

QByteArray QueueReport::toCsv() const
{
    CsvTable table(QueueReportRow::csvColumns());
    for (const QueueReportRow &row : rows)
        table.addRow(row.csvCells());
    return table.toUtf8();
}

QJsonObject CaseReportRow::toJson() const
{
    QJsonObject o = rowHead(key, hall, name);
    writeFigures(o, figures, kCaseColumns);
    return o;
}

Result<CaseReportRow> CaseReportRow::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    CaseReportRow row;
    readHead(r, row);
    row.figures = readFigures(r, kCaseColumns);
    return r.finish(row);
}

QStringList CaseReportRow::csvColumns()
{
    return kHeadColumns + figureNames(kCaseColumns);
}

QStringList CaseReportRow::csvCells() const
{
    return headCells(key, hall, name) + figureCells(figures, kCaseColumns);
}

QJsonObject CaseReport::toJson() const
{
    QJsonObject o = reportHead(ReportKind::Cases, *this);
    QJsonObject t;
    writeFigures(t, total, kCaseColumns);
    o.insert(QLatin1String("total"), t);
    o.insert(QLatin1String("rows"), arrayOf(rows));
    return o;
}

Result<CaseReport> CaseReport::fromJson(const QJsonObject &o)
{
    JsonReader r(o);
    CaseReport report;
    readReportHead(r, ReportKind::Cases, report);
    JsonReader total(r.nestedObject(QLatin1String("total")));
    report.total = readFigures(total, kCaseColumns);
    for (auto it = total.problems().begin(); it != total.problems().end(); ++it)
        r.problem(QStringLiteral("total.") + it.key(), it.value().toString());
    report.rows = r.list<CaseReportRow>(QLatin1String("rows"));
    return r.finish(report);
}

QByteArray CaseReport::toCsv() const
{
    CsvTable table(CaseReportRow::csvColumns());
    for (const CaseReportRow &row : rows)
        table.addRow(row.csvCells());
    return table.toUtf8();
}

} // namespace ow
