#include "cityday/CityDay.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace ow::bench {

namespace {
constexpr int kRetries = 3;

QJsonObject parse(std::string_view text)
{
    return QJsonDocument::fromJson(QByteArray::fromRawData(text.data(), static_cast<qsizetype>(text.size()))).object();
}
} // namespace

CityDay::CityDay(HttpPool &pool, const std::vector<Hall> &halls, ServiceMenu menu, unsigned seed)
    : m_pool(pool), m_menu(std::move(menu)), m_random(seed)
{
    // Requests in flight hold references to their hall and window: nothing moves once the day is built.
    m_halls.reserve(halls.size());
    for (const Hall &hall : halls) {
        HallRun h;
        h.code = hall.code;
        h.kioskToken = hall.kioskToken;
        h.issueTarget = "/api/v1/halls/" + hall.code + "/tickets";
        h.tickets = hall.tickets;
        // A few citizens waiting per window, 5–20 per hall: lines never run dry, and the
        // dispatcher's scan of a line stays as short as in a real hall.
        h.lineTarget = std::clamp(2 * static_cast<int>(hall.windows.size()), 5, 20);
        h.perCategory.assign(m_menu.byCategory.size(), 0);
        for (const Window &window : hall.windows) {
            WindowRun w;
            w.number = window.number;
            w.token = window.token;
            w.callTarget = "/api/v1/halls/" + hall.code + "/windows/" + std::to_string(window.number) + "/call-next";
            h.windows.push_back(std::move(w));
        }
        // The display's snapshot, each window's opening, and four events per ticket.
        h.expectedEvents = 1 + static_cast<std::int64_t>(h.windows.size()) + 4 * static_cast<std::int64_t>(h.tickets);
        m_ticketsTotal += h.tickets;
        m_halls.push_back(std::move(h));
    }
    for (OpStats *s : {&m_issue, &m_call, &m_serve, &m_finish})
        s->ms.reserve(static_cast<size_t>(m_ticketsTotal));
    m_display.callToEventMs.reserve(static_cast<size_t>(m_ticketsTotal));
    m_display.answerToEventMs.reserve(static_cast<size_t>(m_ticketsTotal));
}

void CityDay::start()
{
    for (HallRun &h : m_halls) {
        for (std::size_t i = 0; i < h.windows.size(); ++i)
            h.idle.push_back(i);
        topUp(h);
    }
}

void CityDay::topUp(HallRun &h)
{
    while (h.issued + h.issuing < h.tickets && h.waiting + h.issuing < h.lineTarget)
        issue(h);
}

std::string CityDay::pickService(HallRun &h)
{
    for (;;) {
        const std::size_t c = m_random() % m_menu.byCategory.size();
        if (h.perCategory[c] < ServiceMenu::kNumbersPerPrefix) {
            ++h.perCategory[c];
            const auto &services = m_menu.byCategory[c];
            return services[m_random() % services.size()];
        }
    }
}

void CityDay::issue(HallRun &h)
{
    ++h.issuing;
    sendIssue(h, "{\"services\":[\"" + pickService(h) + "\"]}");
}

void CityDay::sendIssue(HallRun &h, const std::string &body)
{
    m_pool.submit(httpRequest("POST", h.issueTarget, h.kioskToken, body), [this, &h, body](HttpPool::Answer &&a) {
        if (a.status != 201) {
            if (!failed(m_issue, a, h.issueRetries, "issue at " + h.code))
                sendIssue(h, body);
            return;
        }
        h.issueRetries = 0;
        m_issue.ms.push_back(static_cast<float>(a.ms()));
        --h.issuing;
        ++h.issued;
        ++h.waiting;
        ++m_issued;
        if (!h.idle.empty()) {
            const std::size_t i = h.idle.back();
            h.idle.pop_back();
            nextCitizen(h, h.windows[i]);
        }
        topUp(h);
    });
}

// The window is free: the next citizen in line, once the display has shown the last call.
void CityDay::nextCitizen(HallRun &h, WindowRun &w)
{
    if (w.eventAwaited) {
        w.step = Step::AwaitingEvent;
        return;
    }
    if (h.waiting == 0) {
        w.step = Step::Idle;
        h.idle.push_back(static_cast<std::size_t>(&w - h.windows.data()));
        return;
    }
    --h.waiting; // claimed now, so another window does not call for the same citizen
    w.step = Step::Calling;
    w.eventAwaited = true;
    ++m_eventsAwaited;
    call(h, w);
    topUp(h);
}

void CityDay::call(HallRun &h, WindowRun &w)
{
    m_pool.submit(
        httpRequest("POST", w.callTarget, w.token, "{}"),
        [this, &h, &w](HttpPool::Answer &&a) {
            if (a.status != 200) { // 204 would mean the line was empty although a citizen was counted in it
                if (!failed(m_call, a, w.retries, "call-next at " + h.code))
                    call(h, w);
                return;
            }
            w.retries = 0;
            m_call.ms.push_back(static_cast<float>(a.ms()));
            ++m_calls;
            const QJsonObject ticket = parse(a.body);
            w.calledId = ticket.value(QLatin1String("id")).toInteger();
            // The finish names an outcome for every matter of the ticket, as a teller's desk does.
            w.finishBody = "{\"window\":" + std::to_string(w.number) + ",\"matters\":[";
            const QJsonArray matters = ticket.value(QLatin1String("matters")).toArray();
            for (qsizetype i = 0; i < matters.size(); ++i) {
                const QString service = matters.at(i).toObject().value(QLatin1String("service")).toString();
                w.finishBody += (i ? ",{\"service\":\"" : "{\"service\":\"") + service.toStdString() + "\",\"outcome\":\"done\"}";
            }
            w.finishBody += "]}";
            w.callAnsweredNs = a.answeredNs;
            if (!w.eventAwaited) { // the display was first
                m_display.answerToEventMs.push_back(static_cast<float>(static_cast<double>(w.shownNs - w.callAnsweredNs) / 1e6));
                if (w.shownId != w.calledId)
                    ++m_display.wrongTicket;
            }
            w.step = Step::Serving;
            serve(h, w);
        },
        &w.callSentNs);
}

