#include "core/domain/cases/WorkCalendar.h"

#include <QFile>
#include <QHash>
#include <QMap>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ow {

namespace {
bool isWeekend(const QDate &day)
{
    return day.dayOfWeek() >= Qt::Saturday;
}

constexpr int kFirstYear = 2000;
constexpr int kLastYear = 2100;

QString iso(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

QJsonArray isoArray(const QList<QDate> &days)
{
    QJsonArray out;
    for (const QDate &d : days)
        out.append(iso(d));
    return out;
}

QList<QDate> sortedIn(const QSet<QDate> &days, int year)
{
    QList<QDate> out;
    for (const QDate &d : days) {
        if (d.year() == year)
            out.append(d);
    }
    std::sort(out.begin(), out.end());
    return out;
}

// A line of CSV split at its commas; a field may be quoted ("…", with "" for a quote inside).
QStringList csvFields(const QString &line)
{
    QStringList out;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            out << field.trimmed();
            field.clear();
        } else {
            field += c;
        }
    }
    out << field.trimmed();
    return out;
}
} // namespace

// One day a file lists, and where it lists it (for the problem that names it).
struct WorkCalendar::ListedDay
{
    QDate day;
    bool workday = false; // an adjusted working weekend (调休上班), else a holiday
    QString where;
};

// What is wrong with a calendar file, by where: all of it is reported at once.
class WorkCalendar::Problems
{
public:
    void add(const QString &where, const QString &what)
    {
        const QString before = m_fields.value(where).toString();
        m_fields.insert(where, before.isEmpty() ? what : before + QStringLiteral("; ") + what);
        m_lines << where + QStringLiteral(": ") + what;
    }
    bool empty() const { return m_lines.isEmpty(); }
    Error error() const
    {
        return Error{ErrorCode::ValidationFailed, QStringLiteral("work calendar: ") + m_lines.join(QLatin1Char('\n')),
                     {{QLatin1String("fields"), m_fields}}};
    }

private:
    QJsonObject m_fields;
    QStringList m_lines;
};

QString toString(TimeLimitState v)
{
    switch (v) {
    case TimeLimitState::OnTime:
        return QStringLiteral("on_time");
    case TimeLimitState::Warning:
        return QStringLiteral("warning");
    case TimeLimitState::Overdue:
        return QStringLiteral("overdue");
    }
    return {};
}

std::optional<TimeLimitState> timeLimitStateFromString(QStringView s)
{
    for (TimeLimitState v : {TimeLimitState::OnTime, TimeLimitState::Warning, TimeLimitState::Overdue}) {
        if (s == toString(v))
            return v;
    }
    return std::nullopt;
}

TimeLimitState WorkCalendar::timeLimitState(const QDate &due, const QDate &today, int warningDays) const
{
    if (today > due)
        return TimeLimitState::Overdue;
    return workingDaysBetween(today, due) <= warningDays ? TimeLimitState::Warning : TimeLimitState::OnTime;
}

