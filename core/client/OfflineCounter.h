#pragma once

#include "core/domain/queue/OfflineTypes.h"
#include "core/domain/queue/QueueTypes.h"
#include "core/domain/util/Error.h"

#include <QObject>

#include <optional>

namespace ow {

class ClientSession;

// Offline window mode, the window's side. While online the window keeps leased blocks of today's
// ticket numbers (renew). When the server cannot be reached, a walk-in citizen gets a ticket from
// those blocks, is served at once and finished here; the whole ticket goes into the outbox and
// reaches the hall's history with the window's times once the server is back. The numbers used
// and the ticket at the window are kept in the local file, so a restart loses nothing.
class OfflineCounter : public QObject
{
    Q_OBJECT
public:
    OfflineCounter(ClientSession &session, QObject *parent = nullptr);

    void setWindow(int window);
    int window() const { return m_window; }
    // Online: asks the server for blocks (it adds one to any prefix running low) and keeps them.
    void renew();
    // Numbers still free today for a category's prefix.
    int available(const QString &prefix) const;
    int availableTotal() const;
    // The service day an instant falls on at this window's hall.
    QString serviceDayOf(const QDateTime &at) const;

    // Case numbers for cases accepted while offline (the receipt printed then keeps its number).
    int availableCaseNumbers() const;
    Result<QString> takeCaseNumber();

    const std::optional<OfflineTicket> &current() const { return m_current; }
    // A walk-in ticket for these matters, at this window at once. Refused (translated) when the
    // window holds no free leased number for their category, or already has a ticket.
    Result<OfflineTicket> issue(const QStringList &services);
    Status serve();
    Status finish(const QList<MatterResult> &results);
    Status noShow();

Q_SIGNALS:
    void changed();
    void message(const QString &text);

private:
    struct Block
    {
        QString day;
        QString prefix;
        int first = 0;
        int last = 0;
    };
    QString today() const;
    QString key() const;
    void load();
    Status save() const;
    Status close(TicketState state, const QList<MatterResult> &results);

    ClientSession &m_session;
    int m_window = 0;
    QList<Block> m_blocks;
    QList<Block> m_caseBlocks; // prefix: the numbers' stem, such as MY-CITY-20261129-
    QHash<QString, QSet<int>> m_used; // "day/prefix" → numbers used offline
    std::optional<OfflineTicket> m_current;
};

} // namespace ow
