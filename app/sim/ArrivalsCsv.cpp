#include "app/sim/ArrivalsCsv.h"

#include "app/sim/CsvFile.h"
#include "core/domain/catalogue/Catalogue.h"
#include "core/domain/queue/QueueTypes.h"

#include <algorithm>

namespace ow::sim {

const QStringList &ArrivalsCsv::columns()
{
    static const QStringList c{QStringLiteral("time"), QStringLiteral("services"), QStringLiteral("priority_group"),
                               QStringLiteral("appointment_at")};
    return c;
}

static Result<QList<Arrival>> arrivalsOf(const CsvFile &file, const Catalogue &catalogue, const HallQueueConfig &rules)
{
    QList<Arrival> out;
    for (const CsvFile::Row &row : file.rows()) {
        Arrival a;
        auto at = file.time(row, 0);
        if (!at)
            return at.error();
        a.at = at.value();
        a.services = row.fields.at(1).split(QLatin1Char(';'), Qt::SkipEmptyParts);
        for (QString &s : a.services)
            s = s.trimmed();
        if (a.services.isEmpty())
            return file.problem(row.line, QStringLiteral("no services: at least one catalogue code is needed"));
        for (const QString &s : std::as_const(a.services)) {
            if (!catalogue.service(s))
                return file.problem(row.line, QStringLiteral("unknown service \"%1\"").arg(s));
        }
        a.priorityGroup = row.fields.at(2);
        if (!a.priorityGroup.isEmpty() && !rules.hasPriorityGroup(a.priorityGroup))
            return file.problem(row.line, QStringLiteral("unknown priority group \"%1\"").arg(a.priorityGroup));
        if (!row.fields.at(3).isEmpty()) {
            auto slot = file.time(row, 3);
            if (!slot)
                return slot.error();
            a.appointmentAt = slot.value();
        }
        out.append(a);
    }
    // The same instant keeps the file's order.
    std::stable_sort(out.begin(), out.end(), [](const Arrival &x, const Arrival &y) { return x.at < y.at; });
    return out;
}

Result<QList<Arrival>> ArrivalsCsv::read(const QString &path, const Catalogue &catalogue, const HallQueueConfig &rules)
{
    auto file = CsvFile::read(path, columns());
    if (!file)
        return file.error();
    return arrivalsOf(file.value(), catalogue, rules);
}

Result<QList<Arrival>> ArrivalsCsv::parse(const QString &name, const QByteArray &text, const Catalogue &catalogue,
                                          const HallQueueConfig &rules)
{
    auto file = CsvFile::parse(name, text, columns());
    if (!file)
        return file.error();
    return arrivalsOf(file.value(), catalogue, rules);
}

QByteArray ArrivalsCsv::write(const QList<Arrival> &arrivals)
{
    QByteArray out = columns().join(QLatin1Char(',')).toUtf8() + '\n';
    for (const Arrival &a : arrivals) {
        out += clockTextFull(a.at).toUtf8() + ',' + a.services.join(QLatin1Char(';')).toUtf8() + ',' + a.priorityGroup.toUtf8()
               + ',' + (a.appointmentAt >= 0 ? clockText(a.appointmentAt).toUtf8() : QByteArray()) + '\n';
    }
    return out;
}

} // namespace ow::sim
