#pragma once

#include "core/client/api/ReportApi.h"
#include "core/domain/reports/QueueFigures.h"

#include <QDate>
#include <QObject>

namespace ow {

class ClientSession;

// A hall's figures of today (served, waits, calls within the promise, satisfaction) for the live
// screens: the queue report by hall for the hall's own service day (its time zone), the row of
// the hall itself (not the halls below it). Asked again after each queue event the screen
// receives; bursts are coalesced — at most one request in flight and one more queued, which
// asks after the first answer — so the figures are at most one round trip behind the events.
class HallTodayFigures : public QObject
{
    Q_OBJECT
public:
    HallTodayFigures(ClientSession &session, QString hallCode, QObject *parent = nullptr);

    // Ask again (coalesced as above). Nothing while logged out or without a hall.
    void refresh();
    // Ask again when the hall's day has turned since the last answer (a screen's ticker calls it).
    void refreshIfNewDay();
    bool isLoaded() const { return m_loaded; }
    // The latest answer (zero and none before the first, or on a day with nothing yet).
    const QueueFigures &figures() const { return m_figures; }
    const QDate &day() const { return m_day; }
    // Requests sent so far (tests check the coalescing).
    int requestsSent() const { return m_sent; }

Q_SIGNALS:
    void changed();
    void failed(const QString &message);

private:
    void send();
    QDate today() const;

    ClientSession &m_session;
    ReportApi m_api;
    QString m_hall;
    QueueFigures m_figures;
    QDate m_day;
    bool m_loaded = false;
    bool m_inFlight = false;
    bool m_queued = false;
    int m_sent = 0;
};

} // namespace ow
