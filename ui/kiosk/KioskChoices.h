#pragma once

#include <QString>
#include <QStringList>

namespace ow {

// What the citizen at the kiosk has chosen for the ticket so far; forgotten when the screen
// starts over, the resident ID number as soon as it has been sent.
struct KioskChoices
{
    QStringList matters;   // service codes, in the order chosen
    QString category;      // the category being browsed
    QString priorityGroup; // empty: none
    QString residentId;    // as typed

    void clear() { *this = KioskChoices{}; }
};

} // namespace ow
