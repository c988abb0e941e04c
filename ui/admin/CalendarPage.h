#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace ow {

class AdminClient;
class CalendarDayModel;
struct CalendarYearView;

// The working-day calendar (工作日历), for the city's administrator: the years in effect — built
// into the server or imported — and a year's public holidays and adjusted working days; and the
// import of a new year's calendar file (JSON or CSV, by its extension). A refused file changes
// nothing; the server's reasons are listed with the line or entry at fault.
class CalendarPage : public QWidget
{
    Q_OBJECT
public:
    CalendarPage(AdminClient &admin, QWidget *parent = nullptr);

    CalendarDayModel *model() const { return m_model; }
    int currentYear() const;
    void showYear(int year);
    // Sends the file to the server as it is (what the import button does once a file is chosen).
    void importFile(const QString &path);
    // Where a problem of a calendar file is, as a person reads it: "line 4.kind" → "Line 4, column
    // “kind”", "years.2027.holidays[3]" → "2027, holidays, entry 4".
    static QString problemPlace(const QString &field);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onCalendarChanged();
    void fillYears();
    void showSelectedYear();
    void chooseFile();
    void say(const QString &text, bool problem = false);
    const CalendarYearView *shownYear() const;

    AdminClient &m_admin;
    CalendarDayModel *m_model;
    QLabel *m_hint;
    QLabel *m_yearLabel;
    QComboBox *m_years;
    QLabel *m_summary;
    QPushButton *m_import;
    QTableView *m_table;
    QLabel *m_message;
};

} // namespace ow
