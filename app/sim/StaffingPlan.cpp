#include "app/sim/StaffingPlan.h"

#include "app/sim/CsvFile.h"
#include "core/domain/catalogue/Catalogue.h"

#include <QSet>

#include <algorithm>

namespace ow::sim {

const QStringList &StaffingPlan::columns()
{
    static const QStringList c{QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("window"), QStringLiteral("kind"),
                               QStringLiteral("categories")};
    return c;
}

StaffingPlan StaffingPlan::fixed(int windows, DaySeconds from, DaySeconds to)
{
    StaffingPlan plan;
    for (int w = 1; w <= windows; ++w)
        plan.m_shifts.append(Shift{from, to, w, true, {}});
    return plan;
}

Result<StaffingPlan> StaffingPlan::read(const QString &path, const Catalogue &catalogue)
{
    auto file = CsvFile::read(path, columns());
    if (!file)
        return file.error();
    return fromFile(file.value(), catalogue);
}

Result<StaffingPlan> StaffingPlan::parse(const QString &name, const QByteArray &text, const Catalogue &catalogue)
{
    auto file = CsvFile::parse(name, text, columns());
    if (!file)
        return file.error();
    return fromFile(file.value(), catalogue);
}

Result<StaffingPlan> StaffingPlan::fromFile(const CsvFile &file, const Catalogue &catalogue)
{
    StaffingPlan plan;
    for (const CsvFile::Row &row : file.rows()) {
        Shift s;
        auto from = file.time(row, 0);
        if (!from)
            return from.error();
        auto to = file.time(row, 1);
        if (!to)
            return to.error();
        s.from = from.value();
        s.to = to.value();
        if (s.to <= s.from)
            return file.problem(row.line, QStringLiteral("\"to\" %1 is not after \"from\" %2").arg(row.fields.at(1), row.fields.at(0)));
        bool ok = false;
        s.window = row.fields.at(2).toInt(&ok);
        if (!ok || s.window < 1 || s.window > 99)
            return file.problem(row.line, QStringLiteral("window \"%1\" is not a number from 1 to 99").arg(row.fields.at(2)));
        const QString kind = row.fields.at(3);
        if (kind != QLatin1String("comprehensive") && kind != QLatin1String("dedicated"))
            return file.problem(row.line, QStringLiteral("kind \"%1\" is neither comprehensive nor dedicated").arg(kind));
        s.comprehensive = kind == QLatin1String("comprehensive");
        s.categories = row.fields.at(4).split(QLatin1Char(';'), Qt::SkipEmptyParts);
        for (QString &c : s.categories) {
            c = c.trimmed();
            if (!catalogue.category(c))
                return file.problem(row.line, QStringLiteral("unknown category \"%1\"").arg(c));
        }
        if (!s.comprehensive && s.categories.isEmpty())
            return file.problem(row.line, QStringLiteral("a dedicated window needs at least one category"));
        if (s.comprehensive)
            s.categories.clear();
        for (const Shift &other : std::as_const(plan.m_shifts)) {
            if (other.window == s.window && other.from < s.to && s.from < other.to)
                return file.problem(row.line, QStringLiteral("window %1 is already open from %2 to %3")
                                                  .arg(s.window)
                                                  .arg(clockText(other.from), clockText(other.to)));
        }
        plan.m_shifts.append(s);
    }
    std::stable_sort(plan.m_shifts.begin(), plan.m_shifts.end(),
                     [](const Shift &a, const Shift &b) { return a.from != b.from ? a.from < b.from : a.window < b.window; });
    return plan;
}

QList<int> StaffingPlan::windowNumbers() const
{
    QSet<int> seen;
    for (const Shift &s : m_shifts)
        seen.insert(s.window);
    QList<int> out(seen.begin(), seen.end());
    std::sort(out.begin(), out.end());
    return out;
}

WindowProfile StaffingPlan::firstProfile(int window) const
{
    for (const Shift &s : m_shifts) {
        if (s.window == window)
            return s.profile();
    }
    return WindowProfile{window, true, {}};
}

double StaffingPlan::staffHours() const
{
    double h = 0;
    for (const Shift &s : m_shifts)
        h += (s.to - s.from) / 3600.0;
    return h;
}

} // namespace ow::sim