QByteArray WorkCalendar::bundledJson()
{
    QFile f(QStringLiteral(":/onewindow/calendar/work-calendar.json"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Result<WorkCalendar> WorkCalendar::fromJson(const QByteArray &json)
{
    Problems problems;
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        problems.add(QStringLiteral("file"), parseError.error != QJsonParseError::NoError
                                                 ? tr("Not JSON: %1 at character %2.").arg(parseError.errorString()).arg(parseError.offset)
                                                 : tr("Not a JSON object."));
        return problems.error();
    }
    const QJsonValue yearsValue = doc.object().value(QLatin1String("years"));
    if (!yearsValue.isObject() || yearsValue.toObject().isEmpty()) {
        problems.add(QStringLiteral("years"), tr("An object with at least one year, e.g. \"2027\": {\"holidays\": [...]}."));
        return problems.error();
    }
    const QJsonObject years = yearsValue.toObject();
    QList<ListedDay> listed;
    QMap<int, QString> yearWhere;
    for (auto it = years.begin(); it != years.end(); ++it) {
        const QString at = QStringLiteral("years.") + it.key();
        bool ok = false;
        const int year = it.key().toInt(&ok);
        if (!ok || year < kFirstYear || year > kLastYear) {
            problems.add(at, tr("Not a year from %1 to %2.").arg(kFirstYear).arg(kLastYear));
            continue;
        }
        if (!it.value().isObject()) {
            problems.add(at, tr("An object with \"holidays\" and \"working_weekends\"."));
            continue;
        }
        yearWhere.insert(year, at);
        const QJsonObject y = it.value().toObject();
        for (auto key = y.begin(); key != y.end(); ++key) {
            if (key.key() != QLatin1String("holidays") && key.key() != QLatin1String("working_weekends"))
                problems.add(at + QLatin1Char('.') + key.key(), tr("Unknown key: a year has \"holidays\" and \"working_weekends\"."));
        }
        for (const char *key : {"holidays", "working_weekends"}) {
            const QString list = at + QLatin1Char('.') + QLatin1String(key);
            const QJsonValue v = y.value(QLatin1String(key));
            if (!v.isUndefined() && !v.isArray()) {
                problems.add(list, tr("A list of dates."));
                continue;
            }
            const QJsonArray days = v.toArray();
            for (qsizetype i = 0; i < days.size(); ++i) {
                const QString where = QStringLiteral("%1[%2]").arg(list).arg(i);
                const QDate day = QDate::fromString(days.at(i).toString(), Qt::ISODate);
                if (!days.at(i).isString() || !day.isValid())
                    problems.add(where, tr("Not a date (yyyy-mm-dd)."));
                else if (day.year() != year)
                    problems.add(where, tr("%1 is not in %2.").arg(iso(day)).arg(year));
                else
                    listed.append({day, qstrcmp(key, "working_weekends") == 0, where});
            }
        }
    }
    return assemble(listed, yearWhere, problems);
}

Result<WorkCalendar> WorkCalendar::fromCsv(const QByteArray &csv)
{
    Problems problems;
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF))) // the byte order mark spreadsheets write
        text.remove(0, 1);
    const QStringList lines = text.split(QLatin1Char('\n'));
    QList<ListedDay> listed;
    QMap<int, QString> yearWhere;
    bool header = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = QString(lines.at(i)).remove(QLatin1Char('\r'));
        const QString at = QStringLiteral("line %1").arg(i + 1);
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = csvFields(line);
        if (!header) {
            header = true;
            const QStringList expected{QStringLiteral("date"), QStringLiteral("kind"), QStringLiteral("name")};
            QStringList given;
            for (const QString &f : fields)
                given << f.toLower();
            if (given != expected && given != expected.mid(0, 2))
                problems.add(at, tr("The first line must be the header date,kind,name."));
            continue;
        }
        if (fields.size() < 2 || fields.size() > 3) {
            problems.add(at, tr("Three columns: date,kind,name."));
            continue;
        }
        const QDate day = QDate::fromString(fields.at(0), Qt::ISODate);
        const QString kind = fields.at(1).toLower();
        bool fine = true;
        if (!day.isValid()) {
            problems.add(at + QStringLiteral(".date"), tr("Not a date (yyyy-mm-dd)."));
            fine = false;
        } else if (day.year() < kFirstYear || day.year() > kLastYear) {
            problems.add(at + QStringLiteral(".date"), tr("Not a year from %1 to %2.").arg(kFirstYear).arg(kLastYear));
            fine = false;
        }
        if (kind != QLatin1String("holiday") && kind != QLatin1String("workday")) {
            problems.add(at + QStringLiteral(".kind"), tr("holiday or workday (an adjusted working weekend)."));
            fine = false;
        }
        if (!fine)
            continue;
        if (!yearWhere.contains(day.year()))
            yearWhere.insert(day.year(), at + QStringLiteral(".date"));
        listed.append({day, kind == QLatin1String("workday"), at + QStringLiteral(".date")});
    }
    if (!header)
        problems.add(QStringLiteral("file"), tr("No days: the file is empty."));
    else if (listed.isEmpty() && problems.empty())
        problems.add(QStringLiteral("file"), tr("No days: only the header."));
    return assemble(listed, yearWhere, problems);
}

