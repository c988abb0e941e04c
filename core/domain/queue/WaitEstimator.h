#pragma once

#include "core/domain/queue/QueueTypes.h"

#include <QHash>

#include <functional>

namespace ow {

struct ServiceItem;

// How long a waiting ticket will probably wait, as the kiosk prints it and the display shows it.
struct WaitEstimate
{
    int peopleAhead = 0;      // waiting tickets ahead that a window able to serve this one could take
    int capableWindows = 0;   // open windows able to serve this ticket
    qint64 pessimisticSeconds = 0;
    qint64 optimisticSeconds = 0;
    bool known() const { return capableWindows > 0; } // no open window: unknown, not short
    // The API carries whole minutes (rounded up): seconds read back are minutes × 60.
    QJsonObject toJson() const;
    static Result<WaitEstimate> fromJson(const QJsonObject &o);
    int optimisticMinutes() const;
    int pessimisticMinutes() const;
    bool operator==(const WaitEstimate &) const = default;
};

// The bureau's rule: pessimistic = average handling time of the ticket's matters ÷ open capable
// windows × position in the line; optimistic = 0.8 × that. Averages come from the hall's own
// recent history; a matter without enough history uses the catalogue's default.
class WaitEstimator
{
public:
    static constexpr int kMinSamples = 3;
    static constexpr double kOptimisticFactor = 0.8;

    // `history`: service code → (average seconds, samples). `catalogueDefault`: seconds for a code.
    WaitEstimator(QHash<QString, QPair<double, int>> history, std::function<double(const QString &)> catalogueDefault);

    double handlingSeconds(const Ticket &ticket) const;

    // Estimates for every ticket in `waiting` (queue order), keyed by ticket id, in one pass:
    // O(tickets × distinct window sets).
    QHash<qint64, WaitEstimate> estimateAll(const QList<Ticket> &waiting, const QList<WindowProfile> &openWindows) const;
    WaitEstimate estimate(const Ticket &ticket, const QList<Ticket> &waiting, const QList<WindowProfile> &openWindows) const;

    // The catalogue's default when a hall has no history: on-the-spot matters 8 minutes,
    // committed ones (documents checked, a case opened) 12 minutes, unless the service says.
    static double catalogueDefaultSeconds(const ServiceItem *service);

private:
    WaitEstimate finish(const Ticket &ticket, int peopleAhead, int capableWindows) const;
    QHash<QString, QPair<double, int>> m_history;
    std::function<double(const QString &)> m_default;
};

} // namespace ow
