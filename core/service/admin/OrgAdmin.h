#pragma once

#include "core/domain/api/AdminBodies.h"
#include "core/domain/security/Account.h"
#include "core/domain/util/Error.h"

namespace ow {

class AdminLog;
class CatalogueService;
class Database;
class QueueService;

// Halls and their windows, as administrators set them up: open a hall anywhere below one they
// manage, edit it, archive it once it has no open work; add, edit and retire windows (never
// while a citizen is at the window). The queue reads the changed org at once.
class OrgAdmin
{
public:
    OrgAdmin(Database &db, AdminLog &log, QueueService &queue, const CatalogueService &catalogue);

    Result<AdminHallList> halls(const Account &admin);
    Result<AdminHall> createHall(const Account &admin, const AdminHall &hall);
    Result<AdminHall> updateHall(const Account &admin, const QString &code, const HallPatch &patch);
    Result<AdminHall> archiveHall(const Account &admin, const QString &code);

    Result<AdminWindow> addWindow(const Account &admin, const QString &hallCode, const AdminWindow &window);
    Result<AdminWindow> updateWindow(const Account &admin, const QString &hallCode, int number, const WindowPatch &patch);
    Status retireWindow(const Account &admin, const QString &hallCode, int number);

private:
    Result<QList<AdminHall>> tree();
    Result<AdminHall> managed(const Account &admin, const QList<AdminHall> &tree, const QString &code);
    // A window of the hall in use (NotFound if there is none, or it is retired).
    static Result<AdminWindow> liveWindow(const AdminHall &hall, int number);
    Status checkWindow(const AdminWindow &window, bool isNew, const AdminHall &hall);
    Result<qint64> hallId(const QString &code);
    Status openWork(const QString &code);
    Status changed();

    Database &m_db;
    AdminLog &m_log;
    QueueService &m_queue;
    const CatalogueService &m_catalogue;
};

} // namespace ow
