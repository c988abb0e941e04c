#include "app/sim/SimHall.h"

#include "core/domain/catalogue/Catalogue.h"
#include "core/domain/org/Org.h"
#include "core/service/catalogue/CatalogueService.h"
#include "core/service/queue/QueueService.h"
#include "core/service/store/OrgRepository.h"
#include "core/service/store/ServerSchema.h"
#include "core/sql/Database.h"

namespace ow::sim {

SimHall::~SimHall()
{
    m_queue.reset();
    m_catalogue.reset();
    m_db.reset();
}

Result<std::unique_ptr<SimHall>> SimHall::open(const QList<WindowProfile> &windows, const HallQueueConfig &rules)
{
    std::unique_ptr<SimHall> h(new SimHall);
    if (!h->m_dir.isValid())
        return Error{ErrorCode::Internal, QStringLiteral("no temporary folder for the simulated hall"), {}};
    DatabaseLocation loc;
    loc.sqlitePath = h->m_dir.filePath(QStringLiteral("sim.sqlite"));
    auto db = ServerSchema::open(loc);
    if (!db)
        return db.error();
    h->m_db = std::move(db).value();
    h->m_catalogue = std::make_unique<CatalogueService>(*h->m_db, h->m_clock);
    if (auto imported = h->m_catalogue->import(Catalogue::bundledJson()); !imported)
        return imported.error();

    Hall hall;
    hall.code = hallCode();
    hall.level = OrgLevel::City; // alone in its database: no parent to hang under
    hall.name = {QStringLiteral(u"模拟县级人社服务大厅"), QStringLiteral("Simulated county service hall")};
    OrgRepository org(*h->m_db);
    auto id = org.insertHall(hall);
    if (!id)
        return id.error();
    for (const WindowProfile &p : windows) {
        Window w{p.number, p.comprehensive ? WindowKind::Comprehensive : WindowKind::Dedicated, {}};
        for (const auto &cw : p.categoryWeights)
            w.categories.append(cw.first);
        if (auto st = org.insertWindow(id.value(), w); !st)
            return st.error();
    }
    h->m_queue = std::make_unique<QueueService>(*h->m_db, h->m_clock, *h->m_catalogue, rules);
    return h;
}

} // namespace ow::sim
