#pragma once

#include "core/domain/api/AdminBodies.h"

#include <QWidget>

#include <array>

class QCheckBox;
class QLabel;
class QPushButton;
class QTimeEdit;

namespace ow {

// A hall's opening hours, a row per weekday: open or closed, from and to, and the lunch break if
// any. "Like Monday" copies Monday's hours to Tuesday–Friday.
class OpeningHoursEditor : public QWidget
{
    Q_OBJECT
public:
    explicit OpeningHoursEditor(QWidget *parent = nullptr);

    void setHours(const QList<OpeningHours> &hours);
    QList<OpeningHours> hours() const; // the open weekdays, Monday first
    // The usual week: Monday–Friday 09:00–17:00 with lunch 12:00–13:30, the weekend closed.
    static QList<OpeningHours> usualWeek();

Q_SIGNALS:
    void changed();

private:
    struct Row
    {
        QLabel *day = nullptr;
        QCheckBox *open = nullptr;
        QTimeEdit *from = nullptr;
        QTimeEdit *to = nullptr;
        QCheckBox *lunch = nullptr;
        QTimeEdit *lunchFrom = nullptr;
        QTimeEdit *lunchTo = nullptr;
    };
    void updateEnabled();
    void copyMonday();

    std::array<Row, 7> m_rows;
    QPushButton *m_likeMonday;
};

} // namespace ow
