#pragma once

#include "app/sim/SimTypes.h"
#include "core/domain/util/Error.h"

namespace ow {
class Catalogue;
}

namespace ow::sim {

class CsvFile;

// Which windows are open when, with what profile. The file: `from,to,window,kind,categories` —
// one row per window and period it is open (HH:MM, `to` exclusive), kind `comprehensive` or
// `dedicated`, the categories of a dedicated window separated by ";". A window's periods may not
// overlap. A plan for a whole day in half-hours is one row per window and run of half-hours.
class StaffingPlan
{
public:
    static const QStringList &columns();
    // `windows` comprehensive windows open from `from` to `to`.
    static StaffingPlan fixed(int windows, DaySeconds from, DaySeconds to);
    static Result<StaffingPlan> read(const QString &path, const Catalogue &catalogue);
    static Result<StaffingPlan> parse(const QString &name, const QByteArray &text, const Catalogue &catalogue);

    const QList<Shift> &shifts() const { return m_shifts; }
    QList<int> windowNumbers() const; // ascending
    // The profile a window is first opened with (comprehensive if it never opens).
    WindowProfile firstProfile(int window) const;
    double staffHours() const;

private:
    static Result<StaffingPlan> fromFile(const CsvFile &file, const Catalogue &catalogue);
    QList<Shift> m_shifts; // by start, then window
};

} // namespace ow::sim
