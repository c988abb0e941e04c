#include "core/client/OfflineCounter.h"

#include "core/client/ClientSession.h"
#include "core/client/LocalCache.h"
#include "core/client/SyncAgent.h"
#include "core/client/api/QueueApi.h"
#include "core/domain/util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>

namespace ow {

namespace {

// The ticket at the window, kept in the local file as the body it will be sent as. Read back as
// called: serving it again starts its serving time anew.
OfflineTicket ticketFrom(const QJsonObject &o)
{
    auto read = OfflineTicket::fromJson(o);
    OfflineTicket t = read ? std::move(read).value() : OfflineTicket();
    t.state = TicketState::Called;
    return t;
}

} // namespace

OfflineCounter::OfflineCounter(ClientSession &session, QObject *parent) : QObject(parent), m_session(session) {}

QString OfflineCounter::serviceDayOf(const QDateTime &at) const
{
    Hall hall; // unknown: the default zone of a hall
    if (m_session.isLoggedIn()) {
        for (const Hall &h : m_session.halls()) {
            if (h.code == m_session.account().hallCode)
                hall = h;
        }
    }
    return serviceDay(hall, at).toString(Qt::ISODate);
}

QString OfflineCounter::today() const
{
    return serviceDayOf(m_session.clock().now());
}

QString OfflineCounter::key() const
{
    return QStringLiteral("offline-window/%1").arg(m_window);
}

void OfflineCounter::setWindow(int window)
{
    if (window == m_window)
        return;
    m_window = window;
    load();
    Q_EMIT changed();
}

void OfflineCounter::load()
{
    m_blocks.clear();
    m_caseBlocks.clear();
    m_used.clear();
    m_current.reset();
    LocalCache *cache = m_session.cache();
    if (!cache || m_window <= 0)
        return;
    auto doc = cache->document(key());
    if (!doc || !doc.value())
        return;
    const QJsonObject o = QJsonDocument::fromJson(doc.value()->body).object();
    for (const QJsonValue &v : o.value(QLatin1String("blocks")).toArray()) {
        const QJsonObject b = v.toObject();
        m_blocks.append({b.value(QLatin1String("day")).toString(), b.value(QLatin1String("prefix")).toString(),
                         b.value(QLatin1String("first")).toInt(), b.value(QLatin1String("last")).toInt()});
    }
    for (const QJsonValue &v : o.value(QLatin1String("case_blocks")).toArray()) {
        const QJsonObject b = v.toObject();
        m_caseBlocks.append({b.value(QLatin1String("day")).toString(), b.value(QLatin1String("stem")).toString(),
                             b.value(QLatin1String("first")).toInt(), b.value(QLatin1String("last")).toInt()});
    }
    const QJsonObject used = o.value(QLatin1String("used")).toObject();
    for (auto it = used.begin(); it != used.end(); ++it) {
        for (const QJsonValue &n : it.value().toArray())
            m_used[it.key()].insert(n.toInt());
    }
    if (o.contains(QLatin1String("current")))
        m_current = ticketFrom(o.value(QLatin1String("current")).toObject());
}

Status OfflineCounter::save() const
{
    LocalCache *cache = m_session.cache();
    if (!cache)
        return Error{ErrorCode::Unavailable, tr("Please log in again."), {}};
    const QString day = today();
    const auto blocksOf = [&day](const QList<Block> &list, const QLatin1String &prefixKey) {
        QJsonArray out;
        for (const Block &b : list) {
            if (b.day == day) // yesterday's numbers are of no use
                out.append(QJsonObject{{QLatin1String("day"), b.day}, {prefixKey, b.prefix},
                                       {QLatin1String("first"), b.first}, {QLatin1String("last"), b.last}});
        }
        return out;
    };
    const QJsonArray blocks = blocksOf(m_blocks, QLatin1String("prefix"));
    QJsonObject used;
    for (auto it = m_used.begin(); it != m_used.end(); ++it) {
        if (!it.key().startsWith(day))
            continue;
        QJsonArray numbers;
        for (int n : it.value())
            numbers.append(n);
        used.insert(it.key(), numbers);
    }
    QJsonObject o{{QLatin1String("blocks"), blocks},
                  {QLatin1String("case_blocks"), blocksOf(m_caseBlocks, QLatin1String("stem"))},
                  {QLatin1String("used"), used}};
    if (m_current)
        o.insert(QLatin1String("current"), m_current->toJson());
    return cache->putDocument(key(), QJsonDocument(o).toJson(QJsonDocument::Compact), {}, m_session.clock().now());
}

void OfflineCounter::renew()
{
    if (m_window <= 0 || !m_session.isLoggedIn())
        return;
    QPointer<OfflineCounter> self(this);
    QueueApi(m_session.api()).lease(m_session.account().hallCode, m_window, {}, [self](Result<NumberLeases> reply) {
        if (!self || !reply)
            return; // offline or refused: the blocks held so far stay
        for (const NumberLease &l : reply.value().blocks) {
            const Block block{l.serviceDay, l.prefix, l.first, l.last};
            const bool known = std::any_of(self->m_blocks.begin(), self->m_blocks.end(), [&block](const Block &k) {
                return k.day == block.day && k.prefix == block.prefix && k.first == block.first;
            });
            if (!known)
                self->m_blocks.append(block);
        }
        for (const CaseNumberLease &l : reply.value().caseBlocks.value_or(QList<CaseNumberLease>())) {
            const Block block{l.day, l.stem, l.first, l.last};
            const bool known = std::any_of(self->m_caseBlocks.begin(), self->m_caseBlocks.end(),
                                           [&block](const Block &k) { return k.prefix == block.prefix && k.first == block.first; });
            if (!known)
                self->m_caseBlocks.append(block);
        }
        if (auto st = self->save(); !st)
            Q_EMIT self->message(st.error().detail);
        Q_EMIT self->changed();
    });
}

int OfflineCounter::available(const QString &prefix) const
{
    const QString day = today();
    const QSet<int> used = m_used.value(day + QLatin1Char('/') + prefix);
    int free = 0;
    for (const Block &b : m_blocks) {
        if (b.day != day || b.prefix != prefix)
            continue;
        for (int n = b.first; n <= b.last; ++n)
            free += used.contains(n) ? 0 : 1;
    }
    return free;
}

int OfflineCounter::availableTotal() const
{
    QSet<QString> prefixes;
    for (const Block &b : m_blocks)
        prefixes.insert(b.prefix);
    int total = 0;
    for (const QString &p : std::as_const(prefixes))
        total += available(p);
    return total;
}

int OfflineCounter::availableCaseNumbers() const
{
    const QString day = today();
    int free = 0;
    for (const Block &b : m_caseBlocks) {
        const QSet<int> used = m_used.value(day + QLatin1Char('/') + b.prefix);
        for (int n = b.first; n <= b.last && b.day == day; ++n)
            free += used.contains(n) ? 0 : 1;
    }
    return free;
}

Result<QString> OfflineCounter::takeCaseNumber()
{
    const QString day = today();
    for (const Block &b : std::as_const(m_caseBlocks)) {
        if (b.day != day)
            continue;
        QSet<int> &used = m_used[day + QLatin1Char('/') + b.prefix];
        for (int n = b.first; n <= b.last; ++n) {
            if (used.contains(n))
                continue;
            used.insert(n);
            if (auto st = save(); !st) {
                used.remove(n);
                return st.error();
            }
            Q_EMIT changed();
            return b.prefix + QStringLiteral("%1").arg(n, 4, 10, QLatin1Char('0'));
        }
    }
    return Error{ErrorCode::Conflict, tr("This window holds no free case number today; cases can be accepted again when the server is back."), {}};
}

Result<OfflineTicket> OfflineCounter::issue(const QStringList &services)
{
    if (m_current)
        return Error{ErrorCode::Conflict, tr("Finish the ticket at the window first."), {}};
    const Catalogue *catalogue = m_session.catalogue();
    const ServiceItem *service = catalogue && !services.isEmpty() ? catalogue->service(services.first()) : nullptr;
    const Category *category = service ? catalogue->category(service->category) : nullptr;
    if (!category)
        return Error{ErrorCode::ValidationFailed, tr("Choose a matter from the catalogue."), {}};
    const QString day = today();
    QSet<int> &used = m_used[day + QLatin1Char('/') + category->prefix];
    for (const Block &b : std::as_const(m_blocks)) {
        if (b.day != day || b.prefix != category->prefix)
            continue;
        for (int n = b.first; n <= b.last; ++n) {
            if (used.contains(n))
                continue;
            used.insert(n);
            OfflineTicket t;
            t.hallCode = m_session.account().hallCode;
            t.window = m_window;
            t.number = category->prefix + QStringLiteral("%1").arg(n, 3, 10, QLatin1Char('0'));
            t.services = services;
            t.issuedAt = m_session.clock().now();
            t.calledAt = t.issuedAt; // the citizen is at the window already
            t.state = TicketState::Called;
            m_current = t;
            if (auto st = save(); !st) {
                used.remove(n);
                m_current.reset();
                return st.error();
            }
            Q_EMIT changed();
            return t;
        }
    }
    return Error{ErrorCode::Conflict, tr("This window holds no free number for %1 today; it gets more when the server is back.").arg(category->prefix), {}};
}

Status OfflineCounter::serve()
{
    if (!m_current)
        return Error{ErrorCode::Conflict, tr("There is no ticket at this window."), {}};
    m_current->servingSince = m_session.clock().now();
    m_current->state = TicketState::Serving;
    if (auto st = save(); !st)
        return st;
    Q_EMIT changed();
    return okStatus();
}

Status OfflineCounter::finish(const QList<MatterResult> &results)
{
    if (m_current && !m_current->servingSince.isValid())
        m_current->servingSince = m_current->calledAt;
    return close(TicketState::Finished, results);
}

Status OfflineCounter::noShow()
{
    return close(TicketState::NoShow, {});
}

// The whole ticket goes into the outbox first; only then is the window free again.
Status OfflineCounter::close(TicketState state, const QList<MatterResult> &results)
{
    if (!m_current)
        return Error{ErrorCode::Conflict, tr("There is no ticket at this window."), {}};
    SyncAgent *sync = m_session.sync();
    if (!sync)
        return Error{ErrorCode::Unavailable, tr("Please log in again."), {}};
    OfflineTicket t = *m_current;
    t.state = state;
    t.results = results;
    t.finishedAt = m_session.clock().now();
    if (state == TicketState::NoShow)
        t.servingSince = QDateTime();
    t.window = m_window;
    const QueueWrite write = QueueApi::offlineTicketWrite(t);
    auto op = sync->submit(write.method, write.path, write.body);
    if (!op)
        return op.error();
    m_current.reset();
    if (auto st = save(); !st)
        return st;
    Q_EMIT changed();
    return okStatus();
}

} // namespace ow
