#pragma once

#include "core/domain/util/Error.h"

namespace ow {

class Database;

// The work still open at a hall or at one of its windows: asked before the hall is archived or
// the window retired, whether by its form (OrgAdmin) or by an imported document (OrgExchange).
class HallWork
{
public:
    explicit HallWork(Database &db) : m_db(db) {}

    // Conflict while the hall has tickets in the line of `serviceDay` (its today; one left over
    // from an earlier day is not work any more) or cases not finished, whichever hall handles,
    // processes or hands them out.
    Status noOpenWork(qint64 hallId, const QString &hallCode, const QString &serviceDay) const;
    // Conflict while a ticket is called or served at the window.
    Status windowFree(qint64 hallId, int number) const;

private:
    Database &m_db;
};

} // namespace ow
