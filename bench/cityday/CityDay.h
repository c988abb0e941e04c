#pragma once

#include "support/RawHttpClient.h"

#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace ow::bench {

// What can be put on a ticket: the catalogue's services by category. Each category is a ticket
// prefix, and a prefix has 999 numbers per hall and day, so a hall's tickets are spread over
// the categories and a full one is not drawn again.
struct ServiceMenu
{
    std::vector<std::vector<std::string>> byCategory;
    static constexpr int kNumbersPerPrefix = 999;
    int capacityPerHall() const { return static_cast<int>(byCategory.size()) * kNumbersPerPrefix; }
};

// Latencies of one kind of request, and its answers that were not what a clean day gives.
struct OpStats
{
    std::vector<float> ms;
    int failures = 0;
    std::string firstFailure;
};

// The hall displays' view: events as received, by type, over all halls.
struct DisplayStats
{
    std::vector<float> callToEventMs; // call-next written → its ticket.called read on the display
    std::vector<float> answerToEventMs; // call-next's HTTP answer read → the display's event read (< 0: event first)
    std::int64_t snapshots = 0, windowChanges = 0, issued = 0, called = 0, serving = 0, finished = 0, other = 0;
    std::int64_t unexpectedCalls = 0; // a ticket.called no call of ours was waiting for
    std::int64_t wrongTicket = 0;     // the event named another ticket than the call's answer
    std::int64_t minPerDisplay = 0, maxPerDisplay = 0; // messages, all types
    std::int64_t complete = 0;                          // displays that got every event of their hall
};

// A day of one city driven over HTTP: kiosks issue tickets to keep each hall's line a few deep,
// and every window runs call-next → serve → finish, one citizen at a time (the server answers
// 409 to a call at a window that still has one). A window calls again only once its display
// has shown the previous call, so every call is matched with exactly one event.
class CityDay
{
public:
    struct Window
    {
        int number = 0;
        std::string token;
    };
    struct Hall
    {
        std::string code;
        std::string kioskToken;
        int tickets = 0;
        std::vector<Window> windows;
    };

    CityDay(HttpPool &pool, const std::vector<Hall> &halls, ServiceMenu menu, unsigned seed);

    // Starts the day: fills every line and calls at every window.
    void start();
    // Every ticket finished and every call seen on its display; or given up (see failure()).
    bool over() const { return m_finished == m_ticketsTotal && m_eventsAwaited == 0; }
    const std::string &failure() const { return m_failure; }

    // A message from hall `hall`'s display.
    void displayed(std::size_t hall, std::string_view text);
    // True once every display has had its snapshot, its windows' changes and all four events of
    // each of its hall's tickets.
    bool displaysComplete() const;

    std::int64_t ticketsTotal() const { return m_ticketsTotal; }
    std::int64_t issued() const { return m_issued; }
    std::int64_t calls() const { return m_calls; }
    std::int64_t finished() const { return m_finished; }
    const OpStats &issues() const { return m_issue; }
    const OpStats &callNexts() const { return m_call; }
    const OpStats &serves() const { return m_serve; }
    const OpStats &finishes() const { return m_finish; }
    DisplayStats displays() const;

private:
    enum class Step { Idle, Calling, Serving, Finishing, AwaitingEvent };
    struct WindowRun
    {
        int number = 0;
        std::string token;
        std::string callTarget; // /api/v1/halls/H/windows/N/call-next
        Step step = Step::Idle;
        std::int64_t callSentNs = 0;
        std::int64_t callAnsweredNs = 0, shownNs = 0;
        bool eventAwaited = false; // the current call's ticket.called has not been displayed yet
        std::int64_t calledId = 0; // from call-next's answer
        std::int64_t shownId = 0;  // from the display's event
        std::string finishBody;
        int retries = 0;
    };
    struct HallRun
    {
        std::string code;
        std::string kioskToken;
        std::string issueTarget;
        int tickets = 0;
        int issuing = 0, issued = 0, waiting = 0; // waiting: issued, not yet claimed by a call
        int lineTarget = 0;
        int issueRetries = 0;
        std::vector<int> perCategory;
        std::vector<WindowRun> windows;
        std::vector<std::size_t> idle; // windows with nobody waiting for them
        std::int64_t events = 0;
        std::int64_t expectedEvents = 0;
    };

    void topUp(HallRun &h);
    void issue(HallRun &h);
    void sendIssue(HallRun &h, const std::string &body);
    void call(HallRun &h, WindowRun &w);
    void serve(HallRun &h, WindowRun &w);
    void finish(HallRun &h, WindowRun &w);
    void nextCitizen(HallRun &h, WindowRun &w);
    void shown(HallRun &h, WindowRun &w, std::int64_t ticketId);
    // A non-2xx answer: counted, and the request tried again a few times before the day gives up.
    bool failed(OpStats &stats, const HttpPool::Answer &a, int &retries, const std::string &what);
    std::string pickService(HallRun &h);

    HttpPool &m_pool;
    std::vector<HallRun> m_halls;
    ServiceMenu m_menu;
    std::mt19937 m_random;
    std::int64_t m_ticketsTotal = 0, m_issued = 0, m_calls = 0, m_finished = 0, m_eventsAwaited = 0;
    OpStats m_issue, m_call, m_serve, m_finish;
    DisplayStats m_display;
    std::string m_failure;
};

} // namespace ow::bench
