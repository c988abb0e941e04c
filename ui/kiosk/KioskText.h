#pragma once

#include "core/domain/queue/PriorityGroups.h"

#include <QCoreApplication>
#include <QString>

namespace ow {

class ClientSession;

// The kiosk's words. Every page of the kiosk translates through KioskText::tr, in the one
// context "ow::KioskScreen": the kiosk is translated as one screen, whichever class shows a text
// (as Qt Creator's Tr does per plugin).
class KioskText
{
    Q_DECLARE_TR_FUNCTIONS(ow::KioskScreen)
public:
    // zh_CN or en: the language the kiosk shows now.
    static QString language();
    // A matter's name from the catalogue in the current language (its code if unknown).
    static QString serviceName(const ClientSession &session, const QString &code);
    // A priority group as the citizen reads it, by the hall's names; none for the empty code.
    static QString priorityLabel(const QString &group);
    // The hall's priority groups (its queue rules, read from the server after login), in the
    // order they are offered. A kiosk serves one hall: one list for the whole program. Until
    // set, the bureau's four.
    static const QList<PriorityGroup> &priorityGroups();
    static void setPriorityGroups(const QList<PriorityGroup> &groups);
};

} // namespace ow