void CityDay::serve(HallRun &h, WindowRun &w)
{
    m_pool.submit(httpRequest("POST", "/api/v1/tickets/" + std::to_string(w.calledId) + "/serve", w.token,
                              "{\"window\":" + std::to_string(w.number) + "}"),
                  [this, &h, &w](HttpPool::Answer &&a) {
                      if (a.status != 200) {
                          if (!failed(m_serve, a, w.retries, "serve at " + h.code))
                              serve(h, w);
                          return;
                      }
                      w.retries = 0;
                      m_serve.ms.push_back(static_cast<float>(a.ms()));
                      w.step = Step::Finishing;
                      finish(h, w);
                  });
}

void CityDay::finish(HallRun &h, WindowRun &w)
{
    m_pool.submit(httpRequest("POST", "/api/v1/tickets/" + std::to_string(w.calledId) + "/finish", w.token, w.finishBody),
                  [this, &h, &w](HttpPool::Answer &&a) {
                      if (a.status != 200) {
                          if (!failed(m_finish, a, w.retries, "finish at " + h.code))
                              finish(h, w);
                          return;
                      }
                      w.retries = 0;
                      m_finish.ms.push_back(static_cast<float>(a.ms()));
                      ++m_finished;
                      nextCitizen(h, w);
                  });
}

bool CityDay::failed(OpStats &stats, const HttpPool::Answer &a, int &retries, const std::string &what)
{
    ++stats.failures;
    if (stats.firstFailure.empty())
        stats.firstFailure = std::to_string(a.status) + " " + a.body.substr(0, 300);
    if (++retries <= kRetries)
        return false;
    m_failure = what + ": " + std::to_string(kRetries + 1) + " answers in a row not 2xx, last " + std::to_string(a.status) + " "
                + a.body.substr(0, 300);
    return true;
}

void CityDay::displayed(std::size_t hall, std::string_view text)
{
    HallRun &h = m_halls[hall];
    ++h.events;
    const QJsonObject event = parse(text);
    const QString type = event.value(QLatin1String("type")).toString();
    if (type == QLatin1String("ticket.called")) {
        ++m_display.called;
        const QJsonObject ticket = event.value(QLatin1String("data")).toObject();
        const int number = ticket.value(QLatin1String("window")).toInt();
        const auto w = std::find_if(h.windows.begin(), h.windows.end(), [number](const WindowRun &r) { return r.number == number; });
        if (w == h.windows.end() || !w->eventAwaited) {
            ++m_display.unexpectedCalls;
            return;
        }
        shown(h, *w, ticket.value(QLatin1String("id")).toInteger());
    } else if (type == QLatin1String("ticket.issued")) {
        ++m_display.issued;
    } else if (type == QLatin1String("ticket.serving")) {
        ++m_display.serving;
    } else if (type == QLatin1String("ticket.finished")) {
        ++m_display.finished;
    } else if (type == QLatin1String("window.changed")) {
        ++m_display.windowChanges;
    } else if (type == QLatin1String("queue.snapshot")) {
        ++m_display.snapshots;
    } else {
        ++m_display.other;
    }
}

void CityDay::shown(HallRun &h, WindowRun &w, std::int64_t ticketId)
{
    w.shownNs = nowNs();
    m_display.callToEventMs.push_back(static_cast<float>(static_cast<double>(w.shownNs - w.callSentNs) / 1e6));
    w.eventAwaited = false;
    --m_eventsAwaited;
    w.shownId = ticketId;
    if (w.step != Step::Calling) { // the call's answer came first
        m_display.answerToEventMs.push_back(static_cast<float>(static_cast<double>(w.shownNs - w.callAnsweredNs) / 1e6));
        if (w.calledId != ticketId)
            ++m_display.wrongTicket;
    }
    if (w.step == Step::AwaitingEvent)
        nextCitizen(h, w);
}

bool CityDay::displaysComplete() const
{
    return std::all_of(m_halls.begin(), m_halls.end(), [](const HallRun &h) { return h.events >= h.expectedEvents; });
}

DisplayStats CityDay::displays() const
{
    DisplayStats d = m_display;
    d.complete = std::count_if(m_halls.begin(), m_halls.end(), [](const HallRun &h) { return h.events >= h.expectedEvents; });
    const auto [least, most] = std::minmax_element(m_halls.begin(), m_halls.end(),
                                                   [](const HallRun &a, const HallRun &b) { return a.events < b.events; });
    d.minPerDisplay = least == m_halls.end() ? 0 : least->events;
    d.maxPerDisplay = most == m_halls.end() ? 0 : most->events;
    return d;
}

} // namespace ow::bench