// Each day once, working weekends on weekends, at least one holiday a year.
Result<WorkCalendar> WorkCalendar::assemble(const QList<ListedDay> &listed, const QMap<int, QString> &yearWhere, Problems &problems)
{
    QHash<QDate, QString> seen; // where each day was listed first
    QSet<int> withHolidays;
    QList<std::pair<QDate, bool>> days;
    for (const ListedDay &d : listed) {
        if (const auto first = seen.constFind(d.day); first != seen.cend()) {
            problems.add(d.where, tr("%1 is listed already (%2).").arg(iso(d.day), *first));
            continue;
        }
        seen.insert(d.day, d.where);
        if (d.workday && !isWeekend(d.day)) {
            problems.add(d.where, tr("%1 is a weekday: only a Saturday or Sunday can be an adjusted working day.").arg(iso(d.day)));
            continue;
        }
        if (!d.workday)
            withHolidays.insert(d.day.year());
        days.append({d.day, d.workday});
    }
    for (auto it = yearWhere.begin(); it != yearWhere.end(); ++it) {
        if (!withHolidays.contains(it.key()))
            problems.add(it.value(), tr("%1 has no public holiday: every year has some.").arg(it.key()));
    }
    if (!problems.empty())
        return problems.error();
    WorkCalendar cal;
    cal.m_years = QSet<int>(yearWhere.keyBegin(), yearWhere.keyEnd());
    for (const auto &[day, workday] : days)
        (workday ? cal.m_workingWeekends : cal.m_holidays).insert(day);
    return cal;
}

QList<int> WorkCalendar::years() const
{
    QList<int> out(m_years.begin(), m_years.end());
    std::sort(out.begin(), out.end());
    return out;
}

QList<QDate> WorkCalendar::holidays(int year) const
{
    return sortedIn(m_holidays, year);
}

QList<QDate> WorkCalendar::workingWeekends(int year) const
{
    return sortedIn(m_workingWeekends, year);
}

QJsonObject WorkCalendar::yearJson(int year) const
{
    return {{QLatin1String("holidays"), isoArray(holidays(year))}, {QLatin1String("working_weekends"), isoArray(workingWeekends(year))}};
}

WorkCalendar WorkCalendar::mergedWith(const WorkCalendar &other) const
{
    WorkCalendar out = other;
    for (int year : m_years) {
        if (other.m_years.contains(year))
            continue;
        out.m_years.insert(year);
        for (const QDate &d : holidays(year))
            out.m_holidays.insert(d);
        for (const QDate &d : workingWeekends(year))
            out.m_workingWeekends.insert(d);
    }
    return out;
}

bool WorkCalendar::isWorkingDay(const QDate &day) const
{
    if (m_workingWeekends.contains(day))
        return true;
    return !isWeekend(day) && !m_holidays.contains(day);
}

bool WorkCalendar::paused(const QDate &day, const QList<ClockPause> &pauses) const
{
    // The day a supplement is returned to the citizen still counts; the day it comes back does not.
    return std::any_of(pauses.begin(), pauses.end(), [&day](const ClockPause &p) {
        return day > p.from && (!p.to.isValid() || day <= p.to);
    });
}

QDate WorkCalendar::addWorkingDays(const QDate &start, int days) const
{
    QDate day = start;
    for (int counted = 0; counted < days;) {
        day = day.addDays(1);
        if (isWorkingDay(day))
            ++counted;
    }
    return day;
}

int WorkCalendar::workingDaysBetween(const QDate &from, const QDate &to, const QList<ClockPause> &pauses) const
{
    int n = 0;
    for (QDate day = from.addDays(1); day <= to; day = day.addDays(1)) {
        if (isWorkingDay(day) && !paused(day, pauses))
            ++n;
    }
    return n;
}

QDate WorkCalendar::dueDate(const QDate &accepted, int days, const QList<ClockPause> &pauses, const QDate &today) const
{
    QList<ClockPause> closed = pauses; // a pause still open stands until today at least
    for (ClockPause &p : closed) {
        if (!p.to.isValid())
            p.to = std::max(today, p.from);
    }
    QDate day = accepted;
    for (int counted = 0; counted < days;) {
        day = day.addDays(1);
        if (isWorkingDay(day) && !paused(day, closed))
            ++counted;
    }
    return day;
}

} // namespace ow
