#include "core/service/admin/OrgAdmin.h"

#include "core/domain/api/AdminMapping.h"
#include "core/domain/org/AdminRules.h"
#include "core/domain/org/AdminScope.h"
#include "core/domain/org/OrgInvariants.h"
#include "core/service/admin/AdminLog.h"
#include "core/service/admin/HallWork.h"
#include "core/service/catalogue/CatalogueService.h"
#include "core/service/queue/QueueService.h"
#include "core/service/store/OrgRepository.h"
#include "core/sql/Database.h"

namespace ow {

namespace {
QList<Hall> hallsOf(const QList<AdminHall> &tree)
{
    QList<Hall> out;
    for (const AdminHall &h : tree)
        out.append(hallOf(h));
    return out;
}

const AdminHall *find(const QList<AdminHall> &tree, const QString &code)
{
    for (const AdminHall &h : tree) {
        if (h.code == code)
            return &h;
    }
    return nullptr;
}

QString windowKey(const QString &hall, int number) { return hall + QLatin1Char('/') + QString::number(number); }

// A hall hangs below one the administrator manages; only a city administrator puts one at the
// top of the tree (a city hall: whoever administers it is a city administrator).
Status mayHangBelow(const AdminScope &scope, const QString &parent)
{
    if (!parent.isEmpty())
        return scope.require(parent);
    if (scope.managesAll())
        return okStatus();
    Error e = forbiddenError(QStringLiteral("only a city administrator puts a hall at the top"));
    e.text = {QT_TRANSLATE_NOOP("ow::Errors", "Only a city administrator may put a hall at the top of the tree."), {}};
    return e;
}
} // namespace

OrgAdmin::OrgAdmin(Database &db, AdminLog &log, QueueService &queue, const CatalogueService &catalogue)
    : m_db(db), m_log(log), m_queue(queue), m_catalogue(catalogue)
{}

Result<QList<AdminHall>> OrgAdmin::tree()
{
    auto halls = OrgRepository(m_db).halls();
    if (!halls)
        return halls.error();
    return adminViews(halls.value());
}

Result<AdminHall> OrgAdmin::managed(const Account &admin, const QList<AdminHall> &all, const QString &code)
{
    const AdminHall *h = find(all, code);
    if (!h)
        return notFoundError(QStringLiteral("unknown hall %1").arg(code));
    if (auto st = AdminScope(admin, hallsOf(all)).require(code); !st)
        return st.error();
    return *h;
}

Result<qint64> OrgAdmin::hallId(const QString &code)
{
    auto id = OrgRepository(m_db).hallId(code);
    if (!id)
        return id.error();
    if (!id.value())
        return notFoundError(QStringLiteral("unknown hall %1").arg(code));
    return *id.value();
}

Status OrgAdmin::changed()
{
    // The queue reads halls and windows again once this is stored (and not at all if it is not).
    m_db.afterCommit([queue = &m_queue] { queue->orgChanged(); });
    m_queue.orgChanged();
    return okStatus();
}

Result<AdminHallList> OrgAdmin::halls(const Account &admin)
{
    auto all = tree();
    if (!all)
        return all.error();
    const AdminScope scope(admin, hallsOf(all.value()));
    AdminHallList out;
    for (const AdminHall &h : all.value()) {
        if (scope.manages(h.code))
            out.halls.append(h);
    }
    return out;
}

Result<AdminHall> OrgAdmin::createHall(const Account &admin, const AdminHall &wanted)
{
    auto all = tree();
    if (!all)
        return all.error();
    if (find(all.value(), wanted.code)) {
        Error e = conflictError(QStringLiteral("hall code %1 is taken").arg(wanted.code));
        e.text = {QT_TRANSLATE_NOOP("ow::Errors", "The hall code %1 is already in use."), {wanted.code}};
        return e;
    }
    AdminHall h = wanted; // a new hall is open, and its windows are added one by one
    h.archived = false;
    h.windows.clear();
    if (const FieldProblems problems = AdminRules::checkHall(h, true, all.value()); !problems.isEmpty())
        return AdminRules::problemsError(problems);
    if (auto st = mayHangBelow(AdminScope(admin, hallsOf(all.value())), h.parent); !st)
        return st.error();
    if (auto id = OrgRepository(m_db).insertHall(hallOf(h)); !id)
        return id.error();
    if (auto st = m_log.record(&admin, h.code, QStringLiteral("hall"), h.code, QStringLiteral("create"), {}, h.toJson()); !st)
        return st.error();
    if (auto st = changed(); !st)
        return st.error();
    return h;
}

Result<AdminHall> OrgAdmin::updateHall(const Account &admin, const QString &code, const HallPatch &patch)
{
    auto all = tree();
    if (!all)
        return all.error();
    auto before = managed(admin, all.value(), code);
    if (!before)
        return before.error();
    if (patch.archived && *patch.archived && !before.value().archived) {
        // Archiving has its own rules (no open work, no open hall below) and its own record; the
        // other fields of the patch would be lost by it, so it comes alone.
        HallPatch rest = patch;
        rest.archived.reset();
        if (!rest.isEmpty())
            return invalidFieldError(QStringLiteral("archived"), QStringLiteral("archive a hall on its own, without other changes"));
        return archiveHall(admin, code);
    }
    AdminHall wanted = before.value();
    apply(patch, wanted);
    if (const FieldProblems problems = AdminRules::checkHall(wanted, false, all.value()); !problems.isEmpty())
        return AdminRules::problemsError(problems);
    if (wanted.parent != before.value().parent) {
        // Not `code` itself when the hall would go to the top: a hall administrator lifting their
        // own hall there would make themselves a city administrator.
        if (auto st = mayHangBelow(AdminScope(admin, hallsOf(all.value())), wanted.parent); !st)
            return st.error();
    }
    QList<AdminHall> after = all.value();
    for (AdminHall &h : after) {
        if (h.code == code)
            h = wanted;
    }
    if (const FieldProblems problems = AdminRules::checkPlace(wanted, after); !problems.isEmpty())
        return AdminRules::problemsError(problems);
    if (auto st = OrgRepository(m_db).updateHall(hallOf(wanted)); !st)
        return st.error();
    if (auto st = m_log.record(&admin, code, QStringLiteral("hall"), code, QStringLiteral("update"), before.value().toJson(),
                               wanted.toJson());
        !st)
        return st.error();
    if (auto st = changed(); !st)
        return st.error();
    return wanted;
}

Status OrgAdmin::openWork(const QString &code)
{
    auto id = hallId(code);
    if (!id)
        return id.error();
    auto hall = m_queue.hall(code);
    if (!hall)
        return hall.error();
    return HallWork(m_db).noOpenWork(id.value(), code, m_queue.serviceDay(*hall.value()));
}

Result<AdminHall> OrgAdmin::archiveHall(const Account &admin, const QString &code)
{
    auto all = tree();
    if (!all)
        return all.error();
    auto before = managed(admin, all.value(), code);
    if (!before)
        return before.error();
    if (before.value().archived)
        return before.value();
    if (auto st = OrgInvariants::mayArchive(code, all.value()); !st)
        return st.error();
    if (auto st = openWork(code); !st)
        return st.error();
    AdminHall after = before.value();
    after.archived = true;
    if (auto st = OrgRepository(m_db).updateHall(hallOf(after)); !st)
        return st.error();
    if (auto st = m_log.record(&admin, code, QStringLiteral("hall"), code, QStringLiteral("archive"), before.value().toJson(),
                               after.toJson());
        !st)
        return st.error();
    if (auto st = changed(); !st)
        return st.error();
    return after;
}

Status OrgAdmin::checkWindow(const AdminWindow &w, bool isNew, const AdminHall &hall)
{
    const Catalogue *catalogue = m_catalogue.current();
    if (!catalogue)
        return Error{ErrorCode::Internal, QStringLiteral("no catalogue"), {}};
    FieldProblems problems = AdminRules::checkWindow(w, isNew, hall);
    problems += AdminRules::checkCatalogueCodes(*catalogue, w.categories, w.weights.keys(), {});
    if (!problems.isEmpty())
        return AdminRules::problemsError(problems);
    return okStatus();
}

Result<AdminWindow> OrgAdmin::addWindow(const Account &admin, const QString &hallCode, const AdminWindow &wanted)
{
    auto all = tree();
    if (!all)
        return all.error();
    auto hall = managed(admin, all.value(), hallCode);
    if (!hall)
        return hall.error();
    for (const AdminWindow &w : hall.value().windows) {
        if (w.number == wanted.number) {
            Error e = conflictError(QStringLiteral("window %1 exists").arg(wanted.number));
            e.text = {QT_TRANSLATE_NOOP("ow::Errors", "Hall %1 already has a window %2."), {hallCode, QString::number(wanted.number)}};
            return e;
        }
    }
    if (auto st = OrgInvariants::mayAddWindow(hall.value()); !st)
        return st.error();
    AdminWindow w = wanted;
    w.retired = false;
    if (auto st = checkWindow(w, true, hall.value()); !st)
        return st.error();
    auto id = hallId(hallCode);
    if (!id)
        return id.error();
    if (auto st = OrgRepository(m_db).insertWindow(id.value(), windowOf(w)); !st)
        return st.error();
    if (auto st = changed(); !st)
        return st.error();
    if (w.autoAssign) {
        if (auto st = m_queue.setAutoAssign(hallCode, w.number, true, admin.id); !st)
            return st.error();
    }
    if (auto st = m_log.record(&admin, hallCode, QStringLiteral("window"), windowKey(hallCode, w.number), QStringLiteral("create"),
                               {}, w.toJson());
        !st)
        return st.error();
    return w;
}

Result<AdminWindow> OrgAdmin::liveWindow(const AdminHall &hall, int number)
{
    for (const AdminWindow &w : hall.windows) {
        if (w.number == number && !w.retired)
            return w;
    }
    return notFoundError(QStringLiteral("no window %1 in hall %2").arg(number).arg(hall.code));
}

Result<AdminWindow> OrgAdmin::updateWindow(const Account &admin, const QString &hallCode, int number, const WindowPatch &patch)
{
    auto all = tree();
    if (!all)
        return all.error();
    auto hall = managed(admin, all.value(), hallCode);
    if (!hall)
        return hall.error();
    auto found = liveWindow(hall.value(), number);
    if (!found)
        return found.error();
    const AdminWindow *before = &found.value();
    AdminWindow w = *before;
    apply(patch, w);
    if (auto st = checkWindow(w, false, hall.value()); !st)
        return st.error();
    auto id = hallId(hallCode);
    if (!id)
        return id.error();
    if (auto st = OrgRepository(m_db).updateWindow(id.value(), windowOf(w)); !st)
        return st.error();
    if (auto st = changed(); !st)
        return st.error();
    if (w.autoAssign != before->autoAssign) {
        if (auto st = m_queue.setAutoAssign(hallCode, number, w.autoAssign, admin.id); !st)
            return st.error();
    }
    if (auto st = m_log.record(&admin, hallCode, QStringLiteral("window"), windowKey(hallCode, number), QStringLiteral("update"),
                               before->toJson(), w.toJson());
        !st)
        return st.error();
    return w;
}

Status OrgAdmin::retireWindow(const Account &admin, const QString &hallCode, int number)
{
    auto all = tree();
    if (!all)
        return all.error();
    auto hall = managed(admin, all.value(), hallCode);
    if (!hall)
        return hall.error();
    auto found = liveWindow(hall.value(), number);
    if (!found)
        return found.error();
    const AdminWindow *before = &found.value();
    auto id = hallId(hallCode);
    if (!id)
        return id.error();
    if (auto st = HallWork(m_db).windowFree(id.value(), number); !st)
        return st;
    if (before->autoAssign) {
        if (auto st = m_queue.setAutoAssign(hallCode, number, false, admin.id); !st)
            return st.error();
    }
    // A window retired while open is closed as a teller closes it: its open time ends here
    // (window_events) and the screens hear of it.
    auto live = m_db.exec(QStringLiteral("SELECT state FROM window_states WHERE hall_id = ? AND number = ?"), {id.value(), number});
    if (!live)
        return live.error();
    if (live.value().next() && live.value().value(0).toString() != toString(WindowState::Closed)) {
        if (auto st = m_queue.closeWindow(hallCode, number, admin.id); !st)
            return st.error();
    }
    AdminWindow after = *before;
    after.retired = true;
    after.autoAssign = false;
    if (auto st = OrgRepository(m_db).updateWindow(id.value(), windowOf(after)); !st)
        return st;
    if (auto st = m_db.run(QStringLiteral("UPDATE window_states SET state = 'closed', teller_id = NULL WHERE hall_id = ? AND number = ?"),
                           {id.value(), number});
        !st)
        return st;
    if (auto st = changed(); !st)
        return st;
    return m_log.record(&admin, hallCode, QStringLiteral("window"), windowKey(hallCode, number), QStringLiteral("retire"),
                        before->toJson(), after.toJson());
}

} // namespace ow
