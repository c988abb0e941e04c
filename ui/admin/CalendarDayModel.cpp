#include "ui/admin/CalendarDayModel.h"

#include "core/domain/org/AdminRules.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <algorithm>

namespace ow {

CalendarDayModel::CalendarDayModel(QObject *parent) : QAbstractTableModel(parent) {}

void CalendarDayModel::setYear(const CalendarYearView &year)
{
    QList<Day> days;
    for (const QDate &d : year.holidays)
        days.append({d, true, d, d});
    for (const QDate &d : year.workdays)
        days.append({d, false, {}, {}});
    std::sort(days.begin(), days.end(), [](const Day &a, const Day &b) { return a.date < b.date; });
    // Days off run on over consecutive holidays (a weekend inside a holiday week is listed too).
    for (qsizetype i = 0; i < days.size();) {
        if (!days.at(i).holiday) {
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        while (end < days.size() && days.at(end).holiday && days.at(end - 1).date.daysTo(days.at(end).date) == 1)
            ++end;
        for (qsizetype k = i; k < end; ++k) {
            days[k].first = days.at(i).date;
            days[k].last = days.at(end - 1).date;
        }
        i = end;
    }
    beginResetModel();
    m_year = year.year;
    m_days = days;
    endResetModel();
}

void CalendarDayModel::clear()
{
    beginResetModel();
    m_year = 0;
    m_days.clear();
    endResetModel();
}

int CalendarDayModel::rowOf(const QDate &day) const
{
    for (int i = 0; i < m_days.size(); ++i) {
        if (m_days.at(i).date == day)
            return i;
    }
    return -1;
}

void CalendarDayModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_days.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int CalendarDayModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_days.size());
}

int CalendarDayModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CalendarDayModel::note(const Day &day) const
{
    if (!day.holiday)
        return tr("Worked in place of a weekend day off");
    const QLocale locale;
    const QString format = tr("MMM d");
    const qint64 count = day.first.daysTo(day.last) + 1;
    if (count == 1)
        return tr("%1: 1 day off").arg(locale.toString(day.first, format));
    return tr("%1 to %2: %3 days off").arg(locale.toString(day.first, format), locale.toString(day.last, format)).arg(count);
}

QVariant CalendarDayModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Day &d = m_days.at(index.row());
    switch (role) {
    case DateRole:
        return d.date;
    case HolidayRole:
        return d.holiday;
    case Qt::ForegroundRole:
        if (index.column() == Kind)
            return QBrush(d.holiday ? QColor(0xb3, 0x26, 0x1e) : QColor(0x15, 0x65, 0xc0));
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Date:
        return d.date.toString(Qt::ISODate);
    case Weekday:
        return AdminRules::weekdayName(d.date.dayOfWeek());
    case Kind:
        return d.holiday ? tr("Public holiday") : tr("Adjusted working day");
    case Note:
        return note(d);
    default:
        return {};
    }
}

QVariant CalendarDayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case Weekday:
        return tr("Weekday");
    case Kind:
        return tr("Kind");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace ow
