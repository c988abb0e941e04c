#pragma once

#include "core/domain/api/CalendarBodies.h"

#include <QAbstractTableModel>

namespace ow {

// One year of the working-day calendar as a list of its special days, by date: each public
// holiday (法定节假日) and adjusted working weekend (调休上班日), with its weekday and, for a
// holiday, the days off it belongs to ("2月15日至2月23日放假，共9天"). The calendar keeps no
// festival names (an imported file's names are notes that are not kept), so none are shown.
class CalendarDayModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Date, Weekday, Kind, Note, ColumnCount };
    static constexpr int DateRole = Qt::UserRole + 1;    // QDate
    static constexpr int HolidayRole = Qt::UserRole + 2; // bool: a holiday, not a working weekend

    explicit CalendarDayModel(QObject *parent = nullptr);

    void setYear(const CalendarYearView &year);
    void clear();
    int year() const { return m_year; } // 0 when none is shown
    int rowOf(const QDate &day) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Day
    {
        QDate date;
        bool holiday = false;
        QDate first; // a holiday: the first and last day of the days off it is part of
        QDate last;
    };
    QString note(const Day &day) const;

    int m_year = 0;
    QList<Day> m_days;
};

} // namespace ow
